/**
 * Error helpers: every failure leaves ingestion as a DocumentError with a code,
 * the source name, and the library exception as `cause`.
 */
import { DocumentError, type ErrorCode } from '../errors.js';
import { ANY_WHITESPACE_RUN, PARSER_LEVEL_TAG, PARSER_LOCATOR, RESOURCE_EXHAUSTED } from './patterns.js';

export { DocumentError };

/** Messages by code (detection apart from wording). */
export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  unsupported_format: 'not a supported document format',
  empty: 'the document is empty',
  corrupt: 'the document is damaged or truncated',
  encrypted: 'the document is password-protected',
  no_text_layer: 'the PDF has pages but no text layer (scanned?)',
  too_large: 'the document is larger than the limit',
  decode_failed: 'the text could not be decoded',
  unsafe_path: 'the archive entry path escapes the archive',
  nested_archive: 'archives inside archives are not unpacked',
  not_found: 'no such file',
  timeout: 'the document took longer than the time limit',
  overlapping_entries: 'the archive has entries that share bytes (a zip bomb)',
  permission_denied: 'the file cannot be read (permission denied)',
  internal: 'internal error',
};

/** Longest detail kept in a message. */
export const MAX_DETAIL_CHARS = 300;

/** A detail for a message: one line, without parser positions and level tags, at most MAX_DETAIL_CHARS. */
export function cleanDetail(detail: string): string {
  const line = detail.replace(PARSER_LOCATOR, ' ').replace(PARSER_LEVEL_TAG, ' ').replace(ANY_WHITESPACE_RUN, ' ').trim();
  return line.length > MAX_DETAIL_CHARS ? `${line.slice(0, MAX_DETAIL_CHARS - 1)}…` : line;
}

export function docError(code: ErrorCode, source: string, detail?: string, cause?: unknown): DocumentError {
  const message = detail === undefined ? ERROR_MESSAGES[code] : `${ERROR_MESSAGES[code]}: ${cleanDetail(detail)}`;
  return cause === undefined ? new DocumentError(code, message, source) : new DocumentError(code, message, source, { cause });
}

/** The message of an unknown thrown value. */
export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The `name` of an unknown thrown value (pdf.js exceptions are told apart by name). */
export function nameOf(err: unknown): string {
  return err instanceof Error ? err.name : '';
}

/**
 * A parser's exception as a DocumentError about the file: an engine limit (a string or array
 * too long, a stack too deep) is `too_large`; anything else the parser threw on these bytes is `corrupt`.
 */
export function parserError(err: unknown, source: string, what: string): DocumentError {
  if (err instanceof DocumentError) return err;
  const message = messageOf(err);
  if (err instanceof RangeError && RESOURCE_EXHAUSTED.test(message)) return docError('too_large', source, `too large or too deeply nested to read (${message})`, err);
  return docError('corrupt', source, `${what}: ${message}`, err);
}
