/**
 * Tables in a PDF page: a header line of two or more digit-free cells set apart by
 * wide gaps, then lines whose cells fall under those columns. Cells are placed
 * by x position; a wrapped first-column cell continues the row it started.
 */
import type { PdfGroup, PdfLine } from './pdf-lines.js';
import { HAS_DIGIT } from './patterns.js';
import { joinLines } from './text.js';

export interface PdfTable {
  /** Index of the header line and one past the last line of the table in the page's lines. */
  start: number;
  end: number;
  rows: string[][];
  headerRows: number;
}

/** Table lines may differ in font size from the header by this share. */
export const TABLE_SIZE_TOLERANCE = 0.2;
/** A group wider than this share of the page's text width is running text, not a cell. */
export const MAX_CELL_WIDTH_SHARE = 0.7;
/** A table needs at least this many data rows. */
export const MIN_DATA_ROWS = 2;

function center(g: PdfGroup): number {
  return (g.x + g.right) / 2;
}

/** Column of a group: the header column whose center is nearest. */
function columnOf(g: PdfGroup, centers: readonly number[]): number {
  const c = center(g);
  let best = 0;
  for (let k = 1; k < centers.length; k++) {
    if (Math.abs(c - (centers[k] ?? 0)) < Math.abs(c - (centers[best] ?? 0))) best = k;
  }
  return best;
}

function isHeaderLine(line: PdfLine): boolean {
  return line.groups.length >= 2 && !HAS_DIGIT.test(line.text);
}

/** Try to read a table whose header is `lines[start]`; null if what follows is not one. */
function tableAt(lines: readonly PdfLine[], start: number, textWidth: number): PdfTable | null {
  const header = lines[start];
  if (header === undefined || !isHeaderLine(header)) return null;
  const centers = header.groups.map(center);
  const width = centers.length;
  const rows: string[][] = [];
  let row: string[] | null = null;
  let lastCol = -1;
  let end = start + 1;
  for (; end < lines.length; end++) {
    const line = lines[end] as PdfLine;
    if (line.page !== header.page || Math.abs(line.h - header.h) > header.h * TABLE_SIZE_TOLERANCE) break;
    if (line.groups.some((g) => g.right - g.x > textWidth * MAX_CELL_WIDTH_SHARE)) break;
    for (const g of line.groups) {
      const k = columnOf(g, centers);
      const startsRow = row === null || (k === 0 && row.slice(1).some((c) => c !== '')) || (k > 0 && k < lastCol);
      if (startsRow || row === null) {
        row = Array<string>(width).fill('');
        rows.push(row);
        lastCol = -1;
      }
      row[k] = joinLines(row[k] ?? '', g.text);
      lastCol = k;
    }
  }
  const data = rows.filter((r) => r.filter((c) => c !== '').length >= 2);
  if (data.length < MIN_DATA_ROWS || !data.some((r) => r.some((c) => HAS_DIGIT.test(c)))) return null;
  return { start, end, rows: [header.groups.map((g) => g.text), ...rows], headerRows: 1 };
}

/** The tables on one page's lines, in order, not overlapping. */
export function findTables(lines: readonly PdfLine[], textWidth: number): PdfTable[] {
  const out: PdfTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = tableAt(lines, i, textWidth);
    if (t !== null) {
      out.push(t);
      i = t.end - 1;
    }
  }
  return out;
}
