/**
 * parseDocument(): bytes or a path in, one ParsedDocument out. Sniffs the format
 * from the bytes (the name is only a hint) and hands over to the format parser.
 */
import type { DocumentFormat, ParsedDocument, ParseOptions } from './types.js';
import { docError, parserError } from './errors.js';
import { DEFAULT_MAX_BYTES, readDocumentFile } from './read.js';
import { formatFromName, isEncryptedOoxml, isOle, sniffFormat } from './sniff.js';
import { parsePlain } from './plain.js';

// The format parsers are loaded the first time a document of their format arrives: each
// pulls in a large library (cheerio, mammoth, pdf.js), and a worker that only ever sees
// text or HTML should not carry the others.
const loadHtml = () => import('./html.js');
const loadDocx = () => import('./docx.js');
const loadPdf = () => import('./pdf.js');

export { DEFAULT_MAX_BYTES };

/**
 * Decide the format. The bytes decide; the name only breaks ties. A file named
 * `.docx` or `.pdf` whose bytes are not that format is `corrupt` (the user said
 * what it is, and it is not), rather than being read as something else.
 */
export function decideFormat(buf: Buffer, source: string): DocumentFormat {
  const sniffed = sniffFormat(buf);
  const hinted = formatFromName(source);
  if (isEncryptedOoxml(buf)) throw docError('encrypted', source, 'a password-protected Office file');
  if ((hinted === 'docx' || hinted === 'pdf') && sniffed !== hinted && sniffed !== 'zip') {
    throw docError('corrupt', source, `named .${hinted} but the bytes are not a ${hinted.toUpperCase()} file`);
  }
  if (sniffed === 'zip') throw docError('unsupported_format', source, 'a zip archive that is not a Word document (use readArchive)');
  if (sniffed === null) throw docError('unsupported_format', source, isOle(buf) ? 'a legacy Office (OLE) file' : 'binary data');
  if (sniffed === 'text' && hinted === 'html') return 'html';
  return sniffed;
}

export async function parseDocument(input: string | Buffer | Uint8Array, options: ParseOptions = {}): Promise<ParsedDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const source = options.source ?? (typeof input === 'string' ? input : '');
  const buf =
    typeof input === 'string'
      ? await readDocumentFile(input, maxBytes)
      : Buffer.isBuffer(input)
        ? input
        : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (buf.length > maxBytes) throw docError('too_large', source, `${buf.length} bytes > ${maxBytes}`);
  if (buf.length === 0) throw docError('empty', source, '0 bytes');
  const format = decideFormat(buf, source);
  try {
    switch (format) {
      case 'pdf':
        return await (await loadPdf()).parsePdf(buf, source, options.password === undefined ? {} : { password: options.password });
      case 'docx':
        return await (await loadDocx()).parseDocx(buf, source);
      case 'html':
        return (await loadHtml()).parseHtml(buf, source);
      case 'text':
        return parsePlain(buf, source);
    }
  } catch (err) {
    throw parserError(err, source, `the ${format.toUpperCase()} could not be parsed`);
  }
}
