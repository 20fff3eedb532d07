/**
 * Plain text: the decoded input itself is the stream, so a figure's stream indices are
 * offsets into the input as decoded; the locator adds its line and column.
 */
import { StreamBuilder, type Stream } from './align.js';
import type { TextLocator } from '../schema.js';

export function textStream(input: string): Stream {
  const b = new StreamBuilder();
  b.chars(input, 0);
  return b.build();
}

/** Offsets where lines start (after \r\n, \n, \r, U+2028, U+2029). */
export function lineStarts(input: string): number[] {
  const starts = [0];
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x0d && input.charCodeAt(i + 1) === 0x0a) continue;
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line and column (in UTF-16 code units) of an input offset. */
export function textLocator(starts: readonly number[], offset: number): TextLocator {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { format: 'text', line: lo + 1, column: offset - starts[lo]! + 1 };
}
