/**
 * The files `zhibiao extract` reads and writes, checked before the batch starts so that
 * no run destroys a file without a word: the output format from `--out`'s extension (and
 * a mismatch with `--format` refused), an output that is one of the inputs refused, the
 * `FILE.partial` of an interrupted run kept unless `--resume` or `--force` says what to do
 * with it, and errors about output paths naming the path the user gave.
 */
import { access, constants, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { glob, hasMagic } from '../batch/glob.js';
import { DOCUMENT_EXTENSIONS, isDocumentName, type BatchInput } from '../batch/inputs.js';
import { journalPath, legacyJournalPath } from '../batch/journal.js';
import { sniffFormat } from '../ingest/sniff.js';
import { entries, entryName, openZip } from '../ingest/zip.js';
import { documentsFormat, encodeDocuments, type DocumentRow } from '../output/documents.js';
import { formatFromExtension, OUTPUT_FORMATS, type OutputFormat } from '../output/encoder.js';
import { partialPath, stagePath } from '../output/sink.js';
import { badChoice, choice, type CliIO } from './io.js';

/** The input (and `--out`) that means standard input (output). */
export const STDIN = '-';
/** `source` of the document read from stdin. */
export const STDIN_SOURCE = '<stdin>';

export type FormatChoice = { ok: true; format: OutputFormat } | { ok: false; message: string };

/**
 * The output format: `--format` (any case), else `--out`'s extension, else a table when
 * the records go to a terminal, else JSONL. A `--format` that contradicts the extension
 * is refused (`--format csv --out r.parquet`).
 */
export function outputFormat(flag: string | undefined, out: string | undefined, terminal: boolean): FormatChoice {
  const fromExt = out === undefined ? null : formatFromExtension(out);
  if (flag === undefined) return { ok: true, format: fromExt ?? (out === undefined && terminal ? 'table' : 'jsonl') };
  const format = choice(flag, OUTPUT_FORMATS);
  if (format === null) return { ok: false, message: badChoice('format', flag, OUTPUT_FORMATS) };
  if (fromExt !== null && fromExt !== format) {
    return { ok: false, message: `--format ${format} does not match --out ${out} (a ${extname(out ?? '')} file is ${fromExt}); drop one of them` };
  }
  return { ok: true, format };
}

const exists = (p: string): Promise<boolean> => stat(p).then(() => true, () => false);

/** Positional arguments as inputs: globs expanded (supported extensions only), `-` as the stdin document. */
export async function* cliInputs(args: readonly string[], stdin: BatchInput | null): AsyncIterable<BatchInput> {
  for (const arg of args) {
    if (arg === STDIN) {
      if (stdin) yield stdin;
    } else yield* expandArg(arg);
  }
}

/** The positional arguments with globs expanded, `-` left out (what `countDocuments` counts). */
export async function* expandArgs(args: readonly string[]): AsyncIterable<string> {
  for (const arg of args) if (arg !== STDIN) yield* expandArg(arg);
}

async function* expandArg(arg: string): AsyncIterable<string> {
  if (!hasMagic(arg) || (await exists(arg))) {
    yield arg;
    return;
  }
  const matches = (await glob(arg)).filter((p) => DOCUMENT_EXTENSIONS.has(extname(p).toLowerCase()));
  if (matches.length) yield* matches;
  else yield arg; // reported as not_found
}

/** Standard input, whole, as one document (a zip's entries when it is a zip archive). */
export async function readStdin(io: CliIO): Promise<BatchInput> {
  const stream: Readable = io.stdin ?? process.stdin;
  if ((stream as { isTTY?: boolean }).isTTY === true) io.stderr.write('zhibiao extract: reading the document from the terminal (end it with Ctrl-D)\n');
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  const bytes = Buffer.concat(chunks);
  return (await isArchive(bytes)) ? { source: STDIN_SOURCE, bytes, zip: true } : { source: STDIN_SOURCE, bytes };
}

/** A zip that is an archive of documents, not a DOCX (which is a zip too): no `word/document.xml` entry. */
async function isArchive(bytes: Buffer): Promise<boolean> {
  const format = sniffFormat(bytes);
  if (format !== 'zip' && format !== 'docx') return false;
  try {
    for await (const e of entries(await openZip(bytes))) if (entryName(e) === 'word/document.xml') return false;
    return true;
  } catch {
    return false; // not readable as a zip: let the parser say what it is
  }
}

export interface ExtractPaths {
  inputs: readonly string[];
  out?: string;
  errors?: string;
  documents?: string;
}

const inside = (dir: string, file: string): boolean => {
  const rel = relative(dir, file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
};

/** Why `path` cannot be written, naming it as the user gave it; null when it can. */
async function unwritable(option: string, path: string): Promise<string | null> {
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) return `cannot write ${option} ${path}: it is a directory`;
  const dir = dirname(path);
  const dirInfo = await stat(dir).catch(() => null);
  if (!dirInfo?.isDirectory()) return `cannot write ${option} ${path}: no directory ${dir}`;
  const ok = await access(dir, constants.W_OK).then(() => true, () => false);
  return ok ? null : `cannot write ${option} ${path}: permission denied in ${dir}`;
}

/** The files the inputs name, resolved (globs expanded). */
async function inputFiles(inputs: readonly string[]): Promise<{ files: string[]; dirs: string[] }> {
  const files: string[] = [];
  const dirs: string[] = [];
  for (const arg of inputs) {
    if (arg === STDIN) continue;
    for await (const p of expandArg(arg)) {
      const info = await stat(p).catch(() => null);
      if (info?.isDirectory()) dirs.push(resolve(p));
      else if (info) files.push(resolve(p));
    }
  }
  return { files, dirs };
}

/**
 * Checks every output path before the batch: writable, not an input, not one another;
 * `FILE.partial` from an interrupted run refused unless `resume` (continue it) or `force`
 * (removed here). A message naming the user's path, or null.
 */
export async function checkPaths(paths: ExtractPaths, how: { format: OutputFormat; resume: boolean; force: boolean }): Promise<string | null> {
  const outputs = (['out', 'errors', 'documents'] as const).flatMap((k) => (paths[k] !== undefined ? [[k, paths[k]] as const] : []));
  const seen = new Map<string, string>();
  const { files, dirs } = await inputFiles(paths.inputs);
  for (const [option, path] of outputs) {
    if (path === STDIN) return `--${option} cannot be - (stdout is for the records); give a file`;
    const full = resolve(path);
    const twin = seen.get(full);
    if (twin) return `--${option} ${path} is also ${twin}; give each output its own file`;
    seen.set(full, `--${option}`);
    if (files.includes(full)) return `--${option} ${path} is one of the inputs; it would be overwritten`;
    const holder = dirs.find((d) => inside(d, full));
    if (holder !== undefined && isDocumentName(path)) {
      return `--${option} ${path} is inside the input directory ${relative('.', holder) || '.'} and would be read as an input; write it elsewhere`;
    }
    const problem = await unwritable(`--${option}`, path);
    if (problem) return problem;
  }
  if (paths.out === undefined) return null;
  const partial = partialPath(paths.out);
  const left = (await exists(partial)) || (await exists(stagePath(paths.out)));
  if (!left || how.resume) return null;
  if (how.force) {
    for (const p of [partial, stagePath(paths.out), journalPath(paths.out), legacyJournalPath(paths.out)]) await rm(p, { force: true });
    return null;
  }
  const resumable = how.format === 'jsonl' ? 'add --resume to continue it, or --force to start over' : 'add --force to start over';
  return `${partial} is left from an interrupted run; ${resumable}`;
}

const ERRNO_WORDS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  EDQUOT: 'disk quota exceeded',
};

/** A file-system error during the batch, said about the path the user gave (not `FILE.partial`). */
export function pathProblem(e: unknown, paths: ExtractPaths): string | null {
  const err = e as NodeJS.ErrnoException;
  if (typeof err?.code !== 'string' || typeof err.path !== 'string') return null;
  const full = resolve(err.path);
  for (const k of ['out', 'errors', 'documents'] as const) {
    const p = paths[k];
    if (p === undefined) continue;
    const mine = [p, partialPath(p), stagePath(p), journalPath(p), `${journalPath(p)}.tmp`].map((x) => resolve(x));
    if (mine.includes(full)) return `cannot write --${k} ${p}: ${ERRNO_WORDS[err.code] ?? err.code}`;
  }
  return null;
}

/** Writes the `--documents` file (via FILE.partial); an error message naming it, or null. */
export async function writeDocuments(path: string, rows: readonly DocumentRow[]): Promise<string | null> {
  const partial = partialPath(path);
  try {
    await writeFile(partial, encodeDocuments(rows, documentsFormat(path)));
    await rename(partial, path);
    return null;
  } catch (e) {
    return pathProblem(e, { inputs: [], documents: path }) ?? `cannot write --documents ${path}: ${(e as Error).message}`;
  }
}
