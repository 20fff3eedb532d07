/**
 * The job contract between `enqueue`, `worker`, `status` and `collect`:
 * job ids, job data, the result line a worker writes, and how an error code
 * travels in a failed job's reason.
 */
import { createHash } from 'node:crypto';
import { ErrorCodeSchema, type ErrorCode, type IndicatorRecord } from '../schema.js';

/** BullMQ job name for one document. */
export const JOB_NAME = 'document';

/** Inline documents up to this size (bytes); larger ones travel as a path. */
export const DEFAULT_INLINE_MAX = 256 * 1024;

/**
 * One document to extract. Exactly one of `path`, `inlineBase64`, `error` is
 * set, until a worker has durably written the result of an inline document:
 * then `inlineBase64` is dropped (to free Redis memory) and `written` is set.
 */
export interface DocJobData {
  /** The input as the user gave it: a path, or `archive.zip!entry`. */
  source: string;
  /** sha256 of the bytes, hex; null only for error items. */
  hash: string | null;
  /** Enqueue order across all enqueue runs on this queue; collect sorts by it. */
  seq: number;
  /** Absolute path every worker can read. */
  path?: string;
  /** The bytes, base64, for small documents and zip entries. */
  inlineBase64?: string;
  /** Extraction option: the year for figures whose sentence or title names none. */
  year?: number;
  /** The input could not be read at enqueue time: the job fails with this code. */
  error?: { code: ErrorCode; message: string };
  /** The result line is already on disk; the payload was dropped. */
  written?: true;
}

/** What a worker returns (stored in Redis, so small). */
export interface DocJobResult {
  records: number;
  /** True when an earlier attempt had already written the result. */
  alreadyWritten?: true;
}

/** One line of `worker-<id>.jsonl`: one document's records. */
export interface ResultLine {
  source: string;
  hash: string;
  seq: number;
  records: IndicatorRecord[];
}

/**
 * Job id: `doc-<sha256>`, so enqueueing the same content twice is a no-op.
 * (BullMQ refuses `:` in custom ids, hence `-` rather than `doc:<sha256>`.)
 * An input that could not be read is keyed by its source instead.
 */
export function jobIdFor(hash: string | null, source: string): string {
  return hash !== null ? `doc-${hash}` : `err-${createHash('sha256').update(source).digest('hex')}`;
}

/** A failed job's reason: `[code] message`. */
export function failureReason(code: ErrorCode, message: string): string {
  return `[${code}] ${message}`;
}

/** The code in a failed job's reason; `internal` when BullMQ itself failed it (e.g. stalled too often). */
export function codeOfReason(reason: string | undefined): { code: ErrorCode; message: string } {
  const m = /^\[([a-z_]+)\] ([\s\S]*)$/.exec(reason ?? '');
  const parsed = m ? ErrorCodeSchema.safeParse(m[1]) : null;
  if (m && parsed?.success) return { code: parsed.data, message: m[2] ?? '' };
  return { code: 'internal', message: reason ?? 'unknown failure' };
}

/** Parse and check one result line; null when it is not a complete line. */
export function parseResultLine(line: string): ResultLine | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.source !== 'string' || typeof v.hash !== 'string' || typeof v.seq !== 'number' || !Array.isArray(v.records)) {
    return null;
  }
  return { source: v.source, hash: v.hash, seq: v.seq, records: v.records as IndicatorRecord[] };
}
