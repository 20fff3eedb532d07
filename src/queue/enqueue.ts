/**
 * enqueue(): one BullMQ job per document under the inputs (archives expanded).
 *
 * Idempotent by content: the job id is `doc-<sha256>`, so content already in
 * the queue (waiting, active, done or failed) is skipped. `seq` comes from a
 * Redis counter so that the order of documents is the enqueue order across
 * runs; collect sorts by it.
 */
import { readFile } from 'node:fs/promises';
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import {
  closeConnection,
  createConnection,
  isConnectionError,
  messageOf,
  QUEUE_PREFIX,
  untilReady,
  type RedisTarget,
  type Result,
} from './connection.js';
import { inputItems, type InputItem } from './inputs.js';
import { DEFAULT_INLINE_MAX, JOB_NAME, jobIdFor, type DocJobData } from './jobs.js';

export interface EnqueueOptions {
  queue: string;
  /** Carry documents up to this many bytes inline (default 256 KiB); zip entries always are. */
  inlineMaxBytes?: number;
  /** Tries per document before it goes to the failed set (default 3). */
  attempts?: number;
  /** First retry delay in ms, doubled each time (default 1000). */
  backoffMs?: number;
  /** Extraction option carried in each job: the year for figures whose sentence or title names none. */
  year?: number;
  /** Jobs per round trip (default 200). */
  chunkSize?: number;
  /** Told about each document as it is handled. */
  onItem?: (event: { source: string; jobId: string; status: 'added' | 'exists' | 'error' }) => void;
}

export interface EnqueueSummary {
  documents: number;
  added: number;
  /** Content already in the queue (from an earlier run or a duplicate input). */
  existing: number;
  /** Inputs that could not be read; enqueued as jobs that fail with their code. */
  errors: number;
}

export async function enqueue(target: RedisTarget, inputs: readonly string[], options: EnqueueOptions): Promise<Result<EnqueueSummary>> {
  // One producer connection (fails fast when Redis is down) for the Queue and the counters.
  const connection = createConnection(target, 'producer');
  const summary: EnqueueSummary = { documents: 0, added: 0, existing: 0, errors: 0 };
  try {
    await untilReady(connection, 5000, true);
  } catch (cause) {
    connection.disconnect();
    return { ok: false, error: { code: 'redis_unreachable', message: `cannot reach Redis at ${target.display}: ${messageOf(cause)}` } };
  }
  const queue = new Queue<DocJobData>(options.queue, { connection, prefix: QUEUE_PREFIX });
  // Connection errors also reject the calls below; without a listener BullMQ prints them.
  queue.on('error', () => undefined);
  const jobOptions: JobsOptions = {
    attempts: options.attempts ?? 3,
    backoff: { type: 'exponential', delay: options.backoffMs ?? 1000 },
    removeOnComplete: false,
    removeOnFail: false,
  };
  const chunkSize = options.chunkSize ?? 200;
  let chunk: InputItem[] = [];
  const flush = async (): Promise<void> => {
    if (chunk.length > 0) await addChunk(queue, connection, chunk, jobOptions, options, summary);
    chunk = [];
  };
  try {
    await queue.waitUntilReady();
    for await (const item of inputItems(inputs)) {
      chunk.push(item);
      if (chunk.length >= chunkSize) await flush();
    }
    await flush();
    return { ok: true, value: summary };
  } catch (cause) {
    const lost = isConnectionError(cause);
    const message = `enqueue stopped after ${summary.documents} documents: ${lost ? `lost Redis at ${target.display}: ` : ''}${messageOf(cause)}`;
    return { ok: false, error: { code: lost ? 'redis_unreachable' : 'internal', message } };
  } finally {
    // The connection is ours, not the Queue's (BullMQ leaves a passed-in instance open).
    await queue.close().catch(() => undefined);
    await closeConnection(connection);
  }
}

async function addChunk(
  queue: Queue<DocJobData>,
  counter: Redis,
  items: readonly InputItem[],
  jobOptions: JobsOptions,
  options: EnqueueOptions,
  summary: EnqueueSummary,
): Promise<void> {
  const ids = items.map((item) => jobIdFor(item.kind === 'error' ? null : item.hash, item.source));
  const keyOf = (id: string): string => `${QUEUE_PREFIX}:${options.queue}:${id}`;
  const exists = await Promise.all(ids.map((id) => counter.exists(keyOf(id))));
  const fresh: { item: InputItem; id: string }[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const id = ids[i] ?? '';
    summary.documents++;
    if (exists[i] === 1 || seen.has(id)) {
      summary.existing++;
      options.onItem?.({ source: item.source, jobId: id, status: 'exists' });
      return;
    }
    seen.add(id);
    fresh.push({ item, id });
  });
  if (fresh.length === 0) return;
  const last = await counter.incrby(`${QUEUE_PREFIX}:${options.queue}:zhibiao-seq`, fresh.length);
  const first = last - fresh.length;
  const inlineMax = options.inlineMaxBytes ?? DEFAULT_INLINE_MAX;
  const jobs = await Promise.all(
    fresh.map(async ({ item, id }, i) => ({
      name: JOB_NAME,
      data: withYear(await jobData(item, first + i, inlineMax), options.year),
      opts: { ...jobOptions, jobId: id },
    })),
  );
  await queue.addBulk(jobs);
  for (const { item, id } of fresh) {
    const status = item.kind === 'error' ? 'error' : 'added';
    if (status === 'error') summary.errors++;
    else summary.added++;
    options.onItem?.({ source: item.source, jobId: id, status });
  }
}

function withYear(data: DocJobData, year: number | undefined): DocJobData {
  return year === undefined ? data : { ...data, year };
}

async function jobData(item: InputItem, seq: number, inlineMax: number): Promise<DocJobData> {
  switch (item.kind) {
    case 'error':
      return { source: item.source, hash: null, seq, error: { code: item.code, message: item.message } };
    case 'bytes':
      return { source: item.source, hash: item.hash, seq, inlineBase64: item.bytes.toString('base64') };
    case 'path':
      if (item.size <= inlineMax) {
        try {
          const bytes = await readFile(item.path);
          return { source: item.source, hash: item.hash, seq, inlineBase64: bytes.toString('base64') };
        } catch {
          // Fall back to the path; the worker reports it if it is still unreadable.
        }
      }
      return { source: item.source, hash: item.hash, seq, path: item.path };
  }
}
