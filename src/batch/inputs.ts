/**
 * Turning what the user gave into documents, lazily: a file is one document, a directory
 * its supported files (recursive, sorted), a zip its entries (`a.zip!path/in/archive`).
 * An unreadable input becomes an error item, never an exception.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import iconv from 'iconv-lite';
import { DocumentError } from '../errors.js';
import { readArchive } from '../ingest/archive.js'; // not index.js: keeps the parsers out of the main thread
import { DEFAULT_MAX_BYTES, fsError, refusal } from '../ingest/read.js';

/** What a caller may pass: a path (file, directory or zip), or bytes with a name. */
export type BatchInput = string | { source: string; bytes: Buffer | Uint8Array; /** The bytes are a zip archive whatever `source` says (stdin). */ zip?: boolean };

/** One document to extract, or the error that stands in for it. */
export type WorkItem =
  | { kind: 'path'; source: string; path: string }
  | { kind: 'bytes'; source: string; bytes: Buffer | Uint8Array }
  | { kind: 'error'; source: string; error: DocumentError };

/** Extensions a directory walk picks up (a file named explicitly is always tried). */
export const DOCUMENT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.html', '.htm', '.docx', '.pdf', '.zip']);

export const isZipPath = (p: string): boolean => extname(p).toLowerCase() === '.zip';

/** Whether a file (in a directory or an archive) has a name a batch reads; others are reported as skipped. */
export const isDocumentName = (name: string): boolean => DOCUMENT_EXTENSIONS.has(extname(name).toLowerCase());

/** Called for each file a directory walk or an archive holds but a batch does not read. */
export type OnIgnored = (source: string) => void;

/** A file found in a directory: its name for people (`source`) and the path to open. */
export interface FoundFile {
  source: string;
  /** A Buffer when the name on disk is not UTF-8 (GBK bytes, as `unzip` leaves Windows archives). */
  path: string | Buffer;
}

const SLASH = Buffer.from('/');
const joinPath = (dir: Buffer, name: Buffer): Buffer => Buffer.concat(dir.at(-1) === SLASH[0] ? [dir, name] : [dir, SLASH, name]);

/** A file name from disk as text: UTF-8 when it is valid UTF-8, else GB18030 (a superset of GBK). */
export function decodeName(bytes: Buffer): { text: string; utf8: boolean } {
  const text = bytes.toString('utf8');
  if (Buffer.from(text, 'utf8').equals(bytes)) return { text, utf8: true };
  return { text: iconv.decode(bytes, 'gb18030'), utf8: false };
}

/**
 * A directory's supported files, recursive, sorted by name at each level (depth first).
 * Only regular files are taken (a FIFO would block its reader forever; symbolic links are
 * not followed); a subdirectory that cannot be read becomes an error item, and the walk goes on.
 * Names that are not UTF-8 are decoded as GB18030 for `source` and opened by their bytes;
 * files that are not supported documents are reported to `onIgnored`.
 */
export async function* walkDirectory(dir: string | Buffer, onIgnored?: OnIgnored): AsyncIterable<FoundFile | WorkItem> {
  const root = typeof dir === 'string' ? Buffer.from(dir) : dir;
  const names: { name: Buffer; dir: boolean }[] = [];
  try {
    for (const e of await readdir(root, { withFileTypes: true, encoding: 'buffer' })) {
      const name = e.name as Buffer;
      if (name[0] === 0x2e) continue; // dot files
      if (e.isDirectory()) names.push({ name, dir: true });
      else if (!e.isFile()) continue;
      else if (isDocumentName(decodeName(name).text)) names.push({ name, dir: false });
      else onIgnored?.(decodeName(joinPath(root, name)).text);
    }
  } catch (cause) {
    const source = decodeName(root).text;
    const error = fsError(cause, source);
    yield { kind: 'error', source, error: new DocumentError(error.code, `cannot read directory: ${error.message}`, source) };
    return;
  }
  names.sort((a, b) => Buffer.compare(a.name, b.name));
  for (const n of names) {
    const p = joinPath(root, n.name);
    if (n.dir) yield* walkDirectory(p, onIgnored);
    else {
      const { text, utf8 } = decodeName(p);
      yield { source: text, path: utf8 ? text : p };
    }
  }
}

/** A file as a work item: stat'ed first, so that what cannot or must not be read is refused unread. */
async function fileItem(path: string): Promise<WorkItem> {
  try {
    const refused = refusal(await stat(path), path, DEFAULT_MAX_BYTES);
    return refused ? { kind: 'error', source: path, error: refused } : { kind: 'path', source: path, path };
  } catch (cause) {
    return { kind: 'error', source: path, error: fsError(cause, path) };
  }
}

/**
 * A file whose name is not UTF-8, read here (worker threads open paths given as strings),
 * stat'ed first like any other file.
 */
async function* bytesOf(f: FoundFile, onIgnored?: OnIgnored): AsyncIterable<WorkItem> {
  try {
    const refused = refusal(await stat(f.path), f.source, DEFAULT_MAX_BYTES);
    if (refused) yield { kind: 'error', source: f.source, error: refused };
    else yield* expandInput({ source: f.source, bytes: await readFile(f.path) }, onIgnored);
  } catch (cause) {
    yield { kind: 'error', source: f.source, error: fsError(cause, f.source) };
  }
}

/** A zip's entries as work items; an archive that cannot be opened is one error item. */
export async function* zipItems(source: string, input: string | Buffer, onIgnored?: OnIgnored): AsyncIterable<WorkItem> {
  try {
    for await (const entry of readArchive(input, { source })) {
      const entrySource = `${source}!${entry.path}`;
      if (!isDocumentName(entry.path)) onIgnored?.(entrySource);
      else if ('error' in entry) {
        const { code, message } = entry.error;
        yield { kind: 'error', source: entrySource, error: new DocumentError(code, message, entrySource) };
      } else yield { kind: 'bytes', source: entrySource, bytes: entry.bytes };
    }
  } catch (cause) {
    const error =
      cause instanceof DocumentError
        ? new DocumentError(cause.code, cause.message, source)
        : new DocumentError('corrupt', `cannot read archive: ${String((cause as Error)?.message ?? cause)}`, source);
    yield { kind: 'error', source, error };
  }
}

/** Expands one input into work items. */
export async function* expandInput(input: BatchInput, onIgnored?: OnIgnored): AsyncIterable<WorkItem> {
  if (typeof input !== 'string') {
    if (input.zip === true || isZipPath(input.source)) yield* zipItems(input.source, Buffer.from(input.bytes), onIgnored);
    else yield { kind: 'bytes', source: input.source, bytes: input.bytes };
    return;
  }
  let info;
  try {
    info = await stat(input);
  } catch (cause) {
    const error = fsError(cause, input);
    const message = error.code === 'not_found' ? 'no such file or directory' : error.message;
    yield { kind: 'error', source: input, error: new DocumentError(error.code, message, input) };
    return;
  }
  if (info.isDirectory()) {
    for await (const f of walkDirectory(input, onIgnored)) {
      if ('kind' in f) yield f;
      else if (typeof f.path !== 'string') yield* bytesOf(f, onIgnored);
      else if (isZipPath(f.path)) yield* zipItems(f.source, f.path, onIgnored);
      else yield await fileItem(f.path);
    }
  } else if (!info.isFile()) {
    yield { kind: 'error', source: input, error: refusal(info, input, DEFAULT_MAX_BYTES)! };
  } else if (isZipPath(input)) yield* zipItems(input, input, onIgnored);
  else yield await fileItem(input);
}

/** Expands every input, in order. */
export async function* expandInputs(inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>, onIgnored?: OnIgnored): AsyncIterable<WorkItem> {
  for await (const input of inputs) yield* expandInput(input, onIgnored);
}
