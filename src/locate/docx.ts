/**
 * DOCX: the text of `word/document.xml` as Word stores it. Every `w:p` is a paragraph,
 * numbered in document order from 0 (paragraphs inside tables and text boxes count
 * too); a table cell (`w:tc`) holds the text of its paragraphs joined by "\n". A figure
 * outside tables is located by paragraph, one inside a table by `table` (every `w:tbl` in
 * document order, from 0), `row` and `column` (from 0); `offset` and `length` count
 * UTF-16 code units of that paragraph's or cell's text.
 */
import { Parser } from 'htmlparser2';
import { StreamBuilder, type Stream } from './align.js';
import type { DocxLocator } from '../schema.js';

/** A paragraph or a table cell and its text. */
export type DocxUnit =
  | { kind: 'paragraph'; paragraph: number; text: string }
  | { kind: 'cell'; table: number; row: number; column: number; text: string };

export interface DocxText {
  units: DocxUnit[];
  stream: Stream;
}

/** Stream coordinates: unit index × UNIT_STRIDE + offset in the unit's text. */
const UNIT_STRIDE = 1e9;

/** Characters that Word elements stand for in the text. */
const ELEMENT_TEXT: Readonly<Record<string, string>> = { 'w:tab': '\t', 'w:br': '\n', 'w:cr': '\n' };

interface TableState {
  index: number;
  row: number;
  column: number;
}

export function docxText(documentXml: string): DocxText {
  const units: DocxUnit[] = [];
  const b = new StreamBuilder();
  const tables: TableState[] = [];
  /** Open units: the innermost receives text (a cell's paragraphs feed the cell). */
  const open: number[] = [];
  let paragraphs = 0;
  let tableCount = 0;
  let inText = 0;
  const append = (text: string): void => {
    const u = open[open.length - 1];
    const unit = u === undefined ? undefined : units[u];
    if (u === undefined || unit === undefined) return;
    b.chars(text, u * UNIT_STRIDE + unit.text.length);
    unit.text += text;
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'w:p') {
          const index = paragraphs++;
          const cell = tables.length > 0 && open.length > 0 ? units[open[open.length - 1]!] : undefined;
          if (cell?.kind === 'cell') {
            if (cell.text !== '') append('\n');
            open.push(open[open.length - 1]!);
          } else {
            units.push({ kind: 'paragraph', paragraph: index, text: '' });
            open.push(units.length - 1);
          }
        } else if (name === 'w:tbl') {
          tables.push({ index: tableCount++, row: -1, column: -1 });
        } else if (name === 'w:tr') {
          const t = tables[tables.length - 1];
          if (t) {
            t.row++;
            t.column = -1;
          }
        } else if (name === 'w:tc') {
          const t = tables[tables.length - 1];
          if (t) {
            t.column++;
            units.push({ kind: 'cell', table: t.index, row: t.row, column: t.column, text: '' });
            open.push(units.length - 1);
          }
        } else if (name === 'w:t') {
          inText++;
        } else {
          const ch = ELEMENT_TEXT[name];
          if (ch !== undefined) append(ch);
        }
      },
      onclosetag(name) {
        if (name === 'w:p' || (name === 'w:tc' && tables.length > 0)) open.pop();
        else if (name === 'w:tbl') tables.pop();
        else if (name === 'w:t' && inText > 0) inText--;
      },
      ontext(text) {
        if (inText > 0) append(text);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(documentXml);
  return { units, stream: b.build() };
}

/** The locator of stream coordinates [start, end) that lie in one unit. */
export function docxLocator(units: readonly DocxUnit[], start: number, end: number): DocxLocator | null {
  const u = Math.floor(start / UNIT_STRIDE);
  if (Math.floor((end - 1) / UNIT_STRIDE) !== u) return null;
  const unit = units[u];
  if (unit === undefined) return null;
  const offset = start - u * UNIT_STRIDE;
  const length = end - start;
  return unit.kind === 'paragraph'
    ? { format: 'docx', paragraph: unit.paragraph, offset, length }
    : { format: 'docx', table: unit.table, row: unit.row, column: unit.column, offset, length };
}
