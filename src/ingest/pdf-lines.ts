/**
 * PDF text items → printed lines, keeping content-stream order (which gives the
 * left column before the right one). Superscript footnote marks are dropped here.
 */
import { FOOTNOTE_MARK } from './patterns.js';
import { collapseSpace } from './text.js';

export interface PdfItem { str: string; x: number; y: number; w: number; h: number }
export interface PdfPage { number: number; width: number; height: number; items: PdfItem[] }

/** A run of items on one line separated from the next run by a wide gap (a table cell). */
export interface PdfGroup { text: string; x: number; right: number }

export interface PdfLine {
  page: number;
  text: string;
  /** Left edge, right edge, baseline and font size (the line's largest item). */
  x: number;
  right: number;
  y: number;
  h: number;
  groups: PdfGroup[];
}

/** Items further apart vertically than this share of the font size start a new line. */
export const LINE_DY = 0.5;
/** A horizontal gap wider than this share of the font size is a space. */
export const SPACE_GAP = 0.3;
/** A gap wider than this many font sizes separates table cells. */
export const CELL_GAP = 1.5;
/** Items smaller than this share of the line's font, raised above its baseline, are superscripts. */
export const SUPERSCRIPT_SIZE = 0.75;

function isBlank(s: string): boolean {
  return s.trim() === '';
}

function lineFrom(page: number, items: PdfItem[]): PdfLine | null {
  const solid = items.filter((i) => !isBlank(i.str));
  if (solid.length === 0) return null;
  let main = solid[0] as PdfItem;
  for (const i of solid) if (i.h > main.h) main = i;
  const h = main.h;
  // Drop superscript footnote marks glued to the line (`完成情况¹`).
  const kept = items.filter(
    (i) => !(solid.length > 1 && i.h < h * SUPERSCRIPT_SIZE && i.y > main.y + h * 0.15 && FOOTNOTE_MARK.test(i.str.trim())),
  );
  let raw = '';
  let groupText = '';
  let groupX = Number.NaN;
  let lastRight = Number.NaN;
  const groups: PdfGroup[] = [];
  for (const i of kept) {
    const gap = i.x - lastRight;
    if (isBlank(i.str)) {
      raw += ' ';
      groupText += ' ';
      continue;
    }
    if (!Number.isNaN(lastRight) && gap > h * CELL_GAP) {
      groups.push({ text: collapseSpace(groupText, 'pdf'), x: groupX, right: lastRight });
      groupText = '';
      groupX = Number.NaN;
      raw += ' ';
    } else if (!Number.isNaN(lastRight) && gap > h * SPACE_GAP) {
      raw += ' ';
      groupText += ' ';
    }
    raw += i.str;
    groupText += i.str;
    // pdf.js fills gaps with whitespace items as wide as the gap: only solid items count.
    if (!isBlank(i.str)) {
      if (Number.isNaN(groupX)) groupX = i.x;
      lastRight = i.x + i.w;
    }
  }
  if (groupText.trim() !== '') groups.push({ text: collapseSpace(groupText, 'pdf'), x: groupX, right: lastRight });
  const text = collapseSpace(raw, 'pdf');
  if (text === '') return null;
  const first = groups[0];
  return { page, text, x: first?.x ?? main.x, right: lastRight, y: main.y, h, groups };
}

/** Group a page's items into lines: a new line when the baseline moves or the text jumps back left. */
export function buildLines(page: PdfPage): PdfLine[] {
  const lines: PdfLine[] = [];
  let cur: PdfItem[] = [];
  let baseY = 0;
  let size = 0;
  let right = 0;
  const flush = (): void => {
    const line = lineFrom(page.number, cur);
    if (line !== null) lines.push(line);
    cur = [];
  };
  for (const item of page.items) {
    if (isBlank(item.str)) {
      if (cur.length > 0) cur.push(item);
      continue;
    }
    const tol = Math.max(size, item.h) * LINE_DY;
    const newLine = cur.length > 0 && (Math.abs(item.y - baseY) > tol || item.x < right - Math.max(size, item.h));
    if (newLine) flush();
    if (cur.length === 0 || item.h > size) {
      baseY = cur.length === 0 || item.h > size ? item.y : baseY;
      size = item.h;
    }
    cur.push(item);
    right = item.x + item.w;
  }
  flush();
  return lines;
}
