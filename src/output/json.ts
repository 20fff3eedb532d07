/**
 * JSON: one array of records, streamed: "[" first, records separated by ",\n",
 * "]" last, so memory never holds more than one run of records.
 */
import type { Encoder } from './encoder.js';

export function jsonEncoder(): Encoder {
  let first = true;
  return {
    head: () => '[',
    encode(records) {
      let out = '';
      for (const r of records) {
        out += `${first ? '\n' : ',\n'}${JSON.stringify(r)}`;
        first = false;
      }
      return out;
    },
    fromLines(lines) {
      let out = '';
      for (const line of lines.split('\n')) {
        if (!line) continue;
        out += `${first ? '\n' : ',\n'}${line}`;
        first = false;
      }
      return out;
    },
    tail: () => (first ? ']\n' : '\n]\n'),
  };
}
