/**
 * extractDocument(): one document (a path or its bytes) in, a DocumentResult out.
 * Parses HTML, DOCX, PDF or text, then extracts; table rows become records, and every
 * record carries offsets into the document text and the index of its block.
 * Never throws: a document that cannot be read gives `{ ok: false, error: { code } }`.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { parseDocument } from './ingest/index.js';
import { DEFAULT_MAX_BYTES, readDocumentFile } from './ingest/read.js';
import type { ParsedDocument } from './ingest/types.js';
import { extract, type DocumentLayout, type ExtractOptions } from './pipeline.js';
import { cleanMessage, DocumentError } from './errors.js';
import { locateRecords } from './locate/index.js';
import { titleYears } from './interpret/infer.js';
import { linkDuplicates } from './link.js';
import { findSections } from './segment/headings.js';
import type { DocumentResult, ExtractResult } from './schema.js';

export interface ExtractDocumentOptions extends Omit<ExtractOptions, 'source' | 'layout'> {
  /** Written into `source`; defaults to the path, or "" for bytes. */
  source?: string;
  /** PDF password. */
  password?: string;
  /** Refuse inputs larger than this many bytes (default 50 MiB). */
  maxBytes?: number;
}

/** The parsed document and what extraction made of it. */
export interface DocumentExtraction extends ExtractResult {
  document: ParsedDocument;
}

export async function extractDocument(input: string | Buffer | Uint8Array, options: ExtractDocumentOptions = {}): Promise<DocumentResult> {
  const source = options.source ?? (typeof input === 'string' ? input : '');
  let bytes: Buffer;
  try {
    bytes =
      typeof input === 'string'
        ? await readDocumentFile(input, options.maxBytes ?? DEFAULT_MAX_BYTES)
        : Buffer.isBuffer(input)
          ? input
          : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  } catch (cause) {
    return failed(source, null, await readError(input, source, cause));
  }
  const hash = createHash('sha256').update(bytes).digest('hex');
  try {
    const { document, records, warnings, issuer, region } = await extractParsed(bytes, { ...options, source });
    const title = document.meta.title ?? findSections(document.text).title;
    return { ok: true, source, format: document.format, hash, records, warnings, title, year: titleYears(title).first, issuer: issuer ?? null, region: region ?? null };
  } catch (error) {
    const err = error instanceof DocumentError ? error : new DocumentError('internal', (error as Error)?.message ?? String(error), source, { cause: error });
    return failed(source, hash, err);
  }
}

/** Parse, then extract; throws `DocumentError` when the document cannot be read. */
export async function extractParsed(bytes: Buffer, options: ExtractDocumentOptions & { source: string }): Promise<DocumentExtraction> {
  const { password, maxBytes, ...rest } = options;
  const document = await parseDocument(bytes, {
    source: options.source,
    ...(password !== undefined ? { password } : {}),
    ...(maxBytes !== undefined ? { maxBytes } : {}),
  });
  const result = extract(document.text, { annotate: true, ...rest, layout: layoutOf(document) });
  const internal = result.warnings.find((w) => w.code === 'internal_error');
  if (internal) throw new DocumentError('internal', internal.message, options.source);
  const records = await locateRecords(bytes, document, linkDuplicates(result.records), { source: options.source, ...(password !== undefined ? { password } : {}) });
  return { ...result, records, document };
}

export function layoutOf(doc: ParsedDocument): DocumentLayout {
  return {
    blocks: doc.blocks.map((b) => ({ start: b.start, end: b.end })),
    tables: doc.blocks.flatMap((b, block) =>
      b.type === 'table' ? [{ block, start: b.start, end: b.end, rows: b.rows, headerRows: b.headerRows, caption: b.caption }] : [],
    ),
  };
}

/** Why the input could not be read: a directory is a clear error, not `internal`. */
async function readError(input: string | Buffer | Uint8Array, source: string, cause: unknown): Promise<DocumentError> {
  if (typeof input === 'string' && (await stat(input).catch(() => null))?.isDirectory()) {
    return new DocumentError('unsupported_format', `${source} is a directory: extractDocument reads one file (use extractMany for a directory)`, source, { cause });
  }
  const err = cause instanceof DocumentError ? cause : new DocumentError('internal', `cannot read ${source}: ${String(cause)}`, source);
  return new DocumentError(err.code, err.message, source, { cause });
}

function failed(source: string, hash: string | null, error: DocumentError): DocumentResult {
  return { ok: false, source, hash, error: { source, code: error.code, message: cleanMessage(error.message) } };
}
