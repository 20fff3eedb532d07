/**
 * DOM subtree → draft blocks. Inline elements join with no separator (so
 * `<span>168</span><span>051</span>` stays `168051`), block elements and `<br>`
 * break blocks, `<h1>`–`<h6>` are headings, data tables become table drafts.
 */
import type { Draft } from './blocks.js';
import { BLOCK_TAGS, SKIP_TAGS } from './furniture.js';
import { type DomNode, attr, isElement, tagName } from './dom.js';
import { collapseSpace, joinBrokenLines, patternHeadingLevel } from './text.js';
import { HEADING_TAG, INDENTED_NEWLINE } from './patterns.js';

/** A table whose cell holds more than this many characters is layout, not data. */
export const LAYOUT_CELL_CHARS = 300;
/** …and so is one whose cell is a paragraph of prose: this long, with a full stop inside. */
export const PROSE_CELL_CHARS = 80;

/** A cell that is a paragraph of an article rather than a datum. */
function isProseCell(text: string): boolean {
  return text.length > LAYOUT_CELL_CHARS || (text.length >= PROSE_CELL_CHARS && text.includes('。'));
}

export interface WalkOptions {
  /** Label to put in front of a block's text (DOCX list numbers), by block element. */
  labelFor?: (el: DomNode, text: string) => string;
}

/** A paragraph draft, promoted to a heading when it starts with `一、`/`（一）` and is short. */
export function paragraphDraft(text: string): Draft {
  const level = patternHeadingLevel(text);
  return level > 0 ? { type: 'heading', level, text } : { type: 'paragraph', text };
}

/** Text of a subtree with block boundaries as "\n" (collapsed later), inline joins as nothing. */
export function flatText(n: DomNode): string {
  if (n.type === 'text') return n.data ?? '';
  if (!isElement(n) && n.type !== 'root') return '';
  const tag = tagName(n);
  if (SKIP_TAGS.has(tag)) return '';
  if (tag === 'br') return '\n';
  let out = '';
  for (const c of n.children ?? []) out += flatText(c);
  return BLOCK_TAGS.has(tag) || HEADING_TAG.test(tag) ? `\n${out}\n` : out;
}

function directRows(table: DomNode): { row: DomNode; head: boolean }[] {
  const rows: { row: DomNode; head: boolean }[] = [];
  const visit = (n: DomNode, head: boolean): void => {
    for (const c of n.children ?? []) {
      const t = tagName(c);
      if (t === 'tr') rows.push({ row: c, head });
      else if (t === 'thead' || t === 'tbody' || t === 'tfoot') visit(c, head || t === 'thead');
    }
  };
  visit(table, false);
  return rows;
}

function cellsOf(row: DomNode): DomNode[] {
  return (row.children ?? []).filter((c) => tagName(c) === 'td' || tagName(c) === 'th');
}

function hasNestedTable(n: DomNode): boolean {
  for (const c of n.children ?? []) {
    if (tagName(c) === 'table' || hasNestedTable(c)) return true;
  }
  return false;
}

/** Largest rowspan and colspan honoured (a hostile page may say 65534), and most columns a table grid gets. */
export const MAX_ROWSPAN = 1000;
export const MAX_COLSPAN = 64;
export const MAX_COLUMNS = 256;

function span(cell: DomNode, name: string, max: number): number {
  const n = Number.parseInt(attr(cell, name) ?? '1', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, max) : 1;
}

/** A cell's text; with a labeller (DOCX), each paragraph keeps its Word list number. */
function cellText(cell: DomNode, options: WalkOptions): string {
  const label = options.labelFor;
  if (label === undefined) return collapseSpace(flatText(cell));
  const parts: string[] = [];
  const visit = (n: DomNode): void => {
    const tag = tagName(n);
    if (tag === 'p' || tag === 'li') {
      const t = collapseSpace(flatText(n));
      if (t !== '') parts.push(label(n, t) + t);
      return;
    }
    if (n.type === 'text') {
      const t = collapseSpace(n.data ?? '');
      if (t !== '') parts.push(t);
      return;
    }
    for (const c of n.children ?? []) visit(c);
  };
  for (const c of cell.children ?? []) visit(c);
  return parts.join(' ');
}

/**
 * Rows of cell texts with `rowspan` and `colspan` expanded: a cell spanning rows repeats in
 * each (a category column); one spanning columns repeats in a header row (`数值` over
 * `本期 | 上年同期`) and leaves the other columns empty in a body row.
 */
export function expandSpans(rows: ReadonlyArray<ReadonlyArray<{ text: string; rowspan: number; colspan: number }>>, headerRows: number): string[][] {
  const carry: ({ text: string; left: number } | undefined)[] = [];
  return rows.map((cells, r) => {
    const out: string[] = [];
    let col = 0;
    const fill = (): void => {
      for (let c = carry[col]; c !== undefined && c.left > 0 && col < MAX_COLUMNS; c = carry[col]) {
        out[col] = c.text;
        c.left--;
        col++;
      }
    };
    for (const cell of cells) {
      fill();
      for (let k = 0; k < cell.colspan && col < MAX_COLUMNS; k++) {
        const text = k === 0 || r < Math.max(1, headerRows) ? cell.text : '';
        out[col] = text;
        carry[col] = cell.rowspan > 1 ? { text, left: cell.rowspan - 1 } : undefined;
        col++;
      }
    }
    fill();
    return Array.from(out, (t) => t ?? '');
  });
}

/** A table draft, or null when the table is layout (prose cells, one column, nested tables). */
export function tableDraft(table: DomNode, options: WalkOptions = {}): Draft | null {
  if (hasNestedTable(table)) return null;
  const rows = directRows(table)
    .map(({ row, head }) => ({ cells: cellsOf(row), head }))
    .filter((r) => r.cells.length > 0);
  // Layout or data is decided on the plain texts, before list labels are taken (the labeller reads in order).
  if (rows.some((r) => r.cells.some((c) => isProseCell(collapseSpace(flatText(c)))))) return null;
  // One column throughout is a stack of blocks laid out in a table, not data.
  if (rows.length === 0 || rows.every((r) => r.cells.length === 1 && span(r.cells[0]!, 'colspan', MAX_COLSPAN) === 1)) return null;
  let headerRows = 0;
  let headerDone = false;
  const cellRows = rows.map(({ cells, head }) => {
    if (!headerDone && (head || cells.every((c) => tagName(c) === 'th'))) headerRows++;
    else headerDone = true;
    return cells.map((c) => ({ text: cellText(c, options), rowspan: span(c, 'rowspan', MAX_ROWSPAN), colspan: span(c, 'colspan', MAX_COLSPAN) }));
  });
  const detected = headerRows > 0 && headerRows < cellRows.length ? headerRows : null;
  const caption = (table.children ?? []).find((c) => tagName(c) === 'caption');
  const captionText = caption === undefined ? '' : collapseSpace(flatText(caption));
  return { type: 'table', rows: expandSpans(cellRows, detected ?? 1), headerRows: detected, caption: captionText || null };
}

/** Walk `root` and append its blocks to `drafts`. */
export function walkBlocks(root: DomNode, drafts: Draft[], options: WalkOptions = {}): void {
  let buffer = '';
  /** Lines of the current block cut by `<br>`; they join where a sentence runs on. */
  let lines: string[] = [];
  let bufferEl: DomNode | null = null;
  const flush = (): void => {
    lines.push(buffer);
    const whole = collapseSpace(lines.join(''));
    joinBrokenLines(lines).forEach((text, i) => {
      const label = i === 0 && bufferEl !== null && options.labelFor !== undefined ? options.labelFor(bufferEl, whole) : '';
      drafts.push(paragraphDraft(label + text));
    });
    buffer = '';
    lines = [];
    bufferEl = null;
  };
  const visit = (n: DomNode): void => {
    if (n.type === 'text') {
      // A newline followed by an indent inside a text is a line break the writer typed (`<p>` holding paragraphs).
      const [first = '', ...more] = (n.data ?? '').split(INDENTED_NEWLINE);
      buffer += first;
      for (const part of more) {
        // Right after a <br> the newline adds no break of its own.
        if (buffer.trim() !== '') lines.push(buffer);
        buffer = part;
      }
      return;
    }
    if (!isElement(n) && n.type !== 'root') return;
    const tag = tagName(n);
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'br') {
      lines.push(buffer);
      buffer = '';
      return;
    }
    if (tag === 'hr') {
      flush();
      return;
    }
    const heading = HEADING_TAG.exec(tag);
    if (heading?.[1] !== undefined) {
      flush();
      const text = collapseSpace(flatText(n));
      const label = text !== '' && options.labelFor !== undefined ? options.labelFor(n, text) : '';
      if (text !== '') drafts.push({ type: 'heading', level: Number(heading[1]), text: label + text });
      return;
    }
    if (tag === 'table') {
      flush();
      const t = tableDraft(n, options);
      if (t !== null) {
        drafts.push(t);
        return;
      }
    }
    const block = BLOCK_TAGS.has(tag) || tag === 'table';
    if (block) flush();
    if (block && (tag === 'p' || tag === 'li')) bufferEl = n;
    for (const c of n.children ?? []) visit(c);
    if (block) flush();
  };
  visit(root);
  flush();
}
