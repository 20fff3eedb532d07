/**
 * yauzl wrapped for our use: open a zip from a path or a buffer, walk its
 * entries one by one, and read an entry while counting the inflated bytes.
 */
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import iconv from 'iconv-lite';
import { BACKSLASH } from './patterns.js';

/** The options every open uses: lazy entries, raw names (we decode and validate them ourselves). */
const OPEN_OPTIONS = { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: true } as const;

export function openZip(input: string | Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    const done = (err: Error | null, zip?: ZipFile): void => {
      if (err !== null || zip === undefined) reject(err ?? new Error('zip open failed'));
      else resolve(zip);
    };
    if (typeof input === 'string') yauzl.open(input, OPEN_OPTIONS, done);
    else yauzl.fromBuffer(input, OPEN_OPTIONS, done);
  });
}

/** An entry's name: UTF-8 when flagged or valid, else GB18030 (Chinese Windows zips), backslashes as '/'. */
export function entryName(entry: Entry): string {
  const raw = entry.fileName as unknown as Buffer | string;
  if (typeof raw === 'string') return raw.replace(BACKSLASH, '/');
  let name: string;
  if ((entry.generalPurposeBitFlag & 0x800) !== 0) name = raw.toString('utf8');
  else {
    try {
      name = new TextDecoder('utf-8', { fatal: true }).decode(raw);
    } catch {
      name = iconv.decode(raw, 'gb18030');
    }
  }
  return name.replace(BACKSLASH, '/');
}

/** Iterate entries lazily; errors of the archive itself reject the iteration. */
export async function* entries(zip: ZipFile): AsyncGenerator<Entry> {
  let resolveNext: ((e: Entry | null) => void) | null = null;
  let rejectNext: ((err: Error) => void) | null = null;
  let failure: Error | null = null;
  let ended = false;
  zip.on('entry', (e: Entry) => resolveNext?.(e));
  zip.on('end', () => {
    ended = true;
    resolveNext?.(null);
  });
  zip.on('error', (err: Error) => {
    failure = err;
    rejectNext?.(err);
  });
  try {
    for (;;) {
      if (failure !== null) throw failure;
      if (ended) return;
      const next = new Promise<Entry | null>((res, rej) => {
        resolveNext = res;
        rejectNext = rej;
      });
      zip.readEntry();
      const e = await next;
      if (e === null) return;
      yield e;
    }
  } finally {
    if (zip.isOpen) zip.close();
  }
}

export class EntryLimitError extends Error {
  override readonly name = 'EntryLimitError';
}

/** Read an entry whole, stopping with EntryLimitError once more than `maxBytes` have been inflated. */
export function readEntry(zip: ZipFile, entry: Entry, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err !== null || stream === undefined) {
        reject(err ?? new Error('cannot open entry'));
        return;
      }
      const chunks: Buffer[] = [];
      let total = 0;
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > maxBytes) {
          stream.destroy();
          reject(new EntryLimitError(`more than ${maxBytes} bytes after inflating`));
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks, total)));
    });
  });
}

/** Read the named entries of a small zip held in memory (for DOCX parts). Missing names are absent from the map. */
export async function readParts(buf: Buffer, names: readonly string[], maxBytes: number): Promise<Map<string, Buffer>> {
  const wanted = new Set(names);
  const out = new Map<string, Buffer>();
  const zip = await openZip(buf);
  for await (const entry of entries(zip)) {
    const name = entryName(entry);
    if (!wanted.has(name)) continue;
    out.set(name, await readEntry(zip, entry, maxBytes));
    if (out.size === wanted.size) break;
  }
  return out;
}

/** Where an entry's local header and data lie in the archive: [start, end). */
export interface EntrySpan {
  name: string;
  start: number;
  end: number;
}

/** An entry's span from its central-directory record (header, name and compressed data; extra fields left out). */
export function spanOf(entry: Entry): EntrySpan {
  const start = entry.relativeOffsetOfLocalHeader;
  return { name: entryName(entry), start, end: start + 30 + entry.fileNameLength + entry.compressedSize };
}

/**
 * The first two entries that share bytes, or null. Entries of a sound zip lie one after
 * the other; a non-recursive zip bomb points many entries at the same compressed data.
 */
export function overlapping(spans: readonly EntrySpan[]): [EntrySpan, EntrySpan] | null {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (cur.start < prev.end) return [prev, cur];
  }
  return null;
}

/** The spans of every entry, from the central directory only (no entry is inflated). */
export async function entrySpans(input: string | Buffer): Promise<EntrySpan[]> {
  const spans: EntrySpan[] = [];
  for await (const entry of entries(await openZip(input))) spans.push(spanOf(entry));
  return spans;
}
