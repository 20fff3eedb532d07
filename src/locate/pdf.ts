/**
 * PDF: the text layer's items (pdf.js positions in user space, origin at the bottom
 * left), page by page in content-stream order. A figure's glyphs get boxes by sharing
 * each item's width evenly among its characters; one box per printed line, so a figure
 * that wraps gets two. Vertically a box spans the font size from 0.2 of it below the
 * baseline (descenders) to 0.8 above.
 */
import { StreamBuilder, type Stream } from './align.js';
import type { PdfItem, PdfPage } from '../ingest/pdf-lines.js';
import type { Box, PdfLocator } from '../schema.js';

/** Share of the font size a glyph box reaches below the baseline. */
export const DESCENT = 0.2;
/** Characters further apart vertically than this share of the font size are on different lines. */
export const LINE_SHIFT = 0.5;

interface PlacedItem {
  page: number;
  base: number;
  item: PdfItem;
}

export interface PdfText {
  items: PlacedItem[];
  stream: Stream;
}

export function pdfText(pages: readonly PdfPage[]): PdfText {
  const b = new StreamBuilder();
  const items: PlacedItem[] = [];
  let base = 0;
  for (const p of pages) {
    for (const item of p.items) {
      items.push({ page: p.number, base, item });
      b.chars(item.str, base);
      base += item.str.length;
    }
  }
  return { items, stream: b.build() };
}

function itemAt(items: readonly PlacedItem[], pos: number): PlacedItem | undefined {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (items[mid]!.base <= pos) lo = mid;
    else hi = mid - 1;
  }
  return items[lo];
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** The box of character `i` of an item. */
export function glyphBox(item: PdfItem, i: number): Box {
  const n = Math.max(1, item.str.length);
  return [item.x + (item.w * i) / n, item.y - DESCENT * item.h, item.x + (item.w * (i + 1)) / n, item.y + (1 - DESCENT) * item.h];
}

/** Page and per-line boxes of the characters at stream coordinates [start, end). */
export function pdfLocator(items: readonly PlacedItem[], start: number, end: number): PdfLocator | null {
  let page = -1;
  const boxes: Box[] = [];
  let lineY = 0;
  let lineH = 0;
  for (let pos = start; pos < end; pos++) {
    const placed = itemAt(items, pos);
    if (placed === undefined) continue;
    const { item } = placed;
    const i = pos - placed.base;
    const ch = item.str.charAt(i);
    if (ch.trim() === '') continue;
    if (page === -1) page = placed.page;
    if (placed.page !== page) break;
    const g = glyphBox(item, i);
    const last = boxes[boxes.length - 1];
    const sameLine = last !== undefined && Math.abs(item.y - lineY) <= LINE_SHIFT * Math.max(item.h, lineH) && g[0] >= last[0];
    if (last !== undefined && sameLine) {
      boxes[boxes.length - 1] = [Math.min(last[0], g[0]), Math.min(last[1], g[1]), Math.max(last[2], g[2]), Math.max(last[3], g[3])];
    } else {
      boxes.push(g);
      lineY = item.y;
      lineH = item.h;
    }
  }
  if (page === -1 || boxes.length === 0) return null;
  return { format: 'pdf', page, boxes: boxes.map((bx) => [round(bx[0]), round(bx[1]), round(bx[2]), round(bx[3])]) };
}
