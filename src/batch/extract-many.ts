/**
 * extractMany(): many documents through a worker-thread pool, results in input order.
 * At most `maxQueued` documents are in flight (read, queued or running), and results wait
 * in a reorder window of that size, so memory is bounded by the window, not the input.
 */
import { availableParallelism } from 'node:os';
import type { DocumentResult } from '../schema.js';
import { expandInputs, type BatchInput, type WorkItem } from './inputs.js';
import type { OutputFormat } from '../output/encoder.js';
import type { Task, TaskResult } from './task.js';
import { budgetOf, createRunner, failedTask, type Runner } from './runner.js';

export interface BatchProgress {
  /** Documents finished (extracted, failed or skipped). */
  done: number;
  /** Documents found so far; final once `totalKnown`. */
  total: number;
  totalKnown: boolean;
  ok: number;
  failed: number;
  /** Documents skipped because `doneHash` said they were complete. */
  skipped: number;
  records: number;
}

export interface ExtractManyOptions {
  /** Worker threads (default: the number of cores); 0 runs in this thread, without workers. */
  jobs?: number;
  /** Documents in flight at once (default jobs × 16, at least 2). */
  maxQueued?: number;
  /** Stops the batch: the iterator throws the signal's reason. */
  signal?: AbortSignal;
  /** Passed to extraction: the year for records with no period of their own. */
  year?: number;
  onProgress?: (progress: BatchProgress) => void;
  /** Resume: the hash of a source already complete; a document with the same bytes is skipped. */
  doneHash?: (source: string) => string | undefined;
  /** Called for each skipped document, in input order. */
  onSkip?: (source: string, hash: string) => void;
  /** Called for each file in a directory or archive that is not a supported document (`.doc`, `.jpg`). */
  onIgnored?: (source: string) => void;
  /** Time limit per document in ms (default 60 000; 0: none). Needs worker threads (`jobs` ≥ 1). */
  timeoutMs?: number;
  /** Heap limit of each worker thread in MB (default 512; 0: V8's default). */
  maxMemoryMb?: number;
  /** Bytes of documents held in memory at once (read from archives or given as bytes; default 128 MiB). */
  maxQueuedBytes?: number;
}

/** Default bound on the bytes of documents in flight. */
export const DEFAULT_MAX_QUEUED_BYTES = 128 * 1024 * 1024;

/** The built worker module (kept here for callers that import it from this module). */
export { WORKER_URL } from './runner.js';

/** Internal options of `runPool`. */
export interface PoolOptions extends ExtractManyOptions {
  /** Have workers encode the records for this output format (see `encodeLines`). */
  encode?: OutputFormat;
}

/** One document's outcome from `runPool`: with `encode`, records come as `lines`. */
export interface PoolResult {
  result: DocumentResult;
  lines: string | null;
  count: number;
}

function toTask(item: Exclude<WorkItem, { kind: 'error' }>, options: PoolOptions): Task {
  const task: Task =
    item.kind === 'path' ? { source: item.source, path: item.path } : { source: item.source, bytes: item.bytes };
  if (options.year !== undefined) task.year = options.year;
  if (options.encode !== undefined) task.encode = options.encode;
  const skipHash = options.doneHash?.(item.source);
  if (skipHash !== undefined) task.skipHash = skipHash;
  return task;
}

/** Runs one item; never rejects. */
function runItem(runner: Runner, item: WorkItem, options: PoolOptions): Promise<TaskResult> {
  if (item.kind === 'error') return Promise.resolve(failedTask(item.source, item.error.code, item.error.message));
  return runner.run(toTask(item, options));
}

/** The default number of worker threads: the cores this process may use. */
export const defaultJobs = (): number => Math.max(1, availableParallelism());

/**
 * Extracts every document the inputs name (files, directories, zips, or bytes with a
 * source), yielding one DocumentResult per document in input order. Never throws for a
 * bad document; each becomes an `ok: false` result.
 */
export async function* extractMany(
  inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>,
  options: ExtractManyOptions = {},
): AsyncIterable<DocumentResult> {
  const { encode: _, ...plain } = options as PoolOptions;
  for await (const r of runPool(inputs, plain)) yield r.result;
}

/** extractMany's engine, for callers that want records encoded in the workers (runBatch). */
export async function* runPool(
  inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>,
  options: PoolOptions = {},
): AsyncIterable<PoolResult> {
  const jobs = Math.max(0, Math.floor(options.jobs ?? defaultJobs()));
  // A wide window: a slow document (a PDF) at the head of the order must not leave the other
  // workers idle once the documents behind it are done. Results in flight are small strings.
  const maxQueued = Math.max(2, Math.floor(options.maxQueued ?? Math.max(1, jobs) * 16));
  const progress: BatchProgress = { done: 0, total: 0, totalKnown: false, ok: 0, failed: 0, skipped: 0, records: 0 };
  const report = (): void => options.onProgress?.({ ...progress });
  const items = expandInputs(inputs, options.onIgnored)[Symbol.asyncIterator]();
  const runner = createRunner(jobs, budgetOf(options));
  // The window is bounded in documents and in the bytes they hold (entries of archives, bytes given).
  const maxBytes = options.maxQueuedBytes ?? DEFAULT_MAX_QUEUED_BYTES;
  const window: { outcome: Promise<TaskResult>; bytes: number }[] = [];
  let queuedBytes = 0;
  let exhausted = false;
  try {
    for (;;) {
      options.signal?.throwIfAborted();
      while (!exhausted && window.length < maxQueued && (window.length === 0 || queuedBytes < maxBytes)) {
        const next = await items.next();
        if (next.done) {
          exhausted = true;
          progress.totalKnown = true;
          report();
          break;
        }
        progress.total++;
        const bytes = next.value.kind === 'bytes' ? next.value.bytes.byteLength : 0;
        queuedBytes += bytes;
        window.push({ outcome: runItem(runner, next.value, options), bytes });
      }
      const head = window.shift();
      if (!head) break;
      const outcome = await head.outcome;
      queuedBytes -= head.bytes;
      progress.done++;
      if (outcome.skipped) {
        progress.skipped++;
        options.onSkip?.(outcome.source, outcome.hash);
        report();
        continue;
      }
      const { result } = outcome;
      if (result.ok) {
        progress.ok++;
        progress.records += outcome.count;
      } else progress.failed++;
      report();
      yield { result, lines: outcome.lines, count: outcome.count };
    }
  } finally {
    await Promise.allSettled(window.map((w) => w.outcome));
    await items.return?.();
    await runner.close();
  }
}
