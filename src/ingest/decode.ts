/**
 * Bytes → string for HTML and plain text: BOM, then a declared charset (HTML only),
 * then chardet, with checks that the bytes are plausibly text at all.
 */
import iconv from 'iconv-lite';
import chardet from 'chardet';
import { META_CHARSET } from './patterns.js';
import { docError } from './errors.js';

/** Labels that all mean "GBK family"; gb18030 is a superset that decodes them all. */
export const GB_LABELS: ReadonlySet<string> = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'ms936', 'windows-936', 'euc-cn', 'csgb2312', 'gb_2312-80', 'chinese', 'iso-ir-58']);

/** Labels mapped to a canonical encoding name. */
export const LABEL_ALIASES: Readonly<Record<string, string>> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  big5: 'big5',
  'big5-hkscs': 'big5',
  'x-x-big5': 'big5',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'iso-8859-1': 'windows-1252',
  'us-ascii': 'utf-8',
  ascii: 'utf-8',
};

/** Share of control bytes (other than tab/CR/LF/FF/ESC) above which bytes are binary. */
export const MAX_CONTROL_RATIO = 0.01;
/** Share of U+FFFD after decoding above which decoding failed. */
export const MAX_REPLACEMENT_RATIO = 0.05;
/** Bytes looked at for the binary check and for `<meta charset>`. */
export const SNIFF_BYTES = 8192;
export const META_SNIFF_BYTES = 2048;

/** Canonical encoding name for a label, or null if iconv-lite cannot decode it. */
export function canonicalEncoding(label: string): string | null {
  const l = label.trim().toLowerCase();
  if (GB_LABELS.has(l)) return 'gb18030';
  const alias = LABEL_ALIASES[l];
  if (alias !== undefined) return alias;
  return iconv.encodingExists(l) ? l : null;
}

/** The encoding a BOM announces, with the BOM length. */
export function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Whether the first bytes look binary (NULs and control bytes), for BOM-less input. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  if (n === 0) return false;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  return controls / n > MAX_CONTROL_RATIO;
}

/** The charset an HTML page declares in its first 2 KB (latin1 view), canonicalised. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_SNIFF_BYTES)).toString('latin1');
  const lower = head.toLowerCase();
  for (let at = lower.indexOf('<meta'); at >= 0; at = lower.indexOf('<meta', at + 5)) {
    const end = lower.indexOf('>', at);
    const m = META_CHARSET.exec(head.slice(at, end < 0 ? head.length : end));
    if (m?.[1] !== undefined) return canonicalEncoding(m[1]);
  }
  return null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Best guess when nothing is declared: valid UTF-8 wins, then chardet, then gb18030. */
export function guessEncoding(bytes: Uint8Array): string {
  if (isValidUtf8(bytes)) return 'utf-8';
  const detected = chardet.detect(bytes.subarray(0, 64 * 1024));
  const canon = detected === null ? null : canonicalEncoding(detected);
  if (canon !== null && canon !== 'utf-8' && canon !== 'windows-1252' && !canon.startsWith('iso-8859')) return canon;
  return 'gb18030';
}

function replacementRatio(s: string): number {
  if (s.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 0xfffd) bad++;
  return bad / s.length;
}

export interface Decoded {
  text: string;
  encoding: string;
}

/**
 * Decode bytes as text. `html` also honours `<meta charset>`. Throws
 * `unsupported_format` for binary bytes and `decode_failed` when the result is mostly U+FFFD.
 */
export function decodeText(bytes: Uint8Array, source: string, html: boolean): Decoded {
  const bom = bomEncoding(bytes);
  if (bom === null && looksBinary(bytes)) throw docError('unsupported_format', source, 'binary data, not text');
  const body = bom === null ? bytes : bytes.subarray(bom.length);
  const declared = bom === null && html ? declaredCharset(bytes) : null;
  let encoding = bom?.encoding ?? declared ?? guessEncoding(body);
  // A page that declares UTF-8 but is not (or the reverse) is common; trust the bytes.
  if (declared === 'utf-8' && !isValidUtf8(body)) encoding = guessEncoding(body);
  let text: string;
  try {
    text = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.length), encoding);
  } catch (err) {
    throw docError('decode_failed', source, `cannot decode as ${encoding}`, err);
  }
  if (replacementRatio(text) > MAX_REPLACEMENT_RATIO) throw docError('decode_failed', source, `too many invalid ${encoding} sequences`);
  return { text, encoding };
}
