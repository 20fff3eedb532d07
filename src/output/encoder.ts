/**
 * What every text output format provides: the text before the first record, the text
 * for a run of records, and the text after the last. Encoders may keep state (JSON
 * needs to know whether a comma is due), so make one per output.
 */
import type { IndicatorRecord } from '../schema.js';
import { csvEncoder } from './csv.js';
import { jsonEncoder } from './json.js';
import { jsonlEncoder } from './jsonl.js';
import { parquetStageEncoder } from './parquet.js';

export interface Encoder {
  head(): string;
  encode(records: readonly IndicatorRecord[]): string;
  tail(): string;
}

export const OUTPUT_FORMATS = ['jsonl', 'json', 'csv', 'parquet'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function isOutputFormat(s: string): s is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(s);
}

export interface EncoderOptions {
  /** CSV: start with a UTF-8 byte order mark so Excel reads the file as UTF-8. */
  bom?: boolean;
}

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
  }
}
