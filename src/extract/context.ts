/**
 * Spans of the text where numbers are names, not figures: short quoted or bracketed
 * text, and standard terms. Computed once per text.
 */
import { NAME_TERM_PATTERNS, QUOTE_MAX, QUOTE_PAIRS } from '../lexicon/terms.js';
import { DEFAULT_LEXICON, type Lexicon } from '../lexicon/extend.js';

export interface Masked {
  /** Sorted, non-overlapping [start, end) ranges. */
  ranges: Array<[number, number]>;
}

export function nameSpans(text: string, lexicon: Lexicon = DEFAULT_LEXICON): Masked {
  const ranges: Array<[number, number]> = [];
  for (const [open, close] of QUOTE_PAIRS) {
    let from = 0;
    for (;;) {
      const a = text.indexOf(open, from);
      if (a < 0) break;
      // Look for the close only as far as a name may reach, so that many unclosed marks stay linear.
      const inner = text.slice(a + 1, a + 2 + QUOTE_MAX).indexOf(close);
      const b = inner < 0 ? -1 : a + 1 + inner;
      if (b >= 0 && b - a - 1 <= QUOTE_MAX && !text.slice(a + 1, b).includes('\n')) {
        ranges.push([a, b + 1]);
        from = b + 1;
      } else from = a + 1;
    }
  }
  for (const m of text.matchAll(lexicon.nameTerms)) ranges.push([m.index, m.index + m[0].length]);
  for (const { pattern, hints } of NAME_TERM_PATTERNS) {
    if (!hints.some((h) => text.includes(h))) continue;
    for (const m of text.matchAll(pattern)) ranges.push([m.index, m.index + m[0].length]);
  }
  ranges.sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return { ranges: merged };
}

/** Whether [start, end) overlaps a masked range (binary search). */
export function insideName(m: Masked, start: number, end: number): boolean {
  let lo = 0;
  let hi = m.ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = m.ranges[mid]!;
    if (b <= start) lo = mid + 1;
    else if (a >= end) hi = mid - 1;
    else return true;
  }
  return false;
}
