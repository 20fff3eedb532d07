/**
 * CSV (RFC 4180): a header row, CRLF line ends, a field quoted when it holds a comma,
 * a quote, CR or LF (quotes doubled). Columns are `COLUMNS`, in that order; null is
 * an empty field. `bom` puts a UTF-8 byte order mark first, for Excel.
 */
import type { IndicatorRecord } from '../schema.js';
import { COLUMNS, type Cell } from './columns.js';
import type { Encoder, EncoderOptions } from './encoder.js';

const NEEDS_QUOTES = /[",\r\n]/;

/** One field, quoted if it must be. */
export function csvField(value: Cell): string {
  if (value === null) return '';
  const s = typeof value === 'string' ? value : String(value);
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row of fields, with its CRLF. */
export function csvRow(fields: readonly Cell[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** The header row. */
export function csvHeader(): string {
  return csvRow(COLUMNS.map((c) => c.name));
}

/** One record as one row. */
export function csvRecord(record: IndicatorRecord): string {
  return csvRow(COLUMNS.map((c) => c.get(record)));
}

export function csvEncoder(options: EncoderOptions = {}): Encoder {
  return {
    head: () => `${options.bom ? '\uFEFF' : ''}${csvHeader()}`,
    encode: (records) => records.map(csvRecord).join(''),
    fromLines: (lines) => lines,
    tail: () => '',
  };
}
