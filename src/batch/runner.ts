/**
 * The budget of one document: a time limit and a memory limit per worker thread. A document
 * that exceeds either ends as an error with its own code (`timeout`, `too_large`); piscina
 * terminates its worker and starts a new one, and the batch goes on. Used by extractMany and
 * by the queue worker alike.
 */
import { Piscina } from 'piscina';
import { DocumentError } from '../errors.js';
import type { Task, TaskResult } from './task.js';

export interface Budget {
  /** Time limit per document, in ms (0: none). */
  timeoutMs: number;
  /** Heap limit of each worker thread, in MB (V8's old generation; 0: V8's default). */
  maxMemoryMb: number;
}

/** Defaults: a minute per document, 512 MB of heap per worker. */
export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_MEMORY_MB = 512;

/** setTimeout's largest delay (longer ones fire at once). */
const MAX_TIMER_MS = 2 ** 31 - 1;

export function budgetOf(options: { timeoutMs?: number; maxMemoryMb?: number }): Budget {
  return { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxMemoryMb: options.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB };
}

/** Runs tasks; never rejects: a task that fails or exceeds its budget resolves to an error result. */
export interface Runner {
  run(task: Task): Promise<TaskResult>;
  close(): Promise<void>;
}

/** The built worker module, next to this one (works from dist/). */
export const WORKER_URL = new URL('./worker.js', import.meta.url);

export function failedTask(source: string, code: DocumentError['code'], message: string): TaskResult {
  return { skipped: false, result: { ok: false, source, hash: null, error: { source, code, message } }, lines: null, count: 0 };
}

/** Why a pool task failed, as a code and a message about the document. */
export function budgetFailure(cause: unknown, timedOut: boolean, budget: Budget): { code: DocumentError['code']; message: string } {
  if (timedOut) return { code: 'timeout', message: `the document took longer than the time limit (${budget.timeoutMs / 1000} s)` };
  const code = (cause as NodeJS.ErrnoException | null)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return { code: 'too_large', message: `the document needed more than the memory limit (${budget.maxMemoryMb} MB)` };
  }
  return { code: 'internal', message: `worker failed: ${String((cause as Error | null)?.message ?? cause)}` };
}

/** In this thread, without workers: no budget can be enforced (synchronous work cannot be interrupted). */
function inProcess(): Runner {
  // Loaded lazily: the extraction stack (dictionaries included) stays out of the main thread with workers.
  const task = import('./task.js');
  return {
    run: async (t) => {
      try {
        return await (await task).runTask(t);
      } catch (cause) {
        return failedTask(t.source, 'internal', `extraction threw: ${String((cause as Error | null)?.message ?? cause)}`);
      }
    },
    close: async () => undefined,
  };
}

/**
 * `jobs` worker threads (0: this thread). At most `jobs` tasks are handed to the pool at
 * once, so a task starts when it is handed over and its clock measures its own work.
 */
export function createRunner(jobs: number, budget: Budget): Runner {
  if (jobs === 0) return inProcess();
  const pool = new Piscina<Task, TaskResult>({
    filename: WORKER_URL.href,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 60_000,
    ...(budget.maxMemoryMb > 0 ? { resourceLimits: { maxOldGenerationSizeMb: budget.maxMemoryMb } } : {}),
  });
  // A worker that dies with no task on it is replaced by piscina; its error must not end the process.
  pool.on('error', () => undefined);
  let running = 0;
  const waiting: (() => void)[] = [];
  const slot = async (): Promise<void> => {
    if (running < jobs) {
      running++;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return {
    async run(task) {
      await slot();
      const abort = new AbortController();
      const timer = budget.timeoutMs > 0 ? setTimeout(() => abort.abort(), Math.min(budget.timeoutMs, MAX_TIMER_MS)) : null;
      try {
        return await pool.run(task, { signal: abort.signal });
      } catch (cause) {
        const { code, message } = budgetFailure(cause, abort.signal.aborted, budget);
        return failedTask(task.source, code, message);
      } finally {
        if (timer) clearTimeout(timer);
        release();
      }
    },
    close: () => pool.destroy(),
  };
}
