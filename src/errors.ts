/**
 * Errors as values with a `code`. Kept apart from the zod schemas so that the extraction
 * path (and every worker thread) does not load zod.
 */
export const ERROR_CODES = [
  'unsupported_format',
  'empty',
  'corrupt',
  'encrypted',
  'no_text_layer',
  'too_large',
  'decode_failed',
  'unsafe_path',
  'nested_archive',
  'not_found',
  'timeout',
  'overlapping_entries',
  'permission_denied',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface DocumentErrorInfo {
  source: string;
  code: ErrorCode;
  message: string;
}

/** An error as a value with a `code`; thrown only by the low-level `parseDocument`. */
export class DocumentError extends Error {
  override readonly name = 'DocumentError';
  readonly code: ErrorCode;
  readonly source: string;
  constructor(code: ErrorCode, message: string, source = '', options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.source = source;
  }
  toJSON(): DocumentErrorInfo {
    return { source: this.source, code: this.code, message: this.message };
  }
}

/** Exception class names a parser puts in its messages (`InvalidPDFException: `), which mean nothing to a user. */
const CLASS_NAME = /\b[A-Z][A-Za-z]*(?:Exception|Error)\b:?\s*/g;

/** A message for people: parser class names taken out. */
export const cleanMessage = (message: string): string => message.replace(CLASS_NAME, '').trim() || message;
