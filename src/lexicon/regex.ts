/** Builds regex alternations from vocabulary tables: every metacharacter escaped, longer terms first. */
export function escapeRegExp(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** `['人', '人次']` → `人次|人`: longest first so the longer unit wins. */
export function alternation(terms: Iterable<string>): string {
  return [...new Set(terms)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escapeRegExp)
    .join('|');
}

/** Lookup of the longest table term that `text` starts with at `pos`. */
export function longestPrefix(text: string, pos: number, terms: ReadonlySet<string>, maxLen: number): string | null {
  for (let len = Math.min(maxLen, text.length - pos); len > 0; len--) {
    const piece = text.slice(pos, pos + len);
    if (terms.has(piece)) return piece;
  }
  return null;
}
