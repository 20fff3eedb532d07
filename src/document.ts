/**
 * extractDocument(): one document (path or bytes) in, a DocumentResult out. Never throws.
 * STUB while ingestion and table records land: reads text files only.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extract, type ExtractOptions } from './pipeline.js';
import { DocumentError, type DocumentResult } from './schema.js';

export interface ExtractDocumentOptions extends Omit<ExtractOptions, 'source'> {
  /** Written into `source`; defaults to the path, or "" for bytes. */
  source?: string;
  /** PDF password. */
  password?: string;
  /** Refuse inputs larger than this many bytes. */
  maxBytes?: number;
}

export async function extractDocument(
  input: string | Buffer | Uint8Array,
  options: ExtractDocumentOptions = {},
): Promise<DocumentResult> {
  const source = options.source ?? (typeof input === 'string' ? input : '');
  let bytes: Buffer;
  try {
    bytes = typeof input === 'string' ? await readFile(input) : Buffer.from(input);
  } catch (cause) {
    return failed(source, null, new DocumentError('not_found', `cannot read ${source}`, source, { cause }));
  }
  const hash = createHash('sha256').update(bytes).digest('hex');
  const text = bytes.toString('utf8');
  const result = extract(text, { ...options, source });
  return { ok: true, source, format: 'text', hash, records: result.records, warnings: result.warnings };
}

function failed(source: string, hash: string | null, error: DocumentError): DocumentResult {
  return { ok: false, source, hash, error: { source, code: error.code, message: error.message } };
}
