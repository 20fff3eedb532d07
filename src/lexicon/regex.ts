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

/** For each term set, the longest term starting with each character: a text position whose character starts none is passed at once. */
const FIRST_CHAR_REACH = new WeakMap<ReadonlySet<string>, Map<string, number>>();

function reachOf(terms: ReadonlySet<string>): Map<string, number> {
  let reach = FIRST_CHAR_REACH.get(terms);
  if (!reach) {
    reach = new Map();
    for (const t of terms) if (t.length > 0) reach.set(t[0]!, Math.max(reach.get(t[0]!) ?? 0, t.length));
    FIRST_CHAR_REACH.set(terms, reach);
  }
  return reach;
}

/** Lookup of the longest table term that `text` starts with at `pos`. */
export function longestPrefix(text: string, pos: number, terms: ReadonlySet<string>, maxLen: number): string | null {
  const reach = reachOf(terms).get(text[pos] ?? '');
  if (reach === undefined) return null;
  for (let len = Math.min(maxLen, reach, text.length - pos); len > 0; len--) {
    const piece = text.slice(pos, pos + len);
    if (terms.has(piece)) return piece;
  }
  return null;
}
