/**
 * HTML pages: decode, find the article (or the page chunks of a document-sharing
 * site), drop the furniture, and walk the rest into blocks.
 */
import { load, type CheerioAPI } from 'cheerio';
import type { ParsedDocument } from './types.js';
import type { Draft } from './blocks.js';
import { assemble } from './blocks.js';
import { decodeText } from './decode.js';
import { DOCSITE_PAGE_SELECTOR, DOCSITE_TEXT_SELECTOR } from './furniture.js';
import { type DomNode, elements, rawText } from './dom.js';
import { walkBlocks } from './html-blocks.js';
import { findContainer, findDate, findTitle, matchesSimple, removeFurnitureAround, removeFurnitureWithin, removeJunk } from './html-page.js';
import { collapseFormatting } from './text.js';
import { docError } from './errors.js';
import { safeMarkup } from './markup.js';

/** The text chunks of a document-sharing site's preview pages, in page order, or null when it is not one. */
export function docsiteChunks($: CheerioAPI): { chunks: string[]; container: DomNode } | null {
  const all = elements($.root().get()[0] as unknown as DomNode);
  const pages = all.filter((el) => matchesSimple(el, DOCSITE_PAGE_SELECTOR));
  const chunks: string[] = [];
  let container: DomNode | null = null;
  for (const page of pages) {
    const txt = elements(page).filter((el) => matchesSimple(el, DOCSITE_TEXT_SELECTOR));
    if (txt.length === 0) continue;
    const text = txt.map((t) => collapseFormatting(rawText(t))).join('');
    if (text === '') continue;
    chunks.push(text);
    container ??= page.parent;
  }
  return chunks.length === 0 || container === null ? null : { chunks, container };
}

/** Parse an already-decoded HTML string into blocks. */
export function parseHtmlString(html: string, encoding: string | null): ParsedDocument {
  const $ = load(safeMarkup(html));
  removeJunk($);
  const docsite = docsiteChunks($);
  const container = docsite?.container ?? findContainer($);
  const title = findTitle($, container);
  const date = findDate($);
  const drafts: Draft[] = [];
  if (docsite !== null) {
    // Page chunks are kept byte for byte and joined by a single "\n": one paragraph.
    drafts.push({ type: 'paragraph', text: docsite.chunks.join('\n') });
  } else {
    removeFurnitureAround($, container);
    removeFurnitureWithin($, container);
    walkBlocks(container, drafts);
  }
  const { text, blocks } = assemble(drafts);
  return { format: 'html', text, blocks, meta: { title, date, encoding, pages: null } };
}

/** Parse HTML bytes: decode (BOM, `<meta charset>`, chardet), then parse. */
export function parseHtml(bytes: Uint8Array, source: string): ParsedDocument {
  const { text, encoding } = decodeText(bytes, source, true);
  const doc = parseHtmlString(text, encoding);
  if (doc.text.trim() === '') throw docError('empty', source, 'no article text found in the page');
  return doc;
}
