/**
 * startWorker(): a BullMQ Worker that runs `extractDocument` on each job.
 *
 * - A document that extraction rejects (corrupt PDF, empty, encrypted…) is a
 *   permanent failure: `UnrecoverableError("[code] message")` sends it to the
 *   failed set at once. A document that cannot be read (shared storage
 *   hiccup) or a result that cannot be written is transient: retried with
 *   exponential backoff up to the job's `attempts`.
 * - The result line is appended and fsynced before the job is acknowledged;
 *   a worker killed mid-job loses nothing: its lock expires, the stalled-job
 *   check puts the job back, another worker does it again, and collect keeps
 *   one line per document.
 * - Redis going away is not an error of the worker: its connections
 *   (`maxRetriesPerRequest: null`) reconnect by themselves and the commands
 *   waiting for them are sent again. It is reported once per outage
 *   (`disconnected`, then `reconnected`), not once per retry.
 */
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { budgetOf, createRunner, type Runner } from '../batch/runner.js';
import { DocumentError } from '../errors.js';
import { readDocumentFile } from '../ingest/read.js';
import { closeConnection, createConnection, isConnectionError, QUEUE_PREFIX, untilReady, type RedisTarget } from './connection.js';
import { sha256 } from './inputs.js';
import { failureReason, type DocJobData, type DocJobResult, type ResultLine } from './jobs.js';
import { newWorkerId, ResultWriter } from './results.js';

export interface WorkerOptions {
  queue: string;
  /** Directory for `worker-<id>.jsonl`. */
  outDir: string;
  /** Jobs in flight in this process (default 1 here, 2 in the CLI; extraction is CPU-bound). */
  concurrency?: number;
  /** Lock time in ms; a job whose worker is silent this long is stalled (default 30 000). */
  lockDurationMs?: number;
  /** How often stalled jobs are looked for, in ms (default 30 000). */
  stalledIntervalMs?: number;
  /** Times a job may stall before it is failed (default 2). */
  maxStalledCount?: number;
  /** Defaults to host-pid-random. */
  workerId?: string;
  /** Wait this long before each job: only for tests and benchmarks that need jobs in flight. */
  extraDelayMs?: number;
  /** Told about each finished job (for logs and tests). */
  onEvent?: (event: WorkerEvent) => void;
  /** Time limit per document in ms (default 60 000; 0: none): over it the job fails with code timeout. */
  timeoutMs?: number;
  /** Heap limit of each extraction thread in MB (default 512): over it the job fails with code too_large. */
  maxMemoryMb?: number;
}

export type WorkerEvent =
  | { type: 'completed'; jobId: string; source: string; records: number }
  | { type: 'failed'; jobId: string; source: string; reason: string; final: boolean }
  | { type: 'stalled'; jobId: string }
  | { type: 'disconnected'; message: string }
  | { type: 'reconnected' }
  | { type: 'error'; message: string };

export interface RunningWorker {
  id: string;
  resultFile: string;
  /**
   * The worker's own connection (`maxRetriesPerRequest: null`), for the
   * caller's reads and writes next to the Worker (drain check, registry).
   * BullMQ's Worker sends its commands on it too (and waits for jobs on a
   * duplicate it opens and closes itself). Closed by `close()`.
   */
  connection: Redis;
  /** Stop taking jobs, finish the ones in flight, close the file and Redis connections. */
  close(): Promise<void>;
}

export async function startWorker(target: RedisTarget, options: WorkerOptions): Promise<RunningWorker> {
  const id = options.workerId ?? newWorkerId();
  const emit = options.onEvent ?? ((): void => undefined);
  // One report per outage: the first connection error says Redis is gone, the
  // next 'ready' of our connection says it is back; retries in between are quiet.
  let down = false;
  const onError = (error: Error): void => {
    if (!isConnectionError(error)) emit({ type: 'error', message: error.message });
    else if (!down) {
      down = true;
      emit({ type: 'disconnected', message: error.message });
    }
  };
  const connection = createConnection(target, 'worker', onError);
  connection.on('ready', () => {
    if (!down) return;
    down = false;
    emit({ type: 'reconnected' });
  });
  let out: ResultWriter;
  try {
    await untilReady(connection, 10_000);
    out = await ResultWriter.open(options.outDir, id);
  } catch (error) {
    connection.disconnect();
    throw error;
  }
  const delay = options.extraDelayMs ?? 0;
  // Extraction runs on worker threads, one per job in flight, each under the budget per document.
  const runner = createRunner(options.concurrency ?? 1, budgetOf(options));
  const processor = async (job: Job<DocJobData, DocJobResult>): Promise<DocJobResult> => {
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    return processJob(job, out, runner);
  };
  // BullMQ uses `connection` as is for commands (and leaves it open: ours to close) and
  // duplicates it for the blocking wait (its own, closed by worker.close()).
  const worker = new Worker<DocJobData, DocJobResult>(options.queue, processor, {
    connection,
    prefix: QUEUE_PREFIX,
    name: id,
    concurrency: options.concurrency ?? 1,
    lockDuration: options.lockDurationMs ?? 30_000,
    stalledInterval: options.stalledIntervalMs ?? 30_000,
    maxStalledCount: options.maxStalledCount ?? 2,
    autorun: false,
  });
  worker.on('completed', (job, result) => {
    emit({ type: 'completed', jobId: job.id ?? '', source: job.data.source, records: result.records });
  });
  worker.on('failed', (job, error) => {
    if (!job) return;
    const final = error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
    emit({ type: 'failed', jobId: job.id ?? '', source: job.data.source, reason: error.message, final });
  });
  worker.on('stalled', (jobId) => emit({ type: 'stalled', jobId }));
  worker.on('error', onError);
  const running = worker.run().catch((error: unknown) => {
    onError(error instanceof Error ? error : new Error(String(error)));
  });
  try {
    await worker.waitUntilReady();
  } catch (error) {
    await worker.close(true).catch(() => undefined);
    await runner.close().catch(() => undefined);
    await out.close().catch(() => undefined);
    connection.disconnect();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    id,
    resultFile: out.path,
    connection,
    close(): Promise<void> {
      closing ??= (async () => {
        await worker.close();
        await running;
        await runner.close();
        await out.close();
        await closeConnection(connection);
      })();
      return closing;
    },
  };
}

async function processJob(job: Job<DocJobData, DocJobResult>, writer: ResultWriter, runner: Runner): Promise<DocJobResult> {
  const data = job.data;
  if (data.error) throw new UnrecoverableError(failureReason(data.error.code, data.error.message));
  if (data.written) return { records: 0, alreadyWritten: true };
  if (data.hash === null) throw new UnrecoverableError(failureReason('internal', 'job without a content hash'));
  let bytes: Buffer;
  if (data.inlineBase64 !== undefined) {
    bytes = Buffer.from(data.inlineBase64, 'base64');
  } else if (data.path !== undefined) {
    try {
      bytes = await readDocumentFile(data.path);
    } catch (cause) {
      const code = cause instanceof DocumentError ? cause.code : 'not_found';
      // What the file is (not a regular file, too large) does not change: failed at once.
      if (code === 'unsupported_format' || code === 'too_large') throw new UnrecoverableError(failureReason(code, messageOf(cause)));
      // Missing or unreadable is transient as far as we can tell (a mount may come back): retried with backoff.
      throw new Error(failureReason(code, `cannot read ${data.path}: ${messageOf(cause)}`));
    }
  } else {
    throw new UnrecoverableError(failureReason('internal', 'job without a document'));
  }
  if (sha256(bytes) !== data.hash) {
    throw new UnrecoverableError(failureReason('internal', `${data.source} changed after it was enqueued (content hash differs)`));
  }
  // The local batch's unit of work (src/batch/task.ts): the same extraction, the same options.
  const done = await runner.run(data.year === undefined ? { source: data.source, bytes } : { source: data.source, bytes, year: data.year });
  if (done.skipped) throw new UnrecoverableError(failureReason('internal', 'unexpected skip'));
  const result = done.result;
  if (!result.ok) throw new UnrecoverableError(failureReason(result.error.code, result.error.message));
  const line: ResultLine = { source: data.source, hash: data.hash, seq: data.seq, records: result.records };
  try {
    await writer.append(JSON.stringify(line));
  } catch (cause) {
    throw new Error(failureReason('internal', `cannot write results to ${writer.path}: ${messageOf(cause)}`));
  }
  if (data.inlineBase64 !== undefined) {
    // The result is on disk: drop the payload from Redis (a retry now only acknowledges).
    const { inlineBase64, ...rest } = data;
    void inlineBase64;
    await job.updateData({ ...rest, written: true });
  }
  return { records: result.records.length };
}

function messageOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
