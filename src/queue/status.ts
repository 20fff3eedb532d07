/**
 * queueStatus(): how far a queue has come, and which documents failed.
 */
import { Queue } from 'bullmq';
import type { ErrorCode } from '../schema.js';
import { connectionFor, QUEUE_PREFIX, type RedisTarget, type Result } from './connection.js';
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

/** Open a queue handle for reading; `close` closes it and its connection. */
export async function withQueue<T>(target: RedisTarget, name: string, use: (queue: Queue<DocJobData, DocJobResult>) => Promise<T>): Promise<Result<T>> {
  const connection = connectionFor(target);
  const queue = new Queue<DocJobData, DocJobResult>(name, { connection, prefix: QUEUE_PREFIX });
  // Connection errors also reject the calls below; without a listener BullMQ prints them.
  queue.on('error', () => undefined);
  try {
    await queue.waitUntilReady();
    return { ok: true, value: await use(queue) };
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, error: { code: 'redis_unreachable', message: `queue ${name} at ${target.display}: ${message}` } };
  } finally {
    await queue.close().catch(() => undefined);
    connection.disconnect();
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
 * them back, so this waits for them too. Rejects if Redis cannot be read.
 */
export async function untilDrained(target: RedisTarget, name: string, intervalMs: number, signal: AbortSignal): Promise<void> {
  const result = await withQueue(target, name, async (queue) => {
    while (!signal.aborted) {
      const c = await countsOf(queue);
      if (c.waiting + c.active + c.delayed === 0) return;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  });
  if (!result.ok) throw new Error(result.error.message);
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
