/**
 * Tables flattened into text (`| 指标 | 绝对数 | 比上年增长(%) |`, as copied from a page or a PDF):
 * two or more consecutive lines of cells between `|`. Each becomes a table of cells located in the
 * text, read like a document's tables (one record per cell, named by its row, unit from its header).
 */
import type { NormCell, NormTable } from '../interpret/table.js';

/** Longest line read as a row of cells (characters). */
const ROW_MAX = 800;

/** A line of cells: at least two `|` separators. */
function isRow(line: string): boolean {
  if (line.length > ROW_MAX) return false;
  let bars = 0;
  for (const c of line) if (c === '|') bars++;
  return bars >= 2;
}

/** A Markdown separator row (`|---|:---:|`): only bars, colons, dashes and spaces. */
function isSeparator(line: string): boolean {
  return line.includes('--') && /^[|:\- \t]+$/u.test(line);
}

export type TextTable = NormTable & { start: number; end: number };

export function textTables(text: string): TextTable[] {
  if (!text.includes('|')) return [];
  const tables: TextTable[] = [];
  let rows: NormCell[][] = [];
  let captionLine: string | null = null;
  let previousLine = '';
  let at = 0;
  const flush = (): void => {
    if (rows.length >= 2) {
      const start = rows[0]![0]!.start;
      const end = rows[rows.length - 1]!.at(-1)!.end;
      tables.push({ block: -1, start, end, rows, headerRows: headerRows(rows), caption: captionLine });
    }
    rows = [];
  };
  for (const line of text.split('\n')) {
    if (isRow(line) && !isSeparator(line)) {
      if (rows.length === 0) captionLine = previousLine.trim() || null;
      rows.push(cells(line, at));
    } else if (!(isSeparator(line) && rows.length > 0)) {
      flush();
    }
    previousLine = line;
    at += line.length + 1;
  }
  flush();
  return tables;
}

function cells(line: string, at: number): NormCell[] {
  const out: NormCell[] = [];
  let start = 0;
  const inner = line.trimEnd();
  let from = inner.search(/\S/u);
  if (inner[from] === '|') from++;
  const to = inner.endsWith('|') ? inner.length - 1 : inner.length;
  start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || inner[i] === '|') {
      const raw = inner.slice(start, i);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      out.push({ text: body, start: at + start + lead, end: at + start + lead + body.length });
      start = i + 1;
    }
  }
  return out;
}

/** Rows at the top whose cells after the first hold no digit: the header. */
function headerRows(rows: readonly NormCell[][]): number {
  let n = 0;
  while (n < rows.length - 1 && rows[n]!.slice(1).every((c) => !/\d/u.test(c.text) || /(?:19|20)\d\d年/u.test(c.text))) n++;
  return n;
}
