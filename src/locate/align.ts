/**
 * Finding a figure of the document text in the file it came from. Both sides are
 * compared with whitespace taken out (ingest collapses, joins and drops whitespace, and
 * puts " | " between table cells), so what is left is the same characters in both: the
 * document text is the file's visible text with furniture removed. A figure that occurs
 * more than once is told apart by its neighbours; a tie goes to the first occurrence
 * after the previous figure's.
 */

/** Characters the comparison ignores. */
const IGNORED = /[\s\u200B-\u200D]/u;
/** The separator `assemble` puts between the cells of a table row. */
const CELL_SEPARATOR = ' | ';
/** Neighbouring characters compared on each side of a figure to choose among occurrences. */
export const CONTEXT_CHARS = 32;

/** The characters of a file that can be matched, each with the [start, end) it covers in the file's own coordinates. */
export interface Stream {
  text: string;
  start: number[];
  end: number[];
}

/** Builds a Stream one decoded piece at a time. */
export class StreamBuilder {
  private readonly parts: string[] = [];
  readonly start: number[] = [];
  readonly end: number[] = [];

  /** A piece whose characters stand one for one at `from`, `from + 1`, … */
  chars(text: string, from: number): void {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charAt(i);
      if (IGNORED.test(ch)) continue;
      this.parts.push(ch);
      this.start.push(from + i);
      this.end.push(from + i + 1);
    }
  }

  /** A piece decoded from [from, to) as a whole (an HTML entity): every character covers all of it. */
  whole(text: string, from: number, to: number): void {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charAt(i);
      if (IGNORED.test(ch)) continue;
      this.parts.push(ch);
      this.start.push(from);
      this.end.push(to);
    }
  }

  build(): Stream {
    return { text: this.parts.join(''), start: this.start, end: this.end };
  }
}

/** The document text with the ignored characters out, and for each kept character its offset in the text. */
interface Compact {
  text: string;
  from: number[];
}

function compactDocument(text: string): Compact {
  const parts: string[] = [];
  const from: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text.startsWith(CELL_SEPARATOR, i)) {
      i += CELL_SEPARATOR.length - 1;
      continue;
    }
    const ch = text.charAt(i);
    if (IGNORED.test(ch)) continue;
    parts.push(ch);
    from.push(i);
  }
  return { text: parts.join(''), from };
}

/** Index of the first kept character at or after `offset`. */
function lowerBound(from: readonly number[], offset: number): number {
  let lo = 0;
  let hi = from.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (from[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Start of the occurrence of `needle` in `hay` whose neighbours agree best with `left` and `right`; -1 when none. */
export function bestOccurrence(hay: string, needle: string, left: string, right: string, cursor: number): number {
  let best = -1;
  let bestScore = -1;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    let l = 0;
    while (l < left.length && i - l - 1 >= 0 && hay.charCodeAt(i - l - 1) === left.charCodeAt(left.length - 1 - l)) l++;
    const e = i + needle.length;
    let r = 0;
    while (r < right.length && e + r < hay.length && hay.charCodeAt(e + r) === right.charCodeAt(r)) r++;
    const score = l + r;
    if (score > bestScore || (score === bestScore && i >= cursor && best < cursor)) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/**
 * For each span of the document text, the [first, last] stream indices of its
 * characters in the file, or null when the figure is not found there. Spans must come
 * in document order for ties to resolve to the right occurrence.
 */
export function alignSpans(documentText: string, spans: ReadonlyArray<readonly [number, number]>, stream: Stream): Array<[number, number] | null> {
  const doc = compactDocument(documentText);
  const identical = doc.text === stream.text;
  let cursor = 0;
  return spans.map(([start, end]) => {
    const a = lowerBound(doc.from, start);
    const b = lowerBound(doc.from, end);
    if (b <= a) return null;
    if (identical) return [a, b - 1];
    const needle = doc.text.slice(a, b);
    const left = doc.text.slice(Math.max(0, a - CONTEXT_CHARS), a);
    const right = doc.text.slice(b, b + CONTEXT_CHARS);
    const at = bestOccurrence(stream.text, needle, left, right, cursor);
    if (at < 0) return null;
    cursor = at + needle.length;
    return [at, at + needle.length - 1];
  });
}
