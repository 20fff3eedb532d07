/**
 * Reading a document from disk: stat first, so that what is not a regular file (a FIFO
 * would block the read forever) and what is over the size limit are refused without
 * reading a byte; file-system failures get their own codes.
 */
import { readFile, stat } from 'node:fs/promises';
import { DocumentError, type ErrorCode } from '../errors.js';
import { docError, messageOf } from './errors.js';

/** Default size limit of one document: 50 MiB. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** The code for a failed file-system call, from its errno code. */
export function fsErrorCode(err: unknown): ErrorCode {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP' || code === 'ENAMETOOLONG') return 'not_found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission_denied';
  if (code === 'EISDIR') return 'unsupported_format';
  if (code === 'ERR_FS_FILE_TOO_LARGE') return 'too_large';
  return 'internal';
}

/** A DocumentError for a failed file-system call on `path`. */
export function fsError(err: unknown, path: string): DocumentError {
  if (err instanceof DocumentError) return err;
  const code = fsErrorCode(err);
  return docError(code, path, code === 'not_found' ? undefined : messageOf(err), err);
}

/** Why `path` (already stat'ed) is not read: not a regular file, or over `maxBytes`; null when it may be. */
export function refusal(st: { isFile(): boolean; isDirectory(): boolean; size: number }, path: string, maxBytes: number): DocumentError | null {
  if (st.isDirectory()) return docError('unsupported_format', path, 'a directory, not a file');
  if (!st.isFile()) return docError('unsupported_format', path, 'not a regular file (a FIFO, socket or device)');
  if (st.size > maxBytes) return docError('too_large', path, `${st.size} bytes > ${maxBytes}`);
  return null;
}

/** The bytes of the file at `path`; throws a DocumentError (`not_found`, `permission_denied`, `too_large`, …). */
export async function readDocumentFile(path: string, maxBytes: number = DEFAULT_MAX_BYTES): Promise<Buffer> {
  try {
    const st = await stat(path);
    const refused = refusal(st, path, maxBytes);
    if (refused) throw refused;
    const bytes = await readFile(path);
    // The file may have grown between stat and read.
    if (bytes.length > maxBytes) throw docError('too_large', path, `${bytes.length} bytes > ${maxBytes}`);
    return bytes;
  } catch (err) {
    throw fsError(err, path);
  }
}
