/**
 * The progress line on stderr: documents done/total, records, errors, docs/s and ETA,
 * redrawn in place with "\r" at most 10 times a second, cut to the terminal's width so it
 * never wraps. Drawn only on a terminal; when the records go to that same terminal, it is
 * cleared before each run of records and drawn again below them (`around`).
 */
import { Writable } from 'node:stream';
import type { BatchProgress } from '../batch/extract-many.js';
import { fitCells } from '../output/table.js';

export interface Progress {
  update(p: BatchProgress): void;
  /** Writes a line (an error) above the progress line. */
  note(line: string): void;
  /** Clears the progress line. */
  end(): void;
  /**
   * `out` (a stream on the same terminal) wrapped so that the progress line is cleared
   * before each write to it and drawn again after: records and progress never mix.
   */
  around(out: Writable): Writable;
}

const CLEAR = '\r\x1b[K';
const MIN_INTERVAL_MS = 100;

/** `m:ss` or `h:mm:ss`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** `1 error`, `2 errors`. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * The progress text for a state `elapsed` seconds into the batch. `counted`: the number
 * of documents counted before the batch began, so the total (and the ETA) is known early.
 */
export function formatProgress(p: BatchProgress, elapsed: number, counted?: number): string {
  const rate = elapsed > 0 ? p.done / elapsed : 0;
  const known = p.totalKnown || counted !== undefined;
  const totalN = p.totalKnown ? p.total : Math.max(p.total, counted ?? 0);
  const total = known ? String(totalN) : `${totalN}+`;
  const eta = known && rate > 0 ? formatDuration(Math.max(0, totalN - p.done) / rate) : '--:--';
  return `${p.done}/${total} docs, ${plural(p.records, 'record')}, ${plural(p.failed, 'error')}, ${rate.toFixed(1)} docs/s, ETA ${eta}`;
}

export interface ProgressOptions {
  /** The terminal's width: the line is cut to one cell less, so it never wraps. */
  columns?: number;
  /** Documents counted before the batch. */
  counted?: number;
  now?: () => number;
}

/** A progress line on `stream`; a silent one when `enabled` is false. */
export function createProgress(stream: Writable, enabled: boolean, options: ProgressOptions = {}): Progress {
  const now = options.now ?? (() => performance.now());
  const width = Math.max(20, (options.columns ?? 80) - 1);
  if (!enabled) {
    return { update: () => undefined, note: (line) => void stream.write(`${line}\n`), end: () => undefined, around: (out) => out };
  }
  const start = now();
  let last = -Infinity;
  let shown = '';
  return {
    update(p) {
      const t = now();
      const final = p.totalKnown && p.done === p.total;
      if (t - last < MIN_INTERVAL_MS && !final) return;
      last = t;
      shown = fitCells(formatProgress(p, (t - start) / 1000, options.counted), width);
      stream.write(`${CLEAR}${shown}`);
    },
    note(line) {
      stream.write(`${shown ? CLEAR : ''}${line}\n${shown}`);
    },
    end() {
      if (shown) stream.write(CLEAR);
      shown = '';
    },
    around(out) {
      const wrapped = new Writable({
        write(chunk: Buffer | string, _encoding, done) {
          if (shown) stream.write(CLEAR);
          out.write(chunk, (error) => {
            if (shown) stream.write(shown);
            done(error);
          });
        },
      });
      wrapped.on('error', () => undefined); // the stream's own error handler (EPIPE) sees the error
      return wrapped;
    },
  };
}
