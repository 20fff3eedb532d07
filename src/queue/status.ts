/**
 * queueStatus(): how far a queue has come, and which documents failed.
 */
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { ErrorCode } from '../schema.js';
import { QUEUE_PREFIX, withConnection, type RedisTarget, type Result } from './connection.js';
import { codeOfReason, type DocJobData, type DocJobResult } from './jobs.js';

export interface QueueCounts {
  /** Not started yet (includes prioritized jobs). */
  waiting: number;
  active: number;
  /** Waiting for a retry after a transient failure. */
  delayed: number;
  done: number;
  failed: number;
  /** Workers connected to the queue right now. */
  workers: number;
}

export interface FailedDocument {
  source: string;
  hash: string | null;
  code: ErrorCode;
  message: string;
  attempts: number;
}

/**
 * A queue handle for reading on a fresh producer connection (fails fast when
 * Redis is down); the handle and the connection are closed after `use`.
 */
export async function withQueue<T>(target: RedisTarget, name: string, use: (queue: Queue<DocJobData, DocJobResult>) => Promise<T>): Promise<Result<T>> {
  const result = await withConnection(target, 'producer', (connection) => onQueue(connection, name, use));
  if (result.ok) return result;
  return { ok: false, error: { ...result.error, message: `queue ${name}: ${result.error.message}` } };
}

/** `use` a queue handle on an open connection (left open: the caller owns it). */
export async function onQueue<T>(connection: Redis, name: string, use: (queue: Queue<DocJobData, DocJobResult>) => Promise<T>): Promise<T> {
  const queue = new Queue<DocJobData, DocJobResult>(name, { connection, prefix: QUEUE_PREFIX });
  // Connection errors also reject the calls below; without a listener BullMQ prints them.
  queue.on('error', () => undefined);
  try {
    await queue.waitUntilReady();
    return await use(queue);
  } finally {
    await queue.close().catch(() => undefined);
  }
}

export function queueStatus(target: RedisTarget, name: string): Promise<Result<QueueCounts>> {
  return withQueue(target, name, async (queue) => countsOf(queue));
}

export async function countsOf(queue: Queue<DocJobData, DocJobResult>): Promise<QueueCounts> {
  const c = await queue.getJobCounts('waiting', 'prioritized', 'waiting-children', 'active', 'delayed', 'completed', 'failed');
  const n = (k: string): number => c[k] ?? 0;
  const workers = await queue.getWorkersCount().catch(() => 0);
  return {
    waiting: n('waiting') + n('prioritized') + n('waiting-children'),
    active: n('active'),
    delayed: n('delayed'),
    done: n('completed'),
    failed: n('failed'),
    workers,
  };
}

/**
 * Resolve once nothing is left to do: no waiting, active or delayed job.
 * A killed worker's jobs count as active until the stalled-job check moves
 * them back, so this waits for them too. On a worker connection
 * (`maxRetriesPerRequest: null`) a Redis restart only delays it; other
 * errors reject.
 */
export async function untilDrained(connection: Redis, name: string, intervalMs: number, signal: AbortSignal): Promise<void> {
  await onQueue(connection, name, async (queue) => {
    while (!signal.aborted) {
      const c = await countsOf(queue);
      if (c.waiting + c.active + c.delayed === 0) return;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  });
}

/** Every failed document with its error code, in enqueue order. */
export async function failedDocuments(queue: Queue<DocJobData, DocJobResult>, pageSize = 500): Promise<FailedDocument[]> {
  const out: (FailedDocument & { seq: number })[] = [];
  for (let start = 0; ; start += pageSize) {
    const jobs = await queue.getFailed(start, start + pageSize - 1);
    for (const job of jobs) {
      if (!job) continue;
      const data = job.data as DocJobData;
      const { code, message } = codeOfReason(job.failedReason);
      out.push({ source: data.source, hash: data.hash, code, message, attempts: job.attemptsMade, seq: data.seq });
    }
    if (jobs.length < pageSize) break;
  }
  out.sort((a, b) => a.seq - b.seq);
  return out.map(({ seq, ...rest }) => {
    void seq;
    return rest;
  });
}
