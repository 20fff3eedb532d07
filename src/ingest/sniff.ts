/**
 * Format sniffing from the bytes; the file extension is only a hint.
 */
import type { DocumentFormat } from './types.js';
import { FILE_EXTENSION, HTML_START } from './patterns.js';
import { bomEncoding, looksBinary } from './decode.js';

export type SniffedFormat = DocumentFormat | 'zip';

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const DOCX_MAIN_PART = Buffer.from('word/document.xml', 'latin1');
const OLE_ENCRYPTED_PACKAGE = Buffer.from('E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0', 'latin1');

/** How far into the file `%PDF-` may start (some generators put junk first). */
export const PDF_MAGIC_WINDOW = 1024;
/** Bytes looked at for an HTML start. */
export const HTML_SNIFF_CHARS = 1024;

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

function startsWith(buf: Buffer, magic: Buffer): boolean {
  return buf.length >= magic.length && buf.subarray(0, magic.length).equals(magic);
}

export function isPdf(buf: Buffer): boolean {
  const i = buf.subarray(0, PDF_MAGIC_WINDOW).indexOf(PDF_MAGIC);
  return i >= 0;
}

export function isZip(buf: Buffer): boolean {
  return startsWith(buf, ZIP_MAGIC) || startsWith(buf, EMPTY_ZIP_MAGIC);
}

/** An OLE2 compound file (old .doc/.xls, or an encrypted OOXML file). */
export function isOle(buf: Buffer): boolean {
  return startsWith(buf, OLE_MAGIC);
}

/** An OLE2 file that wraps an encrypted OOXML package (a password-protected .docx). */
export function isEncryptedOoxml(buf: Buffer): boolean {
  return isOle(buf) && buf.indexOf(OLE_ENCRYPTED_PACKAGE) >= 0;
}

/** Whether the text after BOM and whitespace opens like HTML. */
export function looksLikeHtml(buf: Buffer): boolean {
  const bom = bomEncoding(buf);
  let head: string;
  // An even number of bytes: a UTF-16 file of odd length has a stray last byte (swap16 refuses odd lengths).
  const utf16End = 2 + Math.min(HTML_SNIFF_CHARS * 2, Math.max(0, buf.length - 2) & ~1);
  if (bom?.encoding === 'utf-16le') head = buf.subarray(2, utf16End).toString('utf16le');
  else if (bom?.encoding === 'utf-16be') head = Buffer.from(buf.subarray(2, utf16End)).swap16().toString('utf16le');
  else head = buf.subarray(bom?.length ?? 0, HTML_SNIFF_CHARS).toString('latin1');
  return HTML_START.test(head.trimStart());
}

/**
 * The format the bytes are in: `pdf`, `docx` (a zip holding `word/document.xml`),
 * `zip` (any other zip), `html`, `text`, or null for anything else (binary junk).
 */
export function sniffFormat(bytes: Uint8Array): SniffedFormat | null {
  const buf = toBuffer(bytes);
  if (buf.length === 0) return null;
  if (isPdf(buf)) return 'pdf';
  if (isZip(buf)) return buf.indexOf(DOCX_MAIN_PART) >= 0 ? 'docx' : 'zip';
  if (isOle(buf)) return null;
  if (looksLikeHtml(buf)) return 'html';
  if (bomEncoding(buf) !== null || !looksBinary(buf)) return 'text';
  return null;
}

/** The format a file name suggests, or null. */
export function formatFromName(name: string): SniffedFormat | null {
  const ext = FILE_EXTENSION.exec(name)?.[1]?.toLowerCase();
  switch (ext) {
    case 'pdf':
      return 'pdf';
    case 'docx':
    case 'docm':
      return 'docx';
    case 'htm':
    case 'html':
    case 'xhtml':
    case 'shtml':
      return 'html';
    case 'txt':
    case 'text':
    case 'md':
      return 'text';
    case 'zip':
      return 'zip';
    default:
      return null;
  }
}
