/**
 * Draft blocks (text only) → the document text and blocks with offsets.
 * Every format parser produces drafts; this is the one place offsets are computed.
 */
import type { Block, Cell } from './types.js';
import { HAS_DIGIT, HEADER_DATE_DIGITS, LIST_ITEM_GOES_ON, LIST_ITEM_START, LIST_LEAD_END } from './patterns.js';

export type Draft =
  | { type: 'heading'; level: number; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'table'; rows: string[][]; headerRows: number | null; caption: string | null };

/** The separator between cells of a table row in the text. */
export const CELL_SEPARATOR = ' | ';

/** Longest paragraph that may serve as a table caption. */
export const MAX_CAPTION_CHARS = 60;

/** Most header rows told apart by content. */
export const MAX_GUESSED_HEADER_ROWS = 3;

/** Whether a cell could be a header's: no digits but those of years and months (`2024年`, `1-6月`). */
export function headerLike(cell: string): boolean {
  return !HAS_DIGIT.test(cell.replace(HEADER_DATE_DIGITS, ''));
}

/** Header rows by content: the leading rows of header-like cells (at most 3), when a later row has digits. */
export function guessHeaderRows(rows: readonly (readonly string[])[]): number {
  let n = 0;
  while (n < Math.min(MAX_GUESSED_HEADER_ROWS, rows.length - 1) && rows[n]!.every(headerLike)) n++;
  return rows.slice(n).some((r) => r.some((c) => HAS_DIGIT.test(c))) ? n : 0;
}

/** The caption for a table: the paragraph just before it when it reads like a title. */
export function captionFrom(previous: Draft | undefined): string | null {
  if (previous === undefined || previous.type === 'table') return null;
  const t = previous.text;
  if (t.length === 0 || t.length > MAX_CAPTION_CHARS || t.includes('\n')) return null;
  if (t.endsWith('。') || t.endsWith('.')) return null;
  return t;
}

const isItem = (d: Draft | undefined): d is Draft & { type: 'paragraph' } => d?.type === 'paragraph' && LIST_ITEM_START.test(d.text);

/**
 * Numbered items that go on with one sentence (`主要目标是：` ⏎ `①…；` ⏎ `②…。`) become that
 * sentence again, so each item's figure keeps the sentence's subject and kind. Only a
 * lead-in ending with a colon, followed by items of which all but the last end with `；`/`，`.
 */
export function joinListSentences(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.type !== 'paragraph' || !LIST_LEAD_END.test(d.text) || !isItem(drafts[i + 1])) {
      out.push(d);
      continue;
    }
    let text = d.text;
    let j = i + 1;
    for (let item = drafts[j]; isItem(item); item = drafts[++j]) {
      text += item.text;
      if (!LIST_ITEM_GOES_ON.test(item.text)) {
        j++;
        break;
      }
    }
    out.push({ type: 'paragraph', text });
    i = j - 1;
  }
  return out;
}

/** Drop empty drafts, join list items that go on with one sentence, fill in table captions and header rows. */
export function finishDrafts(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of joinListSentences(drafts)) {
    if (d.type === 'table') {
      const rows = d.rows.filter((r) => r.some((c) => c !== ''));
      if (rows.length === 0) continue;
      const width = Math.max(...rows.map((r) => r.length));
      const padded = rows.map((r) => (r.length < width ? [...r, ...Array<string>(width - r.length).fill('')] : r));
      out.push({
        type: 'table',
        rows: padded,
        headerRows: d.headerRows ?? guessHeaderRows(padded),
        caption: d.caption ?? captionFrom(out[out.length - 1]),
      });
    } else if (d.text !== '') {
      out.push(d);
    }
  }
  return out;
}

export interface Assembled {
  text: string;
  blocks: Block[];
}

/** Join drafts with "\n" and compute every block's and cell's offsets. */
export function assemble(drafts: readonly Draft[]): Assembled {
  const parts: string[] = [];
  const blocks: Block[] = [];
  let pos = 0;
  for (const d of finishDrafts(drafts)) {
    if (parts.length > 0) {
      parts.push('\n');
      pos += 1;
    }
    const start = pos;
    if (d.type === 'table') {
      const rows: Cell[][] = [];
      d.rows.forEach((row, i) => {
        if (i > 0) {
          parts.push('\n');
          pos += 1;
        }
        const cells: Cell[] = [];
        row.forEach((cell, j) => {
          if (j > 0) {
            parts.push(CELL_SEPARATOR);
            pos += CELL_SEPARATOR.length;
          }
          cells.push({ text: cell, start: pos, end: pos + cell.length });
          parts.push(cell);
          pos += cell.length;
        });
        rows.push(cells);
      });
      blocks.push({ type: 'table', start, end: pos, rows, headerRows: d.headerRows ?? 0, caption: d.caption });
    } else {
      parts.push(d.text);
      pos += d.text.length;
      blocks.push(d.type === 'heading' ? { type: 'heading', level: d.level, start, end: pos } : { type: 'paragraph', start, end: pos });
    }
  }
  return { text: parts.join(''), blocks };
}
