/**
 * What ingestion hands to extraction: one plain text for the whole document,
 * and the blocks it was built from, each with half-open offsets into that text.
 */
export type DocumentFormat = 'html' | 'docx' | 'pdf' | 'text';

export interface Cell {
  /** Cell text exactly as it stands in `ParsedDocument.text` at [start, end). */
  text: string;
  start: number;
  end: number;
}

export type Block =
  | { type: 'heading'; level: number; start: number; end: number }
  | { type: 'paragraph'; start: number; end: number }
  | {
      type: 'table';
      start: number;
      end: number;
      /** Rows of cells; the header row(s) first. Every cell's offsets point into the text. */
      rows: Cell[][];
      /** Number of leading header rows (0 when none could be told apart). */
      headerRows: number;
      caption: string | null;
    };

export interface DocumentMeta {
  title: string | null;
  /** Publication date as found (ISO `YYYY-MM-DD` when it could be read), else null. */
  date: string | null;
  /** The encoding the bytes were decoded from (HTML and text), else null. */
  encoding: string | null;
  /** PDF page count, else null. */
  pages: number | null;
}

export interface ParsedDocument {
  format: DocumentFormat;
  /** The document's text: blocks in reading order, separated by "\n". */
  text: string;
  blocks: Block[];
  meta: DocumentMeta;
}

export interface ParseOptions {
  /** Name used in errors, and a hint for the format when the bytes do not tell. */
  source?: string;
  /** Refuse inputs larger than this many bytes (default 50 MiB). */
  maxBytes?: number;
  /** PDF password, if the user has one. */
  password?: string;
}
