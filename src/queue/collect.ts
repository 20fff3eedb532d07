/**
 * collect(): merge the workers' `worker-*.jsonl` files into one output, each
 * document once, in enqueue order (`seq`).
 *
 * Two passes so memory holds an index, not the records: the first reads every
 * file and keeps, per content hash, where its first complete line is; the
 * second reads those lines in `seq` order and writes their records to a temp
 * file that is renamed over `out` at the end. A line cut short by a killed
 * worker does not parse and is skipped; its job was never acknowledged, so a
 * complete line for it is in some file.
 */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { open, readdir, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import type { Result } from './connection.js';
import { parseResultLine, type ResultLine } from './jobs.js';
import { RESULT_FILE } from './results.js';
import { csvHeader, csvRecord, jsonlLine } from '../output/index.js';
import type { IndicatorRecord } from '../schema.js';

/** Output formats, through the shared encoders of src/output (same bytes as `zhibiao extract`). */
export type CollectFormat = 'jsonl' | 'csv';

export interface CollectOptions {
  format?: CollectFormat;
  /** Told about each document as it is written (in order). */
  onDocument?: (doc: ResultLine) => void;
}

export interface CollectSummary {
  files: number;
  documents: number;
  records: number;
  /** Lines for a document already seen (a job done twice after a stall): dropped. */
  duplicates: number;
  /** Lines that did not parse (cut short by a kill): skipped. */
  incomplete: number;
}

interface Where {
  seq: number;
  file: number;
  offset: number;
  length: number;
}

export async function collect(dirs: readonly string[], out: string, options: CollectOptions = {}): Promise<Result<CollectSummary>> {
  const files: string[] = [];
  try {
    for (const dir of dirs) {
      const names = (await readdir(dir)).filter((n) => RESULT_FILE.test(n)).sort();
      files.push(...names.map((n) => join(dir, n)));
    }
  } catch (cause) {
    return { ok: false, error: { code: 'io', message: `cannot list results: ${messageOf(cause)}` } };
  }
  const summary: CollectSummary = { files: files.length, documents: 0, records: 0, duplicates: 0, incomplete: 0 };
  const index = new Map<string, Where>();
  const tmp = join(dirname(out), `.${basename(out)}.tmp-${process.pid}`);
  const handles: FileHandle[] = [];
  try {
    for (let f = 0; f < files.length; f++) await indexFile(files[f] ?? '', f, index, summary);
    const order = [...index.entries()].sort((a, b) => a[1].seq - b[1].seq || (a[0] < b[0] ? -1 : 1));
    for (const file of files) handles.push(await open(file, 'r'));
    const format = options.format ?? 'jsonl';
    const sink = createWriteStream(tmp);
    await write(sink, head(format));
    for (const [, where] of order) {
      const handle = handles[where.file];
      if (!handle) continue;
      const buf = Buffer.alloc(where.length);
      await handle.read(buf, 0, where.length, where.offset);
      const doc = parseResultLine(buf.toString('utf8'));
      if (!doc) throw new Error(`${files[where.file]} changed while collecting`);
      summary.documents++;
      summary.records += doc.records.length;
      options.onDocument?.(doc);
      if (doc.records.length > 0) await write(sink, encode(format, doc.records));
    }
    await new Promise<void>((resolve, reject) => sink.end((error?: Error | null) => (error ? reject(error) : resolve())));
    await rename(tmp, out);
    return { ok: true, value: summary };
  } catch (cause) {
    await rm(tmp, { force: true }).catch(() => undefined);
    return { ok: false, error: { code: 'io', message: `collect failed: ${messageOf(cause)}` } };
  } finally {
    for (const h of handles) await h.close().catch(() => undefined);
  }
}

/** Pass 1: where each document's first complete line is. */
async function indexFile(path: string, file: number, index: Map<string, Where>, summary: CollectSummary): Promise<void> {
  let carry: Buffer = Buffer.alloc(0);
  let carryStart = 0;
  let position = 0;
  const take = (line: Buffer, offset: number): void => {
    if (line.length === 0) return;
    const doc = parseResultLine(line.toString('utf8'));
    if (!doc) {
      summary.incomplete++;
      return;
    }
    if (index.has(doc.hash)) summary.duplicates++;
    else index.set(doc.hash, { seq: doc.seq, file, offset, length: line.length });
  };
  for await (const chunk of createReadStream(path)) {
    const bytes = chunk as Buffer;
    let start = 0;
    for (let nl = bytes.indexOf(10); nl >= 0; nl = bytes.indexOf(10, start)) {
      const piece = bytes.subarray(start, nl);
      if (carry.length > 0) {
        take(Buffer.concat([carry, piece]), carryStart);
        carry = Buffer.alloc(0);
      } else {
        take(piece, position + start);
      }
      start = nl + 1;
    }
    if (start < bytes.length) {
      if (carry.length === 0) carryStart = position + start;
      carry = Buffer.concat([carry, bytes.subarray(start)]);
    }
    position += bytes.length;
  }
  if (carry.length > 0) take(carry, carryStart);
}

function head(format: CollectFormat): string {
  return format === 'csv' ? csvHeader() : '';
}

function encode(format: CollectFormat, records: readonly IndicatorRecord[]): string {
  return records.map(format === 'csv' ? csvRecord : jsonlLine).join('');
}

function write(sink: WriteStream, text: string): Promise<void> {
  if (text === '') return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const ok = sink.write(text, (error) => (error ? reject(error) : undefined));
    if (ok) resolve();
    else sink.once('drain', resolve);
  });
}

function messageOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
