/**
 * Finding a figure of the document text in the file it came from. Both sides are
 * compared with whitespace taken out (ingest collapses, joins and drops whitespace, and
 * puts " | " between table cells), so what is left is the same characters in both: the
 * document text is the file's visible text with furniture removed. A figure that occurs
 * more than once is told apart by its neighbours; a tie goes to the first occurrence
 * after the previous figure's.
 */

/** The separator `assemble` puts between the cells of a table row. */
const CELL_SEPARATOR = ' | ';
/** Neighbouring characters compared on each side of a figure to choose among occurrences. */
export const CONTEXT_CHARS = 32;

/** Whether the comparison ignores a UTF-16 code unit: whitespace (as `\s`) and zero-width spaces. */
export function isIgnored(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0x85) return false;
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The characters of a file that can be matched, each with the [start, end) it covers in the file's own coordinates. */
export interface Stream {
  text: string;
  start: ArrayLike<number>;
  end: ArrayLike<number>;
}

/** Builds a Stream one decoded piece at a time. */
export class StreamBuilder {
  private readonly parts: string[] = [];
  private start: Float64Array = new Float64Array(1024);
  private end: Float64Array = new Float64Array(1024);
  private length = 0;

  private room(n: number): void {
    if (this.length + n <= this.start.length) return;
    const size = Math.max(this.start.length * 2, this.length + n);
    const grow = (a: Float64Array): Float64Array => {
      const b = new Float64Array(size);
      b.set(a.subarray(0, this.length));
      return b;
    };
    this.start = grow(this.start);
    this.end = grow(this.end);
  }

  /** A piece whose characters stand one for one at `from`, `from + 1`, … */
  chars(text: string, from: number): void {
    this.room(text.length);
    let run = -1;
    for (let i = 0; i <= text.length; i++) {
      const keep = i < text.length && !isIgnored(text.charCodeAt(i));
      if (keep) {
        if (run < 0) run = i;
        this.start[this.length] = from + i;
        this.end[this.length] = from + i + 1;
        this.length++;
      } else if (run >= 0) {
        this.parts.push(text.slice(run, i));
        run = -1;
      }
    }
  }

  /** A piece decoded from [from, to) as a whole (an HTML entity): every character covers all of it. */
  whole(text: string, from: number, to: number): void {
    this.room(text.length);
    for (let i = 0; i < text.length; i++) {
      if (isIgnored(text.charCodeAt(i))) continue;
      this.parts.push(text.charAt(i));
      this.start[this.length] = from;
      this.end[this.length] = to;
      this.length++;
    }
  }

  build(): Stream {
    return { text: this.parts.join(''), start: this.start.subarray(0, this.length), end: this.end.subarray(0, this.length) };
  }
}

/** The document text with the ignored characters and cell separators out, and for each kept character its offset in the text. */
function compactDocument(text: string): Stream {
  const b = new StreamBuilder();
  let from = 0;
  for (let at = text.indexOf(CELL_SEPARATOR); at >= 0; at = text.indexOf(CELL_SEPARATOR, from)) {
    b.chars(text.slice(from, at), from);
    from = at + CELL_SEPARATOR.length;
  }
  b.chars(text.slice(from), from);
  return b.build();
}

/** Index of the first kept character at or after `offset`. */
function lowerBound(from: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = from.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (from[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many neighbouring characters of the occurrence at `i` agree with `left` and `right`. */
function contextScore(hay: string, i: number, needle: string, left: string, right: string): number {
  let l = 0;
  while (l < left.length && i - l - 1 >= 0 && hay.charCodeAt(i - l - 1) === left.charCodeAt(left.length - 1 - l)) l++;
  const e = i + needle.length;
  let r = 0;
  while (r < right.length && e + r < hay.length && hay.charCodeAt(e + r) === right.charCodeAt(r)) r++;
  return l + r;
}

/**
 * Start of the occurrence of `needle` in `hay` whose neighbours agree best with `left`
 * and `right`, -1 when there is none; a tie goes to the first at or after `cursor`, then
 * to the first before it. Occurrences are tried from `cursor` on, and the search stops at
 * one whose neighbours all agree, so a document read in order costs one look per figure.
 */
export function bestOccurrence(hay: string, needle: string, left: string, right: string, cursor: number): number {
  const perfect = left.length + right.length;
  let best = -1;
  let bestScore = -1;
  const consider = (i: number): boolean => {
    const score = contextScore(hay, i, needle, left, right);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
    return score === perfect;
  };
  const from = Math.max(0, Math.min(cursor, hay.length));
  for (let i = hay.indexOf(needle, from); i >= 0; i = hay.indexOf(needle, i + 1)) if (consider(i)) return i;
  for (let i = hay.indexOf(needle); i >= 0 && i < from; i = hay.indexOf(needle, i + 1)) if (consider(i)) return i;
  return best;
}

/**
 * For each span of the document text, the [first, last] stream indices of its
 * characters in the file, or null when the figure is not found there. Spans must come
 * in document order for ties to resolve to the right occurrence.
 */
export function alignSpans(documentText: string, spans: ReadonlyArray<readonly [number, number]>, stream: Stream): Array<[number, number] | null> {
  const doc = compactDocument(documentText);
  const from = doc.start;
  const identical = doc.text === stream.text;
  let cursor = 0;
  return spans.map(([start, end]) => {
    const a = lowerBound(from, start);
    const b = lowerBound(from, end);
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

/**
 * The fast way when the document text is the input with only whitespace changed (plain
 * text): walk both at once and map each span onto the input. Null when they differ in
 * anything but whitespace (then `alignSpans` searches).
 */
export function alignInOrder(documentText: string, spans: ReadonlyArray<readonly [number, number]>, input: string): Array<[number, number] | null> | null {
  const toInput = new Int32Array(documentText.length).fill(-1);
  let j = 0;
  for (let i = 0; i < documentText.length; i++) {
    const c = documentText.charCodeAt(i);
    if (isIgnored(c)) continue;
    while (j < input.length && isIgnored(input.charCodeAt(j))) j++;
    if (j >= input.length || input.charCodeAt(j) !== c) return null;
    toInput[i] = j++;
  }
  while (j < input.length && isIgnored(input.charCodeAt(j))) j++;
  if (j < input.length) return null;
  return spans.map(([start, end]) => {
    let a = Math.max(0, start);
    while (a < end && a < toInput.length && toInput[a]! < 0) a++;
    let b = Math.min(end, toInput.length) - 1;
    while (b >= a && toInput[b]! < 0) b--;
    if (a >= end || b < a) return null;
    return [toInput[a]!, toInput[b]! + 1];
  });
}
