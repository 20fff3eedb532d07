/**
 * One document's work, the same in a worker thread and in-process: read, hash, skip when
 * the caller already has it (resume), else `extractDocument`. Never throws.
 */
import { createHash } from 'node:crypto';
import { extractDocument } from '../document.js';
import { readDocumentFile } from '../ingest/read.js';
import { encodeLines, type OutputFormat } from '../output/encoder.js';
import type { DocumentResult } from '../schema.js';

export interface Task {
  source: string;
  /** Read the document from this path (the worker reads it, not the main thread)… */
  path?: string;
  /** …or take these bytes. */
  bytes?: Uint8Array;
  year?: number;
  /** Resume: when the bytes hash to this, report `skipped` instead of extracting. */
  skipHash?: string;
  /** Encode the records here as `encodeLines(encode, records)` and send text, not objects. */
  encode?: OutputFormat;
}

/**
 * A document's outcome. With `encode`, `lines` holds the encoded records and
 * `result.records` is empty (one string crosses the thread boundary, not objects).
 */
export type TaskResult =
  | { skipped: false; result: DocumentResult; lines: string | null; count: number }
  | { skipped: true; source: string; hash: string };

/** Wraps a result, encoding its records when the task asks for it. */
export function finish(result: DocumentResult, encode: OutputFormat | undefined): TaskResult {
  if (!result.ok) return { skipped: false, result, lines: null, count: 0 };
  const count = result.records.length;
  if (encode === undefined) return { skipped: false, result, lines: null, count };
  return { skipped: false, result: { ...result, records: [] }, lines: encodeLines(encode, result.records), count };
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function internal(source: string, hash: string | null, message: string): DocumentResult {
  return { ok: false, source, hash, error: { source, code: 'internal', message } };
}

export async function runTask(task: Task): Promise<TaskResult> {
  const outcome = await extractTask(task);
  return outcome.skipped ? outcome : finish(outcome.result, task.encode);
}

type Extracted = { skipped: false; result: DocumentResult } | { skipped: true; source: string; hash: string };

async function extractTask(task: Task): Promise<Extracted> {
  const { source } = task;
  const options = task.year === undefined ? { source } : { source, year: task.year };
  try {
    if (task.skipHash !== undefined && task.path !== undefined) {
      let bytes: Buffer;
      try {
        bytes = await readDocumentFile(task.path);
      } catch {
        return { skipped: false, result: await extractDocument(task.path, options) };
      }
      const hash = sha256(bytes);
      if (hash === task.skipHash) return { skipped: true, source, hash };
      return { skipped: false, result: await extractDocument(bytes, options) };
    }
    if (task.bytes !== undefined) {
      const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
      if (task.skipHash !== undefined) {
        const hash = sha256(bytes);
        if (hash === task.skipHash) return { skipped: true, source, hash };
      }
      return { skipped: false, result: await extractDocument(bytes, options) };
    }
    if (task.path !== undefined) return { skipped: false, result: await extractDocument(task.path, options) };
    return { skipped: false, result: internal(source, null, 'task has neither path nor bytes') };
  } catch (cause) {
    // extractDocument promises never to throw; this keeps a broken promise from stopping a batch.
    return { skipped: false, result: internal(source, null, `extractDocument threw: ${String((cause as Error)?.message ?? cause)}`) };
  }
}
