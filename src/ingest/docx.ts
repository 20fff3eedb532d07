/**
 * DOCX: mammoth turns the body into HTML (headers, footers and comments stay
 * out); we drop footnotes and their marks, put back the list numbers mammoth
 * loses, and walk the HTML into blocks.
 */
import mammoth from 'mammoth';
import { load } from 'cheerio';
import type { ParsedDocument } from './types.js';
import { assemble, type Draft } from './blocks.js';
import type { DomNode } from './dom.js';
import { walkBlocks } from './html-blocks.js';
import { numberedParagraphs, type NumberedParagraph } from './docx-numbering.js';
import { readParts } from './zip.js';
import { checkPackage, readPartsSync, type PackageProblem } from './zip-parts.js';
import { docError, messageOf } from './errors.js';
import { safeMarkup } from './markup.js';
import { NUM_FMT_VALUES, WHITESPACE_RUN } from './patterns.js';

/** Largest DOCX XML part (document.xml etc.) inflated, by us or by mammoth. */
export const MAX_PART_BYTES = 32 * 1024 * 1024;
/** Largest inflated/compressed ratio of an XML part over RATIO_FREE_PART_BYTES (XML compresses well; bombs far better). */
export const MAX_PART_RATIO = 200;
export const RATIO_FREE_PART_BYTES = 1024 * 1024;

/** Longest first block taken as the title. */
export const MAX_TITLE_CHARS = 80;

/** Extra mammoth style mappings: Word's built-in Title/Subtitle read as headings. */
export const DOCX_STYLE_MAP: readonly string[] = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
];

/** Marks and notes that must stay out of the body text. */
export const NOTE_REF_SELECTOR = 'a[id^="footnote-ref-"], a[id^="endnote-ref-"], a[id^="comment-ref-"]';
export const NOTE_BODY_SELECTOR = 'li[id^="footnote-"], li[id^="endnote-"], dl.comments, dt[id^="comment-"], dd[id^="comment-"]';

/** Numbering formats that produce no visible label. */
const NO_LABEL_FORMATS = new Set(['bullet', 'none']);
/** Quick test for numbering.xml worth reading: a level with a real number format. */
function hasRealNumbering(xml: string): boolean {
  for (const m of xml.matchAll(NUM_FMT_VALUES)) if (!NO_LABEL_FORMATS.has(m[1] ?? '')) return true;
  return false;
}

/** Named parts of the DOCX zip: the fast in-memory reader, else yauzl (zip64 and other rarities). */
async function parts(buf: Buffer, names: readonly string[]): Promise<Map<string, Buffer>> {
  try {
    return readPartsSync(buf, names, MAX_PART_BYTES);
  } catch {
    return readParts(buf, names, MAX_PART_BYTES);
  }
}

async function listLabels(buf: Buffer): Promise<NumberedParagraph[]> {
  const first = await parts(buf, ['word/numbering.xml']);
  const numbering = first.get('word/numbering.xml')?.toString('utf8');
  if (numbering === undefined || !hasRealNumbering(numbering)) return [];
  const rest = await parts(buf, ['word/document.xml', 'word/styles.xml']);
  const documentXml = rest.get('word/document.xml')?.toString('utf8');
  if (documentXml === undefined) return [];
  return numberedParagraphs(documentXml, numbering, rest.get('word/styles.xml')?.toString('utf8') ?? null);
}

/** Matches mammoth's blocks to numbered paragraphs in order, by their text. */
export function labeller(numbered: readonly NumberedParagraph[]): (el: DomNode, text: string) => string {
  const compact = (s: string): string => s.replace(WHITESPACE_RUN, '');
  const expected = numbered.map((n) => ({ text: compact(n.text), label: n.label }));
  let next = 0;
  return (_el, text) => {
    const key = compact(text);
    for (let i = next; i < Math.min(expected.length, next + 4); i++) {
      const e = expected[i];
      if (e === undefined || e.text !== key) continue;
      next = i + 1;
      const label = e.label;
      return text.startsWith(label.trim()) ? '' : label;
    }
    return '';
  };
}

/** The package's problem, or null; a directory our reader cannot walk is left to mammoth. */
function packageProblem(buf: Buffer): PackageProblem | null {
  try {
    return checkPackage(buf, { maxPartBytes: MAX_PART_BYTES, maxRatio: MAX_PART_RATIO, ratioFreeBytes: RATIO_FREE_PART_BYTES });
  } catch {
    return null;
  }
}

export async function parseDocx(buf: Buffer, source: string): Promise<ParsedDocument> {
  const problem = packageProblem(buf);
  if (problem !== null) throw docError(problem.kind === 'overlap' ? 'overlapping_entries' : 'too_large', source, problem.detail);
  let numbered: NumberedParagraph[];
  try {
    numbered = await listLabels(buf);
  } catch (err) {
    throw docError('corrupt', source, `broken zip: ${messageOf(err)}`, err);
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: buf },
      {
        styleMap: [...DOCX_STYLE_MAP],
        ignoreEmptyParagraphs: true,
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    html = result.value;
  } catch (err) {
    throw docError('corrupt', source, `mammoth could not read the document: ${messageOf(err)}`, err);
  }
  // As a document, not a fragment: parse5 moves a fragment's nodes one by one (quadratic in paragraphs).
  const $ = load(`<body>${safeMarkup(html)}</body>`);
  $(NOTE_REF_SELECTOR).each((_i, el) => {
    const parent = $(el).parent();
    if (parent.is('sup') && parent.children().length === 1) parent.remove();
    else $(el).remove();
  });
  $(NOTE_BODY_SELECTOR).remove();
  $('ol, ul').each((_i, el) => {
    if ($(el).children().length === 0) $(el).remove();
  });
  const drafts: Draft[] = [];
  const root = $('body').get()[0] as unknown as DomNode;
  walkBlocks(root, drafts, numbered.length > 0 ? { labelFor: labeller(numbered) } : {});
  const { text, blocks } = assemble(drafts);
  if (text === '') throw docError('empty', source, 'the document body has no text');
  // The title is the first block when it reads like one (short, no full stop).
  const first = blocks[0];
  const firstText = first === undefined || first.type === 'table' ? '' : text.slice(first.start, first.end);
  const title = firstText !== '' && firstText.length <= MAX_TITLE_CHARS && !firstText.endsWith('。') ? firstText : null;
  return { format: 'docx', text, blocks, meta: { title, date: null, encoding: null, pages: null } };
}
