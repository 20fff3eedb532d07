/**
 * The locator as flat columns, after the record's own: which format, then each format's
 * fields (empty for the others). A PDF figure's boxes give `box_x0`…`box_y1` as the box
 * around them all and `boxes` as JSON, one box per line.
 */
import type { Box, IndicatorRecord, Locator } from '../schema.js';
import type { Cell, ColumnType } from './columns.js';

interface LocatorColumn {
  name: string;
  type: ColumnType;
  get: (r: IndicatorRecord) => Cell;
}

/** One field of one locator format as a column. */
function field<F extends Locator['format']>(name: string, type: ColumnType, format: F, read: (l: Extract<Locator, { format: F }>) => Cell): LocatorColumn {
  return { name, type, get: (r) => (r.locator?.format === format ? read(r.locator as Extract<Locator, { format: F }>) : null) };
}

function around(boxes: readonly Box[], i: 0 | 1 | 2 | 3): number | null {
  if (boxes.length === 0) return null;
  const values = boxes.map((b) => b[i]);
  return i < 2 ? Math.min(...values) : Math.max(...values);
}

const docx = (name: 'paragraph' | 'table' | 'row' | 'column') => (l: Extract<Locator, { format: 'docx' }>): Cell =>
  name in l ? ((l as Record<string, unknown>)[name] as number) : null;

export const LOCATOR_COLUMNS: readonly LocatorColumn[] = [
  { name: 'locator_format', type: 'VARCHAR', get: (r) => r.locator?.format ?? null },
  field('text_line', 'INTEGER', 'text', (l) => l.line),
  field('text_column', 'INTEGER', 'text', (l) => l.column),
  field('html_start', 'INTEGER', 'html', (l) => l.htmlSpan[0]),
  field('html_end', 'INTEGER', 'html', (l) => l.htmlSpan[1]),
  field('docx_paragraph', 'INTEGER', 'docx', docx('paragraph')),
  field('docx_table', 'INTEGER', 'docx', docx('table')),
  field('docx_row', 'INTEGER', 'docx', docx('row')),
  field('docx_column', 'INTEGER', 'docx', docx('column')),
  field('docx_offset', 'INTEGER', 'docx', (l) => l.offset),
  field('docx_length', 'INTEGER', 'docx', (l) => l.length),
  field('page', 'INTEGER', 'pdf', (l) => l.page),
  field('box_x0', 'DOUBLE', 'pdf', (l) => around(l.boxes, 0)),
  field('box_y0', 'DOUBLE', 'pdf', (l) => around(l.boxes, 1)),
  field('box_x1', 'DOUBLE', 'pdf', (l) => around(l.boxes, 2)),
  field('box_y1', 'DOUBLE', 'pdf', (l) => around(l.boxes, 3)),
  field('boxes', 'VARCHAR', 'pdf', (l) => JSON.stringify(l.boxes)),
];
