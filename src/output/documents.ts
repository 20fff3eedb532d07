/**
 * The document-level output (`zhibiao extract --documents FILE`): one row per input
 * document, failed ones included, so that documents with no records are visible and can
 * be joined to the records on `source`. JSONL, or CSV when FILE ends in `.csv`.
 */
import type { DocumentResult } from '../schema.js';
import type { Cell } from './columns.js';
import { csvRow } from './csv.js';

export interface DocumentRow {
  source: string;
  /** `html`, `docx`, `pdf`, `text`; null when the document could not be read. */
  format: string | null;
  title: string | null;
  /** The year the title names (the period of figures that name none). */
  year: string | null;
  records: number;
  /** The error code when the document failed, else null. */
  error: string | null;
}

/** The columns, in order (the same names in JSONL and CSV). */
export const DOCUMENT_COLUMNS: readonly (keyof DocumentRow)[] = ['source', 'format', 'title', 'year', 'records', 'error'];

/** A document's row; `records` is the count (records may have been encoded elsewhere). */
export function documentRow(result: DocumentResult, records: number): DocumentRow {
  if (!result.ok) return { source: result.source, format: null, title: null, year: null, records: 0, error: result.error.code };
  return { source: result.source, format: result.format, title: result.title ?? null, year: result.year ?? null, records, error: null };
}

export type DocumentsFormat = 'jsonl' | 'csv';

export const documentsFormat = (path: string): DocumentsFormat => (/\.csv$/i.test(path) ? 'csv' : 'jsonl');

/** The whole file's text. */
export function encodeDocuments(rows: readonly DocumentRow[], format: DocumentsFormat): string {
  if (format === 'jsonl') return rows.map((r) => `${JSON.stringify(r)}\n`).join('');
  return csvRow(DOCUMENT_COLUMNS) + rows.map((r) => csvRow(DOCUMENT_COLUMNS.map((c): Cell => r[c]))).join('');
}
