/**
 * Turning what the user gave into documents, lazily: a file is one document, a directory
 * its supported files (recursive, sorted), a zip its entries (`a.zip!path/in/archive`).
 * An unreadable input becomes an error item, never an exception.
 */
import { opendir, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { DocumentError } from '../errors.js';
import { readArchive } from '../ingest/archive.js'; // not index.js: keeps the parsers out of the main thread
import { DEFAULT_MAX_BYTES, fsError, refusal } from '../ingest/read.js';

/** What a caller may pass: a path (file, directory or zip), or bytes with a name. */
export type BatchInput = string | { source: string; bytes: Buffer | Uint8Array };

/** One document to extract, or the error that stands in for it. */
export type WorkItem =
  | { kind: 'path'; source: string; path: string }
  | { kind: 'bytes'; source: string; bytes: Buffer | Uint8Array }
  | { kind: 'error'; source: string; error: DocumentError };

/** Extensions a directory walk picks up (a file named explicitly is always tried). */
export const DOCUMENT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.html', '.htm', '.docx', '.pdf', '.zip']);

export const isZipPath = (p: string): boolean => extname(p).toLowerCase() === '.zip';

const joinPath = (dir: string, name: string): string => (dir.endsWith('/') ? dir + name : `${dir}/${name}`);

/**
 * A directory's supported files, recursive, sorted by name at each level (depth first).
 * Only regular files are taken (a FIFO would block its reader forever; symbolic links are
 * not followed); a subdirectory that cannot be read becomes an error item, and the walk goes on.
 */
export async function* walkDirectory(dir: string): AsyncIterable<string | WorkItem> {
  const names: { name: string; dir: boolean }[] = [];
  try {
    for await (const e of await opendir(dir)) {
      if (e.name.startsWith('.')) continue;
      if (e.isDirectory()) names.push({ name: e.name, dir: true });
      else if (e.isFile() && DOCUMENT_EXTENSIONS.has(extname(e.name).toLowerCase())) names.push({ name: e.name, dir: false });
    }
  } catch (cause) {
    const error = fsError(cause, dir);
    yield { kind: 'error', source: dir, error: new DocumentError(error.code, `cannot read directory: ${error.message}`, dir) };
    return;
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const n of names) {
    const p = joinPath(dir, n.name);
    if (n.dir) yield* walkDirectory(p);
    else yield p;
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

/** A zip's entries as work items; an archive that cannot be opened is one error item. */
export async function* zipItems(source: string, input: string | Buffer): AsyncIterable<WorkItem> {
  try {
    for await (const entry of readArchive(input, { source })) {
      const entrySource = `${source}!${entry.path}`;
      if ('error' in entry) {
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
export async function* expandInput(input: BatchInput): AsyncIterable<WorkItem> {
  if (typeof input !== 'string') {
    if (isZipPath(input.source)) yield* zipItems(input.source, Buffer.from(input.bytes));
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
    for await (const p of walkDirectory(input)) {
      if (typeof p !== 'string') yield p;
      else if (isZipPath(p)) yield* zipItems(p, p);
      else yield await fileItem(p);
    }
  } else if (!info.isFile()) {
    yield { kind: 'error', source: input, error: refusal(info, input, DEFAULT_MAX_BYTES)! };
  } else if (isZipPath(input)) yield* zipItems(input, input);
  else yield await fileItem(input);
}

/** Expands every input, in order. */
export async function* expandInputs(inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>): AsyncIterable<WorkItem> {
  for await (const input of inputs) yield* expandInput(input);
}
