/**
 * What the review page shows of one document: its normalized text (where every
 * record's `span` slices its `raw`), its records, and the keys the page needs: the doc
 * name `zhibiao eval` scores by and the content hash verdicts are stored under.
 */
import { createHash } from 'node:crypto';
import { extractParsed, type ExtractDocumentOptions } from '../document.js';
import { docOf } from '../eval/score.js';
import type { DocumentFormat } from '../ingest/types.js';
import type { IndicatorRecord } from '../schema.js';

export interface ReviewDocument {
  source: string;
  /** The name gold lines carry (`zhibiao eval`'s doc: the base name without extension). */
  doc: string;
  /** sha256 of the bytes: verdicts are kept in the browser under it. */
  hash: string;
  format: DocumentFormat;
  text: string;
  records: IndicatorRecord[];
}

/** Extracts one document for review; throws `DocumentError` when it cannot be read. */
export async function reviewDocument(bytes: Buffer, options: ExtractDocumentOptions & { source: string }): Promise<ReviewDocument> {
  const { text, records, document } = await extractParsed(bytes, options);
  const hash = createHash('sha256').update(bytes).digest('hex');
  return { source: options.source, doc: docOf(options.source), hash, format: document.format, text, records };
}
