/**
 * Locators: where each record's figure stands in the file the user holds. The figure's
 * characters in the document text (`sourceSpan`) are aligned with the file's own text
 * (align.ts), then told in the file's terms: an offset range of the decoded HTML source,
 * a DOCX paragraph or table cell and an offset, a PDF page and boxes, a line and column
 * of a text file. For text files `sourceSpan` itself is moved onto the input as decoded,
 * through whatever ingest did to whitespace.
 */
import { decodeText } from '../ingest/decode.js';
import type { ParsedDocument } from '../ingest/types.js';
import type { IndicatorRecord, Locator } from '../schema.js';
import { alignInOrder, alignSpans, type Stream } from './align.js';
import { docxLocator, docxText } from './docx.js';
import { htmlStream } from './html.js';
import { keptDecoded, keptPdfPages } from './kept.js';
import { pdfLocator, pdfText } from './pdf.js';
import { lineStarts, textLocator, textStream } from './text.js';

export { alignInOrder, alignSpans, bestOccurrence, StreamBuilder, type Stream } from './align.js';
export { docxText, type DocxUnit } from './docx.js';
export { htmlStream } from './html.js';
export { keepDecoded, keepPdfPages } from './kept.js';
export { glyphBox, pdfText } from './pdf.js';
export { lineStarts, textStream } from './text.js';

/** Largest document.xml read for DOCX locators. */
export const MAX_DOCUMENT_XML_BYTES = 200 * 1024 * 1024;

export interface LocateOptions {
  source: string;
  password?: string;
}

/** How one format turns a figure's stream range into its locator (and, for text, its new sourceSpan). */
interface Locating {
  /** The file's text, built only when the fast way does not apply. */
  stream: () => Stream;
  /** Text files: the input, for the walk that maps through whitespace alone. */
  input?: string;
  locator: (start: number, end: number) => Locator | null;
  /** Text files: sourceSpan moves onto the input. */
  moveSpan: boolean;
}

async function documentXml(bytes: Buffer): Promise<string> {
  const { readPartsSync } = await import('../ingest/zip-parts.js');
  let parts: Map<string, Buffer>;
  try {
    parts = readPartsSync(bytes, ['word/document.xml'], MAX_DOCUMENT_XML_BYTES);
  } catch {
    const { readParts } = await import('../ingest/zip.js');
    parts = await readParts(bytes, ['word/document.xml'], MAX_DOCUMENT_XML_BYTES);
  }
  return parts.get('word/document.xml')?.toString('utf8') ?? '';
}

async function locating(bytes: Buffer, doc: ParsedDocument, options: LocateOptions): Promise<Locating> {
  switch (doc.format) {
    case 'text': {
      const input = keptDecoded(doc) ?? decodeText(bytes, options.source, false).text;
      const starts = lineStarts(input);
      return { stream: () => textStream(input), input, locator: (start) => textLocator(starts, start), moveSpan: true };
    }
    case 'html': {
      const html = keptDecoded(doc) ?? decodeText(bytes, options.source, true).text;
      return { stream: () => htmlStream(html), locator: (start, end) => ({ format: 'html', htmlSpan: [start, end] }), moveSpan: false };
    }
    case 'docx': {
      const { units, stream } = docxText(await documentXml(bytes));
      return { stream: () => stream, locator: (start, end) => docxLocator(units, start, end), moveSpan: false };
    }
    case 'pdf': {
      let pages = keptPdfPages(doc);
      if (pages === undefined) {
        const { readPdfPages } = await import('../ingest/pdf.js');
        pages = await readPdfPages(bytes, options.source, options.password === undefined ? {} : { password: options.password });
      }
      const { items, stream } = pdfText(pages);
      return { stream: () => stream, locator: (start, end) => pdfLocator(items, start, end), moveSpan: false };
    }
  }
}

/** Spans of the document text as [start, end) in the file's coordinates, by searching the file's text. */
function streamSpans(text: string, spans: ReadonlyArray<readonly [number, number]>, stream: Stream): Array<[number, number] | null> {
  return alignSpans(text, spans, stream).map((at) => (at === null ? null : [stream.start[at[0]]!, stream.end[at[1]]!]));
}

/** The records with `locator` set (null where the figure is not found in the file); never throws. */
export async function locateRecords(bytes: Buffer, doc: ParsedDocument, records: readonly IndicatorRecord[], options: LocateOptions): Promise<IndicatorRecord[]> {
  let how: Locating;
  try {
    how = await locating(bytes, doc, options);
  } catch {
    return records.map((r) => ({ ...r, locator: null }));
  }
  const order = records.map((_, i) => i).sort((a, b) => records[a]!.sourceSpan[0] - records[b]!.sourceSpan[0]);
  const spans = order.map((i) => records[i]!.sourceSpan);
  const found = (how.input === undefined ? null : alignInOrder(doc.text, spans, how.input)) ?? streamSpans(doc.text, spans, how.stream());
  const out = records.slice();
  order.forEach((i, k) => {
    const r = records[i]!;
    const at = found[k];
    if (at === null || at === undefined) {
      out[i] = { ...r, locator: null };
      return;
    }
    const [start, end] = at;
    out[i] = { ...r, ...(how.moveSpan ? { sourceSpan: [start, end] as [number, number] } : {}), locator: how.locator(start, end) };
  });
  return out;
}
