/**
 * The progress line on stderr: documents done/total, records, errors, docs/s and ETA,
 * redrawn in place with "\r" at most 10 times a second. Drawn only on a terminal.
 */
import type { Writable } from 'node:stream';
import type { BatchProgress } from '../batch/extract-many.js';

export interface Progress {
  update(p: BatchProgress): void;
  /** Writes a line (an error) above the progress line. */
  note(line: string): void;
  /** Clears the progress line. */
  end(): void;
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

/** The progress text for a state `elapsed` seconds into the batch. */
export function formatProgress(p: BatchProgress, elapsed: number): string {
  const rate = elapsed > 0 ? p.done / elapsed : 0;
  const total = p.totalKnown ? String(p.total) : `${p.total}+`;
  const eta = p.totalKnown && rate > 0 ? formatDuration((p.total - p.done) / rate) : '--:--';
  return `${p.done}/${total} docs, ${p.records} records, ${p.failed} errors, ${rate.toFixed(1)} docs/s, ETA ${eta}`;
}

/** A progress line on `stream`; a silent one when `enabled` is false. */
export function createProgress(stream: Writable, enabled: boolean, now: () => number = () => performance.now()): Progress {
  if (!enabled) {
    return { update: () => undefined, note: (line) => void stream.write(`${line}\n`), end: () => undefined };
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
      shown = formatProgress(p, (t - start) / 1000);
      stream.write(`${CLEAR}${shown}`);
    },
    note(line) {
      stream.write(`${shown ? CLEAR : ''}${line}\n${shown}`);
    },
    end() {
      if (shown) stream.write(CLEAR);
      shown = '';
    },
  };
}
