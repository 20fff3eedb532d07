/**
 * Error helpers: every failure leaves ingestion as a DocumentError with a code,
 * the source name, and the library exception as `cause`.
 */
import { DocumentError, type ErrorCode } from '../errors.js';

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

export function docError(code: ErrorCode, source: string, detail?: string, cause?: unknown): DocumentError {
  const message = detail === undefined ? ERROR_MESSAGES[code] : `${ERROR_MESSAGES[code]}: ${detail}`;
  return cause === undefined ? new DocumentError(code, message, source) : new DocumentError(code, message, source, { cause });
}

/** Re-throw DocumentErrors as they are; wrap anything else with `code`. */
export function wrapError(err: unknown, code: ErrorCode, source: string): DocumentError {
  if (err instanceof DocumentError) return err;
  const detail = err instanceof Error ? err.message : String(err);
  return docError(code, source, detail, err);
}

/** The message of an unknown thrown value. */
export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The `name` of an unknown thrown value (pdf.js exceptions are told apart by name). */
export function nameOf(err: unknown): string {
  return err instanceof Error ? err.name : '';
}
