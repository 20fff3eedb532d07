/**
 * A stand-in for `readArchive` from `src/ingest/` until that lands, with the same
 * signature: a zip's file entries one at a time (lazily, so memory holds one entry),
 * or an error value per entry that cannot be used. Limits: no absolute or `..` paths
 * (unsafe_path), no archives inside archives (nested_archive), entry size (too_large).
 */
import iconv from 'iconv-lite';
import yauzl from 'yauzl';
import { DocumentError } from '../schema.js';

export type ArchiveEntry = { path: string; bytes: Buffer } | { path: string; error: DocumentError };

export interface ReadArchiveOptions {
  /** Largest uncompressed entry accepted, in bytes (default 50 MiB). */
  maxEntryBytes?: number;
  /** Most entries read from one archive (default 100,000). */
  maxEntries?: number;
}

const NESTED = /\.(zip|rar|7z|tar|gz|tgz)$/i;

function unsafe(path: string): boolean {
  return path.startsWith('/') || /^[a-z]:/i.test(path) || path.split(/[\\/]/).includes('..');
}

/**
 * An entry name: UTF-8 when the zip says so (flag bit 11) or when the bytes are valid
 * UTF-8, else GB18030 (what Chinese Windows zip tools write). yauzl's own decoding is
 * off so that unsafe names reach `unsafe()` as errors per entry, not as a fatal error.
 */
function entryName(entry: yauzl.Entry): string {
  const raw = entry.fileName as unknown as Buffer; // a Buffer when decodeStrings is false
  if (!Buffer.isBuffer(raw)) return String(raw);
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(raw);
  if (entry.generalPurposeBitFlag & 0x800 || !utf8.includes('\uFFFD')) return utf8;
  return iconv.decode(raw, 'gb18030');
}

function openZip(input: string | Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    const cb = (err: Error | null, zip?: yauzl.ZipFile): void => (err || !zip ? reject(err) : resolve(zip));
    if (typeof input === 'string') yauzl.open(input, { lazyEntries: true, autoClose: true, decodeStrings: false }, cb);
    else yauzl.fromBuffer(input, { lazyEntries: true, decodeStrings: false }, cb);
  });
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const onEntry = (e: yauzl.Entry): void => done(e);
    const onEnd = (): void => done(null);
    const onError = (err: Error): void => {
      cleanup();
      reject(err);
    };
    const done = (e: yauzl.Entry | null): void => {
      cleanup();
      resolve(e);
    };
    const cleanup = (): void => {
      zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
    };
    zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
    zip.readEntry();
  });
}

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('no stream'));
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => resolve(Buffer.concat(chunks)));
      stream.on('error', reject);
    });
  });
}

/** The archive's file entries, in archive order. Throws only when the archive itself cannot be opened. */
export async function* readArchive(
  input: string | Buffer,
  options: ReadArchiveOptions = {},
): AsyncIterable<ArchiveEntry> {
  const maxBytes = options.maxEntryBytes ?? 50 * 1024 * 1024;
  const maxEntries = options.maxEntries ?? 100_000;
  const name = typeof input === 'string' ? input : '';
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(input);
  } catch (cause) {
    throw new DocumentError('corrupt', `not a readable zip archive: ${(cause as Error).message}`, name, { cause });
  }
  try {
    for (let n = 0; ; n++) {
      const entry = await nextEntry(zip);
      if (!entry) return;
      const path = entryName(entry).replace(/\\/g, '/');
      if (path.endsWith('/')) continue;
      const err = (code: DocumentError['code'], msg: string): ArchiveEntry => ({
        path,
        error: new DocumentError(code, msg, `${name}!${path}`),
      });
      if (n >= maxEntries) {
        yield err('too_large', `archive has more than ${maxEntries} entries`);
        return;
      }
      if (unsafe(path)) yield err('unsafe_path', 'entry path leaves the archive');
      else if (NESTED.test(path)) yield err('nested_archive', 'archives inside archives are not read');
      else if (entry.uncompressedSize > maxBytes) yield err('too_large', `entry is larger than ${maxBytes} bytes`);
      else {
        let bytes: Buffer;
        try {
          bytes = await readEntry(zip, entry);
        } catch (cause) {
          yield err('corrupt', `cannot read entry: ${(cause as Error).message}`);
          continue;
        }
        yield { path, bytes };
      }
    }
  } finally {
    zip.close();
  }
}
