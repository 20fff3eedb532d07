/**
 * Where encoded records go: a stream (stdout) or a file. A file is written as
 * `FILE.partial` and renamed to `FILE` only when complete, so a reader never sees half
 * an output. Parquet stages flat JSON lines in `FILE.stage` and converts at the end.
 */
import { once } from 'node:events';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type { IndicatorRecord } from '../schema.js';
import { createEncoder, type EncoderOptions, type OutputFormat } from './encoder.js';
import { stageToParquet } from './parquet.js';

export type OutputTarget = { stream: Writable } | { path: string };

export interface OpenOutputOptions extends EncoderOptions {
  format: OutputFormat;
  target: OutputTarget;
  /** Continue an existing `FILE.partial` (already cut to a record boundary) instead of starting over. */
  append?: boolean;
}

export interface OutputSink {
  /** Encodes and writes (or buffers) a run of records. */
  write(records: readonly IndicatorRecord[], source?: string): Promise<void>;
  /** Writes per-record lines made by `encodeLines` for this format. */
  writeLines(lines: string): Promise<void>;
  /** Bytes of output so far, buffered ones included. */
  readonly position: number;
  /** Flushes the buffer and, for files, makes the data durable (fdatasync). */
  sync(): Promise<void>;
  /** Writes the tail, closes, converts (parquet) and renames `FILE.partial` to `FILE`. */
  finish(): Promise<void>;
  /** Closes without renaming; the partial file stays for `--resume`. */
  abort(): Promise<void>;
}

/** Buffered output is written once it passes this many bytes. */
const FLUSH_BYTES = 256 * 1024;

export const partialPath = (path: string): string => `${path}.partial`;
/** Parquet's staging file; not named `*.jsonl`, so no glob reads it as records. */
export const stagePath = (path: string): string => `${path}.stage`;

export async function openOutput(options: OpenOutputOptions): Promise<OutputSink> {
  const encoder = createEncoder(options.format, options);
  const { target } = options;
  let fh: FileHandle | null = null;
  let position = 0;
  let buffer: string[] = [];
  let buffered = 0;
  const parquet = options.format === 'parquet';
  const filePath = 'path' in target ? (parquet ? stagePath(target.path) : partialPath(target.path)) : null;
  if (filePath !== null) {
    fh = await open(filePath, options.append ? 'a' : 'w');
    position = options.append ? (await fh.stat()).size : 0;
  }

  async function flush(): Promise<void> {
    if (!buffered) return;
    const text = buffer.join('');
    buffer = [];
    buffered = 0;
    if (fh) await fh.write(text);
    else if ('stream' in target && !target.stream.write(text)) await once(target.stream, 'drain');
  }

  async function put(text: string): Promise<void> {
    if (!text) return;
    buffer.push(text);
    const bytes = Buffer.byteLength(text);
    buffered += bytes;
    position += bytes;
    if (buffered >= FLUSH_BYTES || !fh) await flush();
  }

  if (!options.append) await put(encoder.head());

  return {
    get position() {
      return position;
    },
    write: (records, source) => put(encoder.encode(records, source)),
    writeLines: (lines) => put(encoder.fromLines(lines)),
    async sync() {
      await flush();
      if (fh) await fh.datasync();
    },
    async finish() {
      await put(encoder.tail());
      await flush();
      if (!fh || !('path' in target)) return;
      await fh.datasync();
      await fh.close();
      fh = null;
      if (parquet) {
        const staged = stagePath(target.path);
        await stageToParquet(staged, partialPath(target.path));
        await rm(staged, { force: true });
      }
      await rename(partialPath(target.path), target.path);
    },
    async abort() {
      await flush().catch(() => undefined);
      if (fh) await fh.close();
      fh = null;
    },
  };
}
