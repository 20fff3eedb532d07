/**
 * A small synchronous reader for named parts of a zip held in memory (DOCX
 * numbering.xml, styles.xml, document.xml). yauzl's evented API costs more than
 * the inflating for a 15 KB file; this walks the central directory directly.
 * Zip64 and encrypted parts are not handled: the caller falls back to yauzl.
 */
import { inflateRawSync } from 'node:zlib';
import { overlapping, type EntrySpan } from './zip.js';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** The end record is 22 bytes plus a comment of up to 65535 bytes. */
const EOCD_SEARCH = 22 + 0xffff;

export class ZipPartsError extends Error {
  override readonly name = 'ZipPartsError';
}

function findEocd(buf: Buffer): number {
  const stop = Math.max(0, buf.length - EOCD_SEARCH);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  throw new ZipPartsError('no end of central directory record');
}

/** One central-directory record: what the walk of the directory needs of it. */
interface CentralRecord {
  name: string;
  nameLength: number;
  flags: number;
  method: number;
  compressed: number;
  size: number;
  /** Offset of the entry's local header. */
  local: number;
}

/** The central directory's records, in order. Throws ZipPartsError on zip64 or a broken directory. */
function* centralRecords(buf: Buffer): Generator<CentralRecord> {
  const eocd = findEocd(buf);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || p === 0xffffffff) throw new ZipPartsError('zip64');
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw new ZipPartsError('bad central directory');
    const nameLen = buf.readUInt16LE(p + 28);
    yield {
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
      nameLength: nameLen,
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      compressed: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      local: buf.readUInt32LE(p + 42),
    };
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
}

/** Where a record's data starts (after its local header), or -1 when the local header is not there. */
function dataStart(buf: Buffer, local: number): number {
  if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL_SIGNATURE) return -1;
  return local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
}

/** Read the named parts; absent names are absent from the map. Throws ZipPartsError on anything unusual. */
export function readPartsSync(buf: Buffer, names: readonly string[], maxBytes: number): Map<string, Buffer> {
  const wanted = new Set(names);
  const out = new Map<string, Buffer>();
  for (const { name, flags, method, compressed, size, local } of centralRecords(buf)) {
    if (out.size >= wanted.size) break;
    if (!wanted.has(name)) continue;
    if ((flags & 1) !== 0) throw new ZipPartsError('encrypted part');
    if (size > maxBytes) throw new ZipPartsError(`part ${name} over ${maxBytes} bytes`);
    const start = dataStart(buf, local);
    if (start < 0) throw new ZipPartsError('bad local header');
    const data = buf.subarray(start, start + compressed);
    if (data.length !== compressed) throw new ZipPartsError('truncated part');
    if (method === 0) out.set(name, data);
    else if (method === 8) out.set(name, inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) }));
    else throw new ZipPartsError(`compression method ${method}`);
  }
  return out;
}

/** Limits on a package (DOCX) before any parser inflates it. */
export interface PackageLimits {
  /** Largest inflated XML part. */
  maxPartBytes: number;
  /** Largest inflated/compressed ratio of a part over `ratioFreeBytes`. */
  maxRatio: number;
  ratioFreeBytes: number;
}

/** Why the package must not be handed to a parser: entries sharing bytes, or a part over its limits. */
export type PackageProblem = { kind: 'overlap'; detail: string } | { kind: 'too_large'; detail: string };

/** XML parts: what mammoth inflates and parses (images and other media it does not read). */
const XML_PART = /\.(?:xml|rels)$/iu;

/**
 * Checks the central directory of a package held in memory: no two entries share bytes, and
 * every XML part inflates to at most its declared size, within the limits (inflated with a
 * bound, so a part that lies about its size costs no more than the limit). Throws ZipPartsError
 * when the directory cannot be read (the caller falls back to yauzl, then to the parser's own error).
 */
export function checkPackage(buf: Buffer, limits: PackageLimits): PackageProblem | null {
  const spans: EntrySpan[] = [];
  const parts: CentralRecord[] = [];
  for (const record of centralRecords(buf)) {
    const { name, nameLength, compressed, local } = record;
    spans.push({ name, start: local, end: local + 30 + nameLength + compressed });
    if (XML_PART.test(name)) parts.push(record);
  }
  const shared = overlapping(spans);
  if (shared !== null) return { kind: 'overlap', detail: `"${shared[0].name}" and "${shared[1].name}" share bytes` };
  for (const part of parts) {
    if (part.size > limits.maxPartBytes) return { kind: 'too_large', detail: `${part.name}: ${part.size} bytes > ${limits.maxPartBytes}` };
    if (part.size > limits.ratioFreeBytes && part.size > part.compressed * limits.maxRatio) {
      return { kind: 'too_large', detail: `${part.name}: compression ratio over ${limits.maxRatio}:1` };
    }
    const start = dataStart(buf, part.local);
    if (part.method !== 8 || start < 0) continue;
    try {
      inflateRawSync(buf.subarray(start, start + part.compressed), { maxOutputLength: Math.max(1, part.size) });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        return { kind: 'too_large', detail: `${part.name} inflates past its declared ${part.size} bytes` };
      }
      // A damaged part is the parser's to report.
    }
  }
  return null;
}
