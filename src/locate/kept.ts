/** What a parser read that locating needs again, kept beside the parsed document (so nothing is decoded or read twice). */
import type { PdfPage } from '../ingest/pdf-lines.js';
import type { ParsedDocument } from '../ingest/types.js';

const pdfPages = new WeakMap<ParsedDocument, readonly PdfPage[]>();

export function keepPdfPages(doc: ParsedDocument, pages: readonly PdfPage[]): ParsedDocument {
  pdfPages.set(doc, pages);
  return doc;
}

export function keptPdfPages(doc: ParsedDocument): readonly PdfPage[] | undefined {
  return pdfPages.get(doc);
}

const decoded = new WeakMap<ParsedDocument, string>();

/** The decoded input of a text or HTML document. */
export function keepDecoded(doc: ParsedDocument, text: string): ParsedDocument {
  decoded.set(doc, text);
  return doc;
}

export function keptDecoded(doc: ParsedDocument): string | undefined {
  return decoded.get(doc);
}
