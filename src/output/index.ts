/** Output formats: encoders for JSONL, JSON, CSV, and the Parquet stage and conversion. */
export { OUTPUT_FORMATS, createEncoder, encodeLines, isOutputFormat } from './encoder.js';
export type { Encoder, EncoderOptions, OutputFormat } from './encoder.js';
export { COLUMNS, COLUMN_NAMES, SECTION_SEPARATOR, flattenRecord } from './columns.js';
export type { Cell, Column, ColumnType } from './columns.js';
export { csvField, csvHeader, csvRecord, csvRow } from './csv.js';
export { jsonlLine } from './jsonl.js';
export { PARQUET_MISSING, ParquetUnavailableError, loadDuckDb, stageToParquet } from './parquet.js';
export { openOutput } from './sink.js';
export type { OutputSink, OutputTarget } from './sink.js';

