/**
 * Document ingestion: scraped HTML, DOCX, PDF, text and zip archives in, one
 * plain text plus blocks out.
 */
export type { Block, Cell, DocumentFormat, DocumentMeta, ParsedDocument, ParseOptions } from './types.js';
export { parseDocument, DEFAULT_MAX_BYTES } from './parse.js';
export { readArchive, isUnsafePath } from './archive.js';
export type { ArchiveEntry, ArchiveOptions } from './archive.js';
export { sniffFormat } from './sniff.js';
export type { SniffedFormat } from './sniff.js';
export { CELL_SEPARATOR } from './blocks.js';
