/**
 * JSON Lines: one record per line, the record's fields in schema order. The default
 * output, and the only one `--resume` can continue.
 */
import type { IndicatorRecord } from '../schema.js';
import type { Encoder } from './encoder.js';

/** One record as one line (with its "\n"). */
export function jsonlLine(record: IndicatorRecord): string {
  return `${JSON.stringify(record)}\n`;
}

export function jsonlEncoder(): Encoder {
  return {
    head: () => '',
    encode: (records) => records.map(jsonlLine).join(''),
    fromLines: (lines) => lines,
    tail: () => '',
  };
}
