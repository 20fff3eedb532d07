/**
 * The pieces of a figure after its number token, each read at a position of the text:
 * a range's second number, the tail (余/多, magnitude, unit), qualifiers standing apart,
 * and ratios. Each returns what it read and where it stopped; none decides rejection.
 */
import type { Qualifier } from '../schema.js';
import type { Lexicon } from '../lexicon/extend.js';
import { QUALIFIER_AFTER, QUALIFIER_BEFORE, QUALIFIER_FALSE_ENDINGS, QUALIFIER_INSIDE } from '../lexicon/qualifiers.js';
import { longestPrefix } from '../lexicon/regex.js';
import { MAGNITUDES, PER_DENOMINATORS, type UnitEntry } from '../lexicon/units.js';
import { AFTER_QUALIFIER, INSIDE_ABOUT, MAGNITUDE, RANGE_END, RANGE_JOINER, UNIT_BLOCKERS, UNIT_GAP } from './patterns.js';

export type Numeral = 'arabic' | 'masked' | 'zh';

/** The match of a sticky regex at `at`, or null. */
export function sticky(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : null;
}

/** `1-3`, `1至3`, `x-xx`: the second number of a range of the same kind, and where it ends. */
export function readRange(text: string, p: number, numeral: Numeral): { second: string | null; end: number } {
  if (numeral === 'zh') return { second: null, end: p };
  const joiner = sticky(RANGE_JOINER, text, p);
  if (!joiner) return { second: null, end: p };
  const second = sticky(RANGE_END, text, p + joiner.length);
  if (!second || /\d/u.test(second) !== (numeral === 'arabic')) return { second: null, end: p };
  return { second, end: p + joiner.length + second.length };
}

export interface Tail {
  /** The qualifier of 余/多 inside the figure (`80余次`, `3.4万余人次`), else null. */
  inside: Qualifier | null;
  /** Power of ten of the magnitude (`万` → 4), 0 when none. */
  magnitude: number;
  unit: UnitEntry | null;
  end: number;
}

/** 余/多, a magnitude, 余/多 again, one optional space, and a unit from the lexicon. */
export function readTail(text: string, from: number, numeral: Numeral, lexicon: Lexicon): Tail {
  const { units, unitTerms, maxUnitLength } = lexicon;
  let p = from;
  let word = sticky(INSIDE_ABOUT, text, p);
  if (word) p += 1;
  if (sticky(UNIT_GAP, text, p)) p += 1; // `xx.xxxx 万元`: undone below if no unit follows
  const afterGap = p;
  let magnitude = 0;
  const longUnit = longestPrefix(text, p, unitTerms, maxUnitLength);
  const mag = longUnit && longUnit.length > 1 ? null : sticky(MAGNITUDE, text, p);
  if (mag && numeral !== 'zh') {
    magnitude = MAGNITUDES.get(mag) ?? 0;
    p += mag.length;
    if (!word && (word = sticky(INSIDE_ABOUT, text, p))) p += 1;
  }
  const gapped = p > from && isGap(text[p - 1]);
  const gap = p === afterGap && !gapped ? sticky(UNIT_GAP, text, p) : null;
  const unitAt = p + (gap ? 1 : 0);
  let unitText = longestPrefix(text, unitAt, unitTerms, maxUnitLength);
  // A unit that starts a word (`3家庭`, `120张床位`) gives way to a shorter unit, or to none.
  while (unitText && UNIT_BLOCKERS.get(unitText)?.test(text.slice(unitAt + unitText.length, unitAt + unitText.length + 1))) {
    unitText = unitText.length > 1 ? longestPrefix(text, unitAt, unitTerms, unitText.length - 1) : null;
  }
  let unit = unitText ? units.get(unitText) ?? null : null;
  if (unit) {
    p = unitAt + unitText!.length;
    const per = text[p] === '/' && !unit.text.includes('/') ? longestPrefix(text, p + 1, PER_SET, PER_MAX) : null;
    if (per) {
      unit = { text: `${unit.text}/${per}`, unit: `${unit.unit}/${per}`, kind: unit.kind === 'money' ? 'money' : 'measure' };
      p += 1 + per.length;
    }
  } else if (gapped && magnitude === 0) p -= 1;
  return { inside: word ? QUALIFIER_INSIDE.get(word) ?? null : null, magnitude, unit, end: p };
}

const PER_SET: ReadonlySet<string> = new Set(PER_DENOMINATORS);
const PER_MAX = Math.max(...PER_DENOMINATORS.map((d) => d.length));
const isGap = (c: string | undefined): boolean => c === ' ' || c === '\n';

const QUAL_BEFORE = [...QUALIFIER_BEFORE.keys()].sort((a, b) => b.length - a.length);

/** A qualifier word right before `start` (`约`, `不少于`, `≥`), unless it ends another word (`签约`). */
export function qualifierBefore(text: string, start: number): { word: string; qualifier: Qualifier } | null {
  const word = QUAL_BEFORE.find(
    (w) =>
      text.startsWith(w, start - w.length) &&
      !QUALIFIER_FALSE_ENDINGS.some((f) => f.endsWith(w) && f.length > w.length && text.startsWith(f, start - f.length)),
  );
  const qualifier = word ? QUALIFIER_BEFORE.get(word) : undefined;
  return word && qualifier ? { word, qualifier } : null;
}

/** A qualifier word right after the figure (`以上`, `左右`, `以内`). */
export function qualifierAfter(text: string, end: number): { word: string; qualifier: Qualifier } | null {
  const word = sticky(AFTER_QUALIFIER, text, end);
  const qualifier = word ? QUALIFIER_AFTER.get(word) : undefined;
  return word && qualifier ? { word, qualifier } : null;
}

/** `25.72:26.84:47.44` at `start`: its parts, or null for a clock time or a method (`按1:10`). */
export function readRatio(text: string, start: number): { parts: string[]; length: number; isRatio: boolean } {
  const ratio = /^\d+(?:\.\d+)?(?::\d+(?:\.\d+)?)+/u.exec(text.slice(start, start + 60))?.[0] ?? '';
  const parts = ratio.split(':');
  const clock = parts.length === 2 && parts.every((x) => /^\d{1,2}$/u.test(x));
  const method = /按\s*$/u.test(text.slice(Math.max(0, start - 3), start));
  return { parts, length: ratio.length, isRatio: !clock && !method && (parts.length >= 3 || ratio.includes('.')) };
}
