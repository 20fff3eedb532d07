/**
 * CSV (RFC 4180): a header row, CRLF line ends, a field quoted when it holds a comma,
 * a quote, CR or LF (quotes doubled). Columns are `COLUMNS`, in that order; null is
 * an empty field. `bom` puts a UTF-8 byte order mark first, for Excel. Text that a
 * spreadsheet would take for a formula is escaped (see `csvField`).
 */
import type { IndicatorRecord } from '../schema.js';
import { COLUMNS, type Cell } from './columns.js';
import type { Encoder, EncoderOptions } from './encoder.js';

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Text a spreadsheet would run as a formula (CWE-1236): a cell starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return. OWASP's advice: put a single quote before it and
 * quote the field, so Excel and LibreOffice show the text and run nothing.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, quoted if it must be; text that could be a formula gets a leading `'`. Numbers stay numbers. */
export function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  if (FORMULA_START.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Undoes `csvField`'s formula guard on a parsed cell (for reading zhibiao's own CSV back). */
export const unescapeFormula = (cell: string): string => (cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell);

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
