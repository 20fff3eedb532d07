/**
 * What every text output format provides: the text before the first record, the text
 * for a run of records, and the text after the last. Encoders may keep state (JSON
 * needs to know whether a comma is due), so make one per output.
 */
import type { IndicatorRecord } from '../schema.js';
import { csvEncoder, csvRecord } from './csv.js';
import { flattenRecord } from './columns.js';
import { jsonEncoder } from './json.js';
import { jsonlEncoder, jsonlLine } from './jsonl.js';
import { parquetStageEncoder } from './parquet.js';
import { DEFAULT_TABLE_WIDTH, tableEncoder, tableRows } from './table.js';

export interface Encoder {
  head(): string;
  /** `source`: the document the records come from (the table's summary line names it). */
  encode(records: readonly IndicatorRecord[], source?: string): string;
  /** Text made by `encodeLines(format, records)` (possibly in a worker thread), as output. */
  fromLines(lines: string): string;
  tail(): string;
}

export const OUTPUT_FORMATS = ['jsonl', 'json', 'csv', 'parquet', 'table'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function isOutputFormat(s: string): s is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(s);
}

export interface EncoderOptions {
  /** CSV: start with a UTF-8 byte order mark so Excel reads the file as UTF-8. */
  bom?: boolean;
  /** Table: the width to fit, in terminal cells. */
  width?: number;
}

/** The format a file name's extension stands for (`.csv`, `.parquet`, `.json`, `.jsonl`, `.ndjson`), else null. */
export function formatFromExtension(path: string): OutputFormat | null {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  switch (ext) {
    case 'csv':
    case 'parquet':
    case 'json':
    case 'jsonl':
      return ext;
    case 'ndjson':
      return 'jsonl';
    default:
      return null;
  }
}

/** Whether worker threads can encode this format (the table is drawn in the main thread). */
export const encodesInWorkers = (format: OutputFormat): boolean => format !== 'table';

/** A fresh encoder for `format` (for parquet: the staging encoder). */
export function createEncoder(format: OutputFormat, options: EncoderOptions = {}): Encoder {
  switch (format) {
    case 'jsonl':
      return jsonlEncoder();
    case 'json':
      return jsonEncoder();
    case 'csv':
      return csvEncoder(options);
    case 'parquet':
      return parquetStageEncoder();
    case 'table':
      return tableEncoder(options.width);
  }
}

/**
 * Records as the per-record lines of `format`, for `Encoder.fromLines`: JSON lines for
 * jsonl and json, CSV rows for csv, flat JSON lines for the parquet stage. Pure, so a
 * worker thread can do it and hand the main thread one string instead of objects.
 */
export function encodeLines(format: OutputFormat, records: readonly IndicatorRecord[]): string {
  switch (format) {
    case 'jsonl':
    case 'json':
      return records.map(jsonlLine).join('');
    case 'csv':
      return records.map(csvRecord).join('');
    case 'parquet':
      return records.map((r) => `${JSON.stringify(flattenRecord(r))}\n`).join('');
    case 'table':
      return tableRows(records, DEFAULT_TABLE_WIDTH);
  }
}
