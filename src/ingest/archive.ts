/**
 * readArchive(): the documents inside a .zip, one level deep, with the usual
 * defences: zip-slip paths, nested archives, oversized entries and zip bombs
 * (declared sizes are checked first, then the inflated bytes are counted).
 */
import { stat } from 'node:fs/promises';
import type { Entry, ZipFile } from 'yauzl';
import { DocumentError } from '../errors.js';
import { docError, messageOf } from './errors.js';
import { EntryLimitError, entries, entryName, entrySpans, openZip, overlapping, readEntry } from './zip.js';
import { sniffFormat } from './sniff.js';
import { NESTED_ARCHIVE_NAME, PATH_ABSOLUTE, PATH_PARENT_SEGMENT } from './patterns.js';

export interface ArchiveOptions {
  /** Name used in errors (defaults to the path, or "" for a buffer). */
  source?: string;
  /** Largest inflated entry, in bytes (default 50 MiB). */
  maxEntryBytes?: number;
  /** Largest inflated/compressed ratio of an entry (default 100). */
  maxRatio?: number;
  /** Largest archive file, in bytes (default 1 GiB). */
  maxArchiveBytes?: number;
}

export type ArchiveEntry = { path: string; bytes: Buffer } | { path: string; error: DocumentError };

export const DEFAULT_MAX_ENTRY_BYTES = 50 * 1024 * 1024;
export const DEFAULT_MAX_RATIO = 100;
export const DEFAULT_MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024;
/** Entries this small are never refused for their ratio (a few bytes of zeros compress "too well"). */
export const RATIO_FREE_BYTES = 64 * 1024;

/** Whether an entry path would escape the extraction root. */
export function isUnsafePath(name: string): boolean {
  return name.includes('\0') || PATH_ABSOLUTE.test(name) || PATH_PARENT_SEGMENT.test(name);
}

function entryError(code: DocumentError['code'], path: string, source: string, detail: string, cause?: unknown): ArchiveEntry {
  return { path, error: docError(code, `${source}!${path}`, detail, cause) };
}

async function readOne(zip: ZipFile, entry: Entry, path: string, source: string, maxBytes: number, maxRatio: number): Promise<ArchiveEntry> {
  if (isUnsafePath(path)) return entryError('unsafe_path', path, source, `"${path}"`);
  if (NESTED_ARCHIVE_NAME.test(path)) return entryError('nested_archive', path, source, `"${path}"`);
  if (entry.isEncrypted()) return entryError('encrypted', path, source, 'encrypted zip entry');
  const declared = entry.uncompressedSize;
  if (declared > maxBytes) return entryError('too_large', path, source, `${declared} bytes > ${maxBytes}`);
  const budgetByRatio = Math.max(RATIO_FREE_BYTES, entry.compressedSize * maxRatio);
  if (declared > budgetByRatio) return entryError('too_large', path, source, `compression ratio over ${maxRatio}:1`);
  let bytes: Buffer;
  try {
    bytes = await readEntry(zip, entry, Math.min(maxBytes, budgetByRatio));
  } catch (err) {
    if (err instanceof EntryLimitError || messageOf(err).includes('too many bytes')) {
      return entryError('too_large', path, source, `inflates past its limit (${messageOf(err)})`, err);
    }
    return entryError('corrupt', path, source, messageOf(err), err);
  }
  if (sniffFormat(bytes) === 'zip') return entryError('nested_archive', path, source, 'a zip inside the zip');
  return { path, bytes };
}

/**
 * The entries of a zip archive, in central-directory order. Directories are
 * skipped; each refused entry is yielded with its error. An archive that cannot
 * be read at all (missing, not a zip, broken central directory) throws a
 * DocumentError (`not_found`, `too_large` or `corrupt`) from the iteration.
 */
export async function* readArchive(input: string | Buffer, options: ArchiveOptions = {}): AsyncGenerator<ArchiveEntry> {
  const source = options.source ?? (typeof input === 'string' ? input : '');
  const maxBytes = options.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES;
  const maxRatio = options.maxRatio ?? DEFAULT_MAX_RATIO;
  const maxArchive = options.maxArchiveBytes ?? DEFAULT_MAX_ARCHIVE_BYTES;
  if (typeof input === 'string') {
    const size = await stat(input).then(
      (s) => s.size,
      (err: unknown) => {
        throw docError('not_found', source, undefined, err);
      },
    );
    if (size > maxArchive) throw docError('too_large', source, `${size} bytes > ${maxArchive}`);
  } else if (input.length > maxArchive) throw docError('too_large', source, `${input.length} bytes > ${maxArchive}`);
  let zip: ZipFile;
  try {
    // The central directory first: entries that share bytes refuse the whole archive before anything is inflated.
    const shared = overlapping(await entrySpans(input));
    if (shared !== null) throw docError('overlapping_entries', source, `"${shared[0].name}" and "${shared[1].name}" share bytes`);
    zip = await openZip(input);
  } catch (err) {
    if (err instanceof DocumentError) throw err;
    throw docError('corrupt', source, `not a readable zip: ${messageOf(err)}`, err);
  }
  try {
    for await (const entry of entries(zip)) {
      const path = entryName(entry);
      if (path.endsWith('/')) continue;
      yield await readOne(zip, entry, path, source, maxBytes, maxRatio);
    }
  } catch (err) {
    if (err instanceof DocumentError) throw err;
    throw docError('corrupt', source, `broken archive: ${messageOf(err)}`, err);
  }
}
