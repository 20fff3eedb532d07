/**
 * Tables in a PDF page: a header line of two or more digit-free cells set apart by
 * wide gaps, then lines whose cells fall under those columns. Cells are placed
 * by x position; a wrapped first-column cell continues the row it started.
 */
import type { PdfGroup, PdfLine } from './pdf-lines.js';
import { HAS_DIGIT } from './patterns.js';
import { joinLines } from './text.js';
import { headerLike } from './blocks.js';

export interface PdfTable {
  /** Index of the header line and one past the last line of the table in the page's lines. */
  start: number;
  end: number;
  rows: string[][];
  headerRows: number;
  /** Column centers (from the header) and the font size of the table's lines, to carry it over a page break. */
  centers: number[];
  size: number;
}

/** Table lines may differ in font size from the header by this share. */
export const TABLE_SIZE_TOLERANCE = 0.2;
/** A group wider than this share of the page's text width is running text, not a cell. */
export const MAX_CELL_WIDTH_SHARE = 0.7;
/** A header line's wrapped second line stands within this many font sizes below it. */
export const HEADER_WRAP_EMS = 1.6;
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
  return line.groups.length >= 2 && line.groups.every((g) => headerLike(g.text));
}

/** A line under the header that finishes some of its cells: header-like text only, at most as many groups, close below. */
function isHeaderContinuation(line: PdfLine, header: PdfLine): boolean {
  return (
    line.groups.length <= header.groups.length &&
    header.y - line.y < header.h * HEADER_WRAP_EMS &&
    line.groups.every((g) => headerLike(g.text) && !HAS_DIGIT.test(g.text))
  );
}

/** Rows of table lines from `from` on, placed under the columns at `centers`, until a line does not fit. */
function collectRows(lines: readonly PdfLine[], from: number, centers: readonly number[], size: number, page: number, textWidth: number): { rows: string[][]; end: number } {
  const rows: string[][] = [];
  let row: string[] | null = null;
  let lastCol = -1;
  let end = from;
  for (; end < lines.length; end++) {
    const line = lines[end] as PdfLine;
    if (line.page !== page || Math.abs(line.h - size) > size * TABLE_SIZE_TOLERANCE) break;
    if (line.groups.some((g) => g.right - g.x > textWidth * MAX_CELL_WIDTH_SHARE)) break;
    for (const g of line.groups) {
      const k = columnOf(g, centers);
      const startsRow = row === null || (k === 0 && row.slice(1).some((c) => c !== '')) || (k > 0 && k < lastCol);
      if (startsRow || row === null) {
        row = Array<string>(centers.length).fill('');
        rows.push(row);
        lastCol = -1;
      }
      row[k] = joinLines(row[k] ?? '', g.text);
      lastCol = k;
    }
  }
  return { rows, end };
}

const dataRows = (rows: readonly string[][]): string[][] => rows.filter((r) => r.filter((c) => c !== '').length >= 2);

/** Try to read a table whose header is `lines[start]`; null if what follows is not one. */
function tableAt(lines: readonly PdfLine[], start: number, textWidth: number): PdfTable | null {
  const header = lines[start];
  if (header === undefined || !isHeaderLine(header)) return null;
  const centers = header.groups.map(center);
  const head = header.groups.map((g) => g.text);
  // A header cell wrapped over two lines (`比上年` ⏎ `增长(%)`): the next header-like line goes on with it.
  let from = start + 1;
  for (let next = lines[from]; next !== undefined && next.page === header.page && isHeaderContinuation(next, header); next = lines[++from]) {
    for (const g of next.groups) {
      const k = columnOf(g, centers);
      head[k] = joinLines(head[k] ?? '', g.text);
    }
  }
  const { rows, end } = collectRows(lines, from, centers, header.h, header.page, textWidth);
  const data = dataRows(rows);
  if (data.length < MIN_DATA_ROWS || !data.some((r) => r.some((c) => HAS_DIGIT.test(c)))) return null;
  return { start, end, rows: [head, ...rows], headerRows: 1, centers, size: header.h };
}

/**
 * A table cut by a page break goes on at the top of the next page: the lines there that
 * fall under its columns (after a repeated header line, if any) are more of its rows.
 * Returns how many of `lines` it took (0 when the page does not go on with the table).
 */
export function continueTable(table: PdfTable, lines: readonly PdfLine[], textWidth: number): number {
  const first = lines[0];
  if (first === undefined || first.groups.length < 2) return 0;
  const headerText = (table.rows[0] ?? []).join('');
  const skip = first.groups.map((g) => g.text).join('') === headerText ? 1 : 0;
  // A header line of its own starts another table.
  if (skip === 0 && isHeaderLine(first)) return 0;
  const { rows, end } = collectRows(lines, skip, table.centers, table.size, first.page, textWidth);
  if (dataRows(rows).length === 0) return 0;
  table.rows.push(...rows);
  return end;
}

/** The tables on one page's lines, in order, not overlapping. */
export function findTables(lines: readonly PdfLine[], textWidth: number, from = 0): PdfTable[] {
  const out: PdfTable[] = [];
  for (let i = from; i < lines.length; i++) {
    const t = tableAt(lines, i, textWidth);
    if (t !== null) {
      out.push(t);
      i = t.end - 1;
    }
  }
  return out;
}
