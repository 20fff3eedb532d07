/**
 * Offset maps. A map is an Int32Array `m` with `m[i]` = the input offset of output
 * character `i`, and `m[n]` = the input length. Maps compose by lookup, so every
 * normalized offset finds its way back to the original text.
 */
export type OffsetMap = Int32Array;

export interface Edit {
  /** Input range replaced, half-open. */
  start: number;
  end: number;
  /** Replacement text (may be empty, or longer than the range). */
  text: string;
}

export interface Rewritten {
  text: string;
  /** null when the edits kept every offset (same length, 1:1). */
  map: OffsetMap | null;
}

/** Applies sorted, non-overlapping edits; replacement characters map onto the range they replace. */
export function applyEdits(input: string, edits: readonly Edit[]): Rewritten {
  if (edits.length === 0) return { text: input, map: null };
  const parts: string[] = [];
  let outLen = 0;
  let pos = 0;
  for (const e of edits) {
    parts.push(input.slice(pos, e.start), e.text);
    outLen += e.start - pos + e.text.length;
    pos = e.end;
  }
  parts.push(input.slice(pos));
  outLen += input.length - pos;
  const map = new Int32Array(outLen + 1);
  let o = 0;
  pos = 0;
  for (const e of edits) {
    for (let i = pos; i < e.start; i++) map[o++] = i;
    const span = e.end - e.start;
    for (let j = 0; j < e.text.length; j++) map[o++] = span > 0 ? e.start + Math.min(j, span - 1) : e.start;
    pos = e.end;
  }
  for (let i = pos; i < input.length; i++) map[o++] = i;
  map[outLen] = input.length;
  return { text: parts.join(''), map };
}

/** `outer` maps step-2 offsets to step-1 offsets; `inner` maps step-1 to step-0. */
export function composeMaps(inner: OffsetMap | null, outer: OffsetMap | null): OffsetMap | null {
  if (!inner) return outer;
  if (!outer) return inner;
  const out = new Int32Array(outer.length);
  for (let i = 0; i < outer.length; i++) out[i] = inner[outer[i]!]!;
  return out;
}

/** The original `[start, end)` of a normalized span: first character's origin to last character's origin, inclusive. */
export function mapSpan(map: OffsetMap | null, start: number, end: number): [number, number] {
  if (!map) return [start, end];
  if (end <= start) return [map[start]!, map[start]!];
  return [map[start]!, map[end - 1]! + 1];
}
