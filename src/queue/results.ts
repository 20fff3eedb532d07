/**
 * A worker's result file, `DIR/worker-<id>.jsonl`: one line per completed
 * document, appended and fsynced before the job is acknowledged, so a worker
 * killed at any moment loses nothing it has acknowledged. Appends from
 * concurrent jobs are grouped: one write and one fsync per group.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const RESULT_FILE = /^worker-.+\.jsonl$/;

/** A worker id unique across machines and restarts: host, pid, random. */
export function newWorkerId(): string {
  const host = hostname().replace(/[^A-Za-z0-9_.-]/g, '_') || 'host';
  return `${host}-${process.pid}-${randomBytes(3).toString('hex')}`;
}

interface PendingLine {
  text: string;
  resolve: () => void;
  reject: (error: Error) => void;
}

export class ResultWriter {
  readonly path: string;
  private handle: FileHandle | undefined;
  private queue: PendingLine[] = [];
  private flushing: Promise<void> | undefined;
  private closed = false;
  /** After a failed write a partial line may be on disk: start the next write on a new line. */
  private needsNewline = false;

  private constructor(path: string, handle: FileHandle) {
    this.path = path;
    this.handle = handle;
  }

  static async open(dir: string, workerId: string): Promise<ResultWriter> {
    await mkdir(dir, { recursive: true });
    const path = join(dir, `worker-${workerId}.jsonl`);
    const handle = await open(path, 'a');
    return new ResultWriter(path, handle);
  }

  /** Append one line (no newline inside) and resolve once it is on disk. */
  append(line: string): Promise<void> {
    if (this.closed) return Promise.reject(new Error(`result file ${this.path} is closed`));
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ text: `${line}\n`, resolve, reject });
      this.flushing ??= this.flushLoop();
    });
  }

  private async flushLoop(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const group = this.queue.splice(0);
        try {
          const handle = this.handle;
          if (!handle) throw new Error(`result file ${this.path} is closed`);
          const prefix = this.needsNewline ? '\n' : '';
          this.needsNewline = true;
          await handle.write(prefix + group.map((p) => p.text).join(''));
          await handle.datasync();
          this.needsNewline = false;
          for (const p of group) p.resolve();
        } catch (cause) {
          const error = cause instanceof Error ? cause : new Error(String(cause));
          for (const p of group) p.reject(error);
        }
      }
    } finally {
      this.flushing = undefined;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    while (this.flushing) await this.flushing;
    const handle = this.handle;
    this.handle = undefined;
    await handle?.close();
  }
}
