/**
 * PDF lines → drafts: drop running headers, page numbers and footnotes, rebuild
 * tables, then join lines into paragraphs (a sentence that crosses a page joins
 * up again once the page furniture between its halves is gone).
 */
import type { Draft } from './blocks.js';
import type { PdfLine, PdfPage } from './pdf-lines.js';
import { findTables, type PdfTable } from './pdf-table.js';
import { paragraphDraft } from './html-blocks.js';
import { headingPatternLevel, joinLines } from './text.js';
import { DIGIT_RUN, FOOTNOTE_MARK, FOOTNOTE_START, PAGE_NUMBER_LINE, PAGE_OF_LINE, PARAGRAPH_END } from './patterns.js';

/** Top and bottom bands of a page (share of its height) where running headers and footers live. */
export const HEADER_BAND = 0.12;
export const FOOTER_BAND = 0.1;
/** A line is a running header/footer when it repeats on at least this share of pages. */
export const REPEAT_SHARE = 0.5;
/** Footnotes are set smaller than this share of the body font size. */
export const FOOTNOTE_SIZE = 0.85;
/** A line ending this many font sizes short of its column's right edge is a paragraph's last line. */
export const SHORT_LINE_EMS = 1.5;
/** Lines starting within this many font sizes of each other share a column. */
export const COLUMN_EMS = 3;

const masked = (s: string): string => s.replace(DIGIT_RUN, '#');

/** The most common font size, weighted by characters. */
function bodySize(lines: readonly PdfLine[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) weight.set(Math.round(l.h * 10) / 10, (weight.get(Math.round(l.h * 10) / 10) ?? 0) + l.text.length);
  let best = 0;
  let bestW = -1;
  for (const [h, w] of weight) if (w > bestW) [best, bestW] = [h, w];
  return best;
}

/** Remove running headers, footers and page numbers. */
function dropPageFurniture(pages: readonly PdfPage[], perPage: PdfLine[][]): PdfLine[][] {
  const inTop = (l: PdfLine, p: PdfPage): boolean => l.y > p.height * (1 - HEADER_BAND);
  const inBottom = (l: PdfLine, p: PdfPage): boolean => l.y < p.height * FOOTER_BAND;
  const count = new Map<string, number>();
  perPage.forEach((lines, i) => {
    const page = pages[i] as PdfPage;
    const seen = new Set(lines.filter((l) => inTop(l, page) || inBottom(l, page)).map((l) => masked(l.text)));
    for (const key of seen) count.set(key, (count.get(key) ?? 0) + 1);
  });
  const repeated = (l: PdfLine): boolean => pages.length >= 2 && (count.get(masked(l.text)) ?? 0) >= Math.max(2, pages.length * REPEAT_SHARE);
  const isPageNumber = (l: PdfLine): boolean => PAGE_NUMBER_LINE.test(l.text) || PAGE_OF_LINE.test(l.text);
  return perPage.map((lines, i) => {
    const page = pages[i] as PdfPage;
    return lines.filter((l) => !((inTop(l, page) || inBottom(l, page)) && (repeated(l) || isPageNumber(l))));
  });
}

/** Remove footnote bodies: small lines below the page's last body line, starting with a mark or `数据来源`. */
function dropFootnotes(lines: PdfLine[], body: number): PdfLine[] {
  const big = lines.filter((l) => l.h >= body * FOOTNOTE_SIZE);
  if (big.length === 0) return lines;
  const lowest = Math.min(...big.map((l) => l.y));
  const below = lines.filter((l) => l.y < lowest && l.h < body * FOOTNOTE_SIZE).sort((a, b) => b.y - a.y);
  const first = below.findIndex((l) => FOOTNOTE_MARK.test(l.text) || FOOTNOTE_START.test(l.text));
  if (first < 0) return lines;
  const cut = below[first]?.y ?? 0;
  return lines.filter((l) => !(l.y <= cut && l.h < body * FOOTNOTE_SIZE));
}

interface Column { left: number; right: number }

/** Lines of a page compared pairwise for columns; past this (no real page comes near) the page is one column. */
export const MAX_COLUMN_LINES = 2000;

/** Each line's column extent: lines of similar size starting near it on the same page. */
function columns(lines: readonly PdfLine[]): Column[] {
  if (lines.length > MAX_COLUMN_LINES) {
    let left = Infinity;
    let right = -Infinity;
    for (const l of lines) {
      left = Math.min(left, l.x);
      right = Math.max(right, l.right);
    }
    return lines.map(() => ({ left, right }));
  }
  return lines.map((l) => {
    let left = l.x;
    let right = l.right;
    for (const o of lines) {
      if (Math.abs(o.h - l.h) > l.h * 0.2 || Math.abs(o.x - l.x) > l.h * COLUMN_EMS) continue;
      left = Math.min(left, o.x);
      right = Math.max(right, o.right);
    }
    return { left, right };
  });
}

type Element = { line: PdfLine; col: Column } | { table: PdfTable };

function startsParagraph(line: PdfLine, col: Column, prev: PdfLine, prevCol: Column): boolean {
  if (headingPatternLevel(line.text) > 0) return true;
  if (Math.abs(line.h - prev.h) > prev.h * 0.2) return true;
  if (!PARAGRAPH_END.test(prev.text)) return false;
  return prev.right < prevCol.right - prev.h * SHORT_LINE_EMS || line.x > col.left + line.h * SHORT_LINE_EMS;
}

/** Lines of all pages → paragraph, heading and table drafts. */
export function layoutDrafts(pages: readonly PdfPage[], perPage: PdfLine[][]): Draft[] {
  const cleaned = dropPageFurniture(pages, perPage);
  const body = bodySize(cleaned.flat());
  const elements: Element[] = [];
  for (const pageLines of cleaned) {
    const lines = dropFootnotes(pageLines, body);
    // Loops, not Math.max(...spread): a page of 100,000 items would overflow the argument list.
    let maxRight = 1;
    let minX = Infinity;
    for (const l of lines) {
      maxRight = Math.max(maxRight, l.right);
      minX = Math.min(minX, l.x);
    }
    const tables = findTables(lines, maxRight - minX);
    const inTable = (i: number): boolean => tables.some((t) => i >= t.start && i < t.end);
    const textIndex = lines.flatMap((_l, i) => (inTable(i) ? [] : [i]));
    const textLines = textIndex.map((i) => lines[i] as PdfLine);
    const cols = columns(textLines);
    let ti = 0;
    textLines.forEach((line, j) => {
      const idx = textIndex[j] ?? 0;
      for (; ti < tables.length && (tables[ti]?.start ?? 0) < idx; ti++) elements.push({ table: tables[ti] as PdfTable });
      elements.push({ line, col: cols[j] as Column });
    });
    for (; ti < tables.length; ti++) elements.push({ table: tables[ti] as PdfTable });
  }
  const drafts: Draft[] = [];
  // A paragraph's lines as pieces, joined once: appending to one growing string and reading
  // its last character each time flattens it each time (quadratic on a page of 100,000 items).
  let pieces: string[] = [];
  let tail = '';
  const add = (line: string): void => {
    if (line === '') return;
    pieces.push(joinLines(tail, line).slice(tail.length));
    tail = line;
  };
  let prev: { line: PdfLine; col: Column } | null = null;
  const flush = (): void => {
    const text = pieces.join('');
    if (text !== '') drafts.push(paragraphDraft(text));
    pieces = [];
    tail = '';
    prev = null;
  };
  for (const el of elements) {
    if ('table' in el) {
      flush();
      drafts.push({ type: 'table', rows: el.table.rows, headerRows: el.table.headerRows, caption: null });
      continue;
    }
    if (prev !== null && startsParagraph(el.line, el.col, prev.line, prev.col)) flush();
    add(el.line.text);
    prev = el;
  }
  flush();
  return drafts;
}
