/**
 * A whole batch to an output: extractMany, records to the chosen format, errors to an
 * optional JSONL file, the resume journal kept for JSONL files, and a summary that
 * reconciles (in = ok + failed). No console output; callers get callbacks.
 */
import { open, rename, type FileHandle } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { encodesInWorkers, type EncoderOptions, type OutputFormat } from '../output/encoder.js';
import { loadDuckDb } from '../output/parquet.js';
import { openOutput, partialPath, type OutputSink } from '../output/sink.js';
import { cleanMessage } from '../errors.js';
import type { DocumentErrorInfo, DocumentResult, ErrorCode } from '../schema.js';
import { runPool, type BatchProgress, type PoolResult } from './extract-many.js';
import type { BatchInput } from './inputs.js';
import { Journal, loadJournal, removeJournal, type DoneEntry } from './journal.js';

export interface RunBatchOptions extends EncoderOptions {
  inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>;
  format: OutputFormat;
  /** Output file; without it records go to `stream`. */
  out?: string;
  stream?: Writable;
  /** Write one `DocumentErrorInfo` JSON line per failed document here. */
  errors?: string;
  /** Continue a JSONL output whose run was interrupted (needs `out`, format jsonl). */
  resume?: boolean;
  jobs?: number;
  year?: number;
  /** Time limit per document in ms, and heap limit per worker in MB (see ExtractManyOptions). */
  timeoutMs?: number;
  maxMemoryMb?: number;
  signal?: AbortSignal;
  onProgress?: (progress: BatchProgress) => void;
  onError?: (error: DocumentErrorInfo) => void;
  /** The table's width, in terminal cells. */
  width?: number;
  /** Called once per document, in input order, with what the `--documents` output needs. */
  onDocument?: (result: DocumentResult, records: number) => void;
}

export interface BatchSummary {
  /** Documents in the batch: ok + failed. */
  in: number;
  ok: number;
  failed: number;
  /** Records in the output, resumed ones included. */
  records: number;
  /** Documents taken as complete from an earlier run (counted in `ok`). */
  resumed: number;
  resumedRecords: number;
  seconds: number;
  /** Files in directories and archives that are not supported documents (not in `in`). */
  ignored: string[];
  /** Failed documents by error code. */
  failures: Partial<Record<ErrorCode, number>>;
}

/** The journal is kept for every JSONL file output, so any run can be resumed. */
export const keepsJournal = (o: Pick<RunBatchOptions, 'format' | 'out'>): boolean =>
  o.format === 'jsonl' && o.out !== undefined;

/** Runs async steps one at a time, in call order (file writes must not interleave). */
function serial(): <T>(step: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(step: () => Promise<T>): Promise<T> => {
    const next = tail.then(step);
    tail = next.catch(() => undefined);
    return next;
  };
}

/** How often finished documents are committed to the journal, even while the batch waits. */
const COMMIT_MS = 500;

async function openErrors(path: string | undefined): Promise<FileHandle | null> {
  return path === undefined ? null : open(partialPath(path), 'w');
}

export async function runBatch(options: RunBatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  if (options.resume && !keepsJournal(options)) throw new Error('--resume needs --out FILE with --format jsonl');
  if (options.format === 'parquet') {
    if (options.out === undefined) throw new Error('parquet output needs --out FILE');
    await loadDuckDb(); // fail before the batch, not after it
  }
  const out = options.out;
  const state = options.resume && out !== undefined ? await loadJournal(out) : null;
  const append = state?.resumed ?? false;
  let sink: OutputSink | null = null;
  const journal =
    out !== undefined && keepsJournal(options)
      ? await Journal.open(out, { append, syncOutput: () => sink?.sync() ?? Promise.resolve(), commitMs: COMMIT_MS })
      : null;
  const target = out !== undefined ? { path: out } : { stream: options.stream ?? process.stdout };
  const sinkOptions = {
    format: options.format,
    target,
    append,
    ...(options.bom ? { bom: true } : {}),
    ...(options.width !== undefined ? { width: options.width } : {}),
  };
  sink = await openOutput(sinkOptions);
  const errors = await openErrors(options.errors);
  const summary: BatchSummary = { in: 0, ok: 0, failed: 0, records: 0, resumed: 0, resumedRecords: 0, seconds: 0, ignored: [], failures: {} };
  const done = state?.done;
  const step = serial();
  // A stalled head-of-line document must not hold back the commit of the ones before it.
  const timer = journal ? setInterval(() => void step(() => journal.commit()).catch(() => undefined), COMMIT_MS) : null;
  timer?.unref();
  let completed = false;
  try {
    const results = runPool(options.inputs, {
      ...(encodesInWorkers(options.format) ? { encode: options.format } : {}),
      ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
      ...(options.year !== undefined ? { year: options.year } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.maxMemoryMb !== undefined ? { maxMemoryMb: options.maxMemoryMb } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(done ? { doneHash: (source: string) => done.get(source)?.hash } : {}),
      onIgnored: (source) => void summary.ignored.push(source),
      onSkip: (source) => {
        summary.resumed++;
        summary.resumedRecords += done?.get(source)?.records ?? 0;
      },
    });
    for await (const result of results) await take(result);
    completed = true;
  } finally {
    if (timer) clearInterval(timer);
    if (journal) await step(() => journal.close());
    if (completed) await sink.finish();
    else await sink.abort();
    // A finished output needs no resume state: none is left beside it to be mistaken for output.
    if (completed && journal && out !== undefined) await removeJournal(out);
    if (errors) {
      await errors.close();
      if (completed && options.errors !== undefined) await rename(partialPath(options.errors), options.errors);
    }
  }
  summary.ok += summary.resumed;
  summary.in = summary.ok + summary.failed;
  summary.records += summary.resumedRecords;
  summary.seconds = (performance.now() - started) / 1000;
  return summary;

  async function take({ result, lines, count }: PoolResult): Promise<void> {
    options.onDocument?.(result, count);
    if (!result.ok) {
      summary.failed++;
      summary.failures[result.error.code] = (summary.failures[result.error.code] ?? 0) + 1;
      const error = { ...result.error, message: cleanMessage(result.error.message) }; // no parser class names
      options.onError?.(error);
      if (errors) await errors.write(`${JSON.stringify(error)}\n`);
      return;
    }
    summary.ok++;
    summary.records += count;
    const out = sink;
    if (!out) return;
    await step(async () => {
      await (lines === null ? out.write(result.records, result.source) : out.writeLines(lines));
      if (journal) {
        const entry: DoneEntry = { source: result.source, hash: result.hash, records: count, end: out.position };
        await journal.add(entry);
      }
    });
  }
}
