/**
 * The resume journal: `OUT.resume` (a name no `*.jsonl` glob picks up as records, and
 * removed once the output is complete), one `{source, hash, records, end}` line per
 * document whose records are all in the output, `end` being the output's byte length
 * just after them. Lines are appended only after the output is flushed and fdatasync'd
 * (group commit, at most every `commitMs`), then the journal is fdatasync'd too, so:
 * - every journal line describes bytes that are on disk;
 * - bytes after the last line's `end` belong to documents not complete, and resume cuts them.
 * A SIGKILL at any moment therefore leaves a state `loadJournal` can continue from.
 */
import { copyFile, open, readFile, rename, rm, stat, truncate, type FileHandle } from 'node:fs/promises';
import { partialPath } from '../output/sink.js';

export interface DoneEntry {
  source: string;
  hash: string;
  records: number;
  end: number;
}

export const journalPath = (out: string): string => `${out}.resume`;
/** Where versions up to 0.1.0 kept it; read once, then replaced by `journalPath`. */
export const legacyJournalPath = (out: string): string => `${out}.done.jsonl`;

/** Removes the resume state of `out` (once its output is complete). */
export async function removeJournal(out: string): Promise<void> {
  for (const p of [journalPath(out), legacyJournalPath(out)]) await rm(p, { force: true });
}

const exists = (p: string): Promise<boolean> => stat(p).then(() => true, () => false);

function parseEntry(line: string): DoneEntry | null {
  try {
    const v = JSON.parse(line) as Partial<DoneEntry>;
    if (typeof v.source !== 'string' || typeof v.hash !== 'string') return null;
    if (typeof v.records !== 'number' || typeof v.end !== 'number') return null;
    return { source: v.source, hash: v.hash, records: v.records, end: v.end };
  } catch {
    return null;
  }
}

export interface ResumeState {
  /** Complete documents by source. */
  done: Map<string, DoneEntry>;
  /** Records already in the output. */
  records: number;
  /** True when there was something to resume. */
  resumed: boolean;
}

/**
 * Prepares `OUT.partial` to be continued: takes the partial (or, if none, a copy of the
 * finished `OUT`), keeps the journal lines whose bytes are there, cuts the partial to
 * the last kept line's end, and rewrites the journal with the kept lines only.
 */
export async function loadJournal(out: string): Promise<ResumeState> {
  const partial = partialPath(out);
  const done = new Map<string, DoneEntry>();
  if (!(await exists(partial))) {
    if (!(await exists(out))) return { done, records: 0, resumed: false };
    await copyFile(out, partial);
  }
  const size = (await stat(partial)).size;
  const text = await readFile(journalPath(out), 'utf8').catch(() => readFile(legacyJournalPath(out), 'utf8')).catch(() => '');
  const kept: DoneEntry[] = [];
  let end = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const entry = parseEntry(line);
    if (!entry || entry.end < end || entry.end > size) break;
    kept.push(entry);
    end = entry.end;
  }
  await truncate(partial, end);
  const tmp = `${journalPath(out)}.tmp`;
  const fh = await open(tmp, 'w');
  await fh.writeFile(kept.map((e) => `${JSON.stringify(e)}\n`).join(''));
  await fh.datasync();
  await fh.close();
  await rename(tmp, journalPath(out));
  await rm(legacyJournalPath(out), { force: true });
  let records = 0;
  for (const e of kept) {
    done.set(e.source, e);
    records += e.records;
  }
  return { done, records, resumed: true };
}

/** Appends journal lines in groups, each after the output it describes is durable. */
export class Journal {
  private pending: DoneEntry[] = [];
  private lastCommit = Date.now();

  private constructor(
    private readonly fh: FileHandle,
    private readonly syncOutput: () => Promise<void>,
    private readonly commitMs: number,
  ) {}

  /** Opens the journal for `out`: appending when resuming, else emptied. */
  static async open(out: string, options: { append: boolean; syncOutput: () => Promise<void>; commitMs?: number }): Promise<Journal> {
    const fh = await open(journalPath(out), options.append ? 'a' : 'w');
    return new Journal(fh, options.syncOutput, options.commitMs ?? 500);
  }

  /** Records that a document is complete at output position `end`; commits when due. */
  async add(entry: DoneEntry): Promise<void> {
    this.pending.push(entry);
    if (Date.now() - this.lastCommit >= this.commitMs) await this.commit();
  }

  /** Makes the output durable, then writes and syncs the pending lines. */
  async commit(): Promise<void> {
    this.lastCommit = Date.now();
    if (!this.pending.length) return;
    await this.syncOutput();
    const lines = this.pending.map((e) => `${JSON.stringify(e)}\n`).join('');
    this.pending = [];
    await this.fh.write(lines);
    await this.fh.datasync();
  }

  async close(): Promise<void> {
    await this.commit();
    await this.fh.close();
  }
}
