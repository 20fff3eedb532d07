/** Sentences: half-open ranges of the normalized text, cut after 。!? and at newlines. */
export interface Range {
  start: number;
  end: number;
}

export const SENTENCE_END = /[。!?]+|\n+/gu;

export function sentences(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m[0].startsWith('\n') ? m.index : m.index + m[0].length;
    if (end > start) out.push({ start, end });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** The sentence holding `pos` (binary search over sorted ranges). */
export function sentenceAt(list: readonly Range[], pos: number): Range | null {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = list[mid]!;
    if (pos < r.start) hi = mid - 1;
    else if (pos >= r.end) lo = mid + 1;
    else return r;
  }
  return null;
}

/** Clause delimiters: a name never crosses them. */
export const CLAUSE_DELIMITERS: ReadonlySet<string> = new Set([',', ';', ':', '。', '!', '?', '、', '\n']);
