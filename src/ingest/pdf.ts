/**
 * PDF through pdf-parse v2 (pdf.js): positioned text items in content-stream
 * order → lines per page → layout (pdf-layout.ts) → blocks.
 */
import { PDFParse } from 'pdf-parse';
import type { ParsedDocument } from './types.js';
import { assemble } from './blocks.js';
import { docError, messageOf, nameOf } from './errors.js';
import { buildLines, type PdfItem, type PdfPage } from './pdf-lines.js';
import { layoutDrafts } from './pdf-layout.js';

/** The parts of pdf.js's document and page proxies we use. */
interface TextItemLike { str?: string; transform?: number[]; width?: number; height?: number }
interface PageProxyLike {
  getViewport(p: { scale: number }): { width: number; height: number };
  getTextContent(): Promise<{ items: TextItemLike[] }>;
  cleanup(): unknown;
}
interface DocProxyLike { numPages: number; getPage(n: number): Promise<PageProxyLike> }

/** pdf-parse keeps its pdf.js document behind a private `load()`; we need item positions, which `getText()` flattens away. */
interface WithLoad { load(): Promise<DocProxyLike> }

function classify(err: unknown, source: string): never {
  const name = nameOf(err);
  if (name === 'PasswordException') throw docError('encrypted', source, messageOf(err), err);
  throw docError('corrupt', source, `${name || 'Error'}: ${messageOf(err)}`, err);
}

function toItems(raw: readonly TextItemLike[]): PdfItem[] {
  const items: PdfItem[] = [];
  for (const it of raw) {
    if (typeof it.str !== 'string' || it.str === '' || it.transform === undefined) continue;
    const [a = 0, b = 0, , d = 0, x = 0, y = 0] = it.transform;
    const h = it.height !== undefined && it.height > 0 ? it.height : Math.hypot(a, b) || Math.abs(d);
    items.push({ str: it.str, x, y, w: it.width ?? 0, h });
  }
  return items;
}

export interface PdfOptions {
  password?: string;
}

/** The exceptions pdf.js raises about a document it reads (its own classes, told apart by name). */
export const PDFJS_EXCEPTIONS: ReadonlySet<string> = new Set([
  'FormatError', 'UnknownErrorException', 'InvalidPDFException', 'MissingPDFException', 'PasswordException',
  'UnexpectedResponseException', 'ResponseException', 'AbortException', 'XRefEntryException', 'XRefParseException',
]);

/**
 * pdf.js, on some damaged files, rejects a promise of its own that nobody awaits (the page
 * call we await fails with another error). Node's default for an unhandled rejection ends
 * the process, so while a PDF is read, rejections with a pdf.js exception are dropped; any
 * other one is thrown on, as Node would have done, unless the application listens itself.
 */
function onStrayRejection(reason: unknown): void {
  if (PDFJS_EXCEPTIONS.has(nameOf(reason))) return;
  if (process.listenerCount('unhandledRejection') > 1) return; // the application's own listener has it
  throw reason;
}
let reading = 0;
function guardStrayRejections(): () => Promise<void> {
  if (reading++ === 0) process.on('unhandledRejection', onStrayRejection);
  return async () => {
    // Rejections are reported after the microtasks of their tick: wait one turn before unguarding.
    await new Promise((resolve) => setImmediate(resolve));
    if (--reading === 0) process.off('unhandledRejection', onStrayRejection);
  };
}

/** Read every page's positioned text items. Throws `encrypted` or `corrupt`. */
export async function readPdfPages(bytes: Uint8Array, source: string, options: PdfOptions = {}): Promise<PdfPage[]> {
  const release = guardStrayRejections();
  try {
    return await readPages(bytes, source, options);
  } finally {
    await release();
  }
}

async function readPages(bytes: Uint8Array, source: string, options: PdfOptions): Promise<PdfPage[]> {
  // pdf.js may take ownership of the buffer it is given: hand it a copy.
  const data = new Uint8Array(bytes);
  const parser = new PDFParse(options.password === undefined ? { data, verbosity: 0 } : { data, password: options.password, verbosity: 0 });
  try {
    let doc: DocProxyLike;
    try {
      doc = await (parser as unknown as WithLoad).load();
    } catch (err) {
      classify(err, source);
    }
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const page = await doc.getPage(n);
        const { width, height } = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        pages.push({ number: n, width, height, items: toItems(content.items) });
        page.cleanup();
      } catch (err) {
        classify(err, source);
      }
    }
    return pages;
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

/** Longest first paragraph taken as the title. */
export const MAX_PDF_TITLE_CHARS = 80;

export async function parsePdf(bytes: Uint8Array, source: string, options: PdfOptions = {}): Promise<ParsedDocument> {
  const pages = await readPdfPages(bytes, source, options);
  if (pages.length === 0) throw docError('empty', source, 'the PDF has no pages');
  if (pages.every((p) => p.items.every((i) => i.str.trim() === ''))) {
    throw docError('no_text_layer', source, `${pages.length} page(s) without text`);
  }
  const lines = pages.map((p) => buildLines(p));
  const drafts = layoutDrafts(pages, lines);
  const { text, blocks } = assemble(drafts);
  if (text === '') throw docError('no_text_layer', source, 'only page furniture has text');
  const first = blocks[0];
  const firstText = first === undefined || first.type === 'table' ? '' : text.slice(first.start, first.end);
  const title = firstText !== '' && firstText.length <= MAX_PDF_TITLE_CHARS && !firstText.endsWith('。') ? firstText : null;
  return { format: 'pdf', text, blocks, meta: { title, date: null, encoding: null, pages: pages.length } };
}
