/**
 * Header-aware table rows into records: the name from the indicator column, value
 * and unit from the actual column, the goal from the task column, completion from the
 * 完成率 column; a unit in a header (`(万元)`) or caption (`单位:万元`) applies to its cells.
 */
import type { Figure } from '../extract/figures.js';
import { findFigures } from '../extract/figures.js';
import type { Masked } from '../extract/context.js';
import { DEFAULT_LEXICON, type Lexicon } from '../lexicon/extend.js';
import { CAPTION_UNIT, COLUMN_ROLES, EMPTY_CELL, HEADER_UNIT, type ColumnRole } from '../lexicon/tables.js';
import { scaleDecimal } from '../extract/numbers.js';

/** A cell located in the normalized text. */
export interface NormCell {
  text: string;
  start: number;
  end: number;
}

export interface NormTable {
  block: number;
  rows: NormCell[][];
  headerRows: number;
  caption: string | null;
}

export interface TableFigure {
  block: number;
  row: NormCell[];
  name: string;
  value: Figure;
  target: Figure | null;
  completion: number | null;
}

interface Column {
  role: ColumnRole;
  /** Unit text the header gives its cells (`万元`, `%`). */
  unit: string | null;
}

const NO_NAMES: Masked = { ranges: [] };

function columns(table: NormTable): Column[] {
  const header = table.rows.slice(0, Math.max(1, table.headerRows));
  const width = Math.max(...table.rows.map((r) => r.length));
  const captionUnit = table.caption ? CAPTION_UNIT.exec(table.caption)?.groups?.['unit'] ?? null : null;
  const out: Column[] = [];
  for (let c = 0; c < width; c++) {
    const title = header.map((r) => r[c]?.text ?? '').join('');
    const role = COLUMN_ROLES.find(([re]) => re.test(title))?.[1] ?? (c === 0 ? 'name' : 'other');
    const m = HEADER_UNIT.exec(title);
    const unit = m?.groups?.['pct'] ?? m?.groups?.['unit'] ?? (role === 'actual' || role === 'target' ? captionUnit : null);
    out.push({ role, unit });
  }
  return out;
}

/** The first figure of a cell, with the header's unit applied when the cell has none. */
function cellFigure(cell: NormCell | undefined, headerUnit: string | null, lexicon: Lexicon): Figure | null {
  if (!cell || EMPTY_CELL.test(cell.text.trim())) return null;
  const withUnit = headerUnit && /^[\d.,xX*]+$/u.test(cell.text.trim()) ? cell.text.trim() + headerUnit : cell.text;
  const found = findFigures(withUnit, NO_NAMES, lexicon).find((f) => !f.barrier);
  if (!found) return null;
  const lead = cell.text.indexOf(cell.text.trim());
  const end = Math.min(found.end, cell.text.trim().length) + lead;
  return { ...found, start: cell.start + found.start + lead, end: cell.start + end, outerStart: cell.start + found.outerStart + lead, outerEnd: cell.start + Math.min(found.outerEnd, cell.text.length) };
}

function completionOf(cell: NormCell | undefined): number | null {
  const t = cell?.text.trim() ?? '';
  const m = /^(\d+(?:\.\d+)?)\s?%?$/u.exec(t);
  return m ? scaleDecimal(m[1]!, 0) : null;
}

export function tableFigures(table: NormTable, lexicon: Lexicon = DEFAULT_LEXICON): TableFigure[] {
  const cols = columns(table);
  const nameCol = cols.findIndex((c) => c.role === 'name');
  const actualCol = cols.findIndex((c) => c.role === 'actual');
  if (nameCol < 0 || actualCol < 0) return [];
  const targetCol = cols.findIndex((c) => c.role === 'target');
  const completionCol = cols.findIndex((c) => c.role === 'completion');
  const out: TableFigure[] = [];
  for (const row of table.rows.slice(Math.max(1, table.headerRows))) {
    const name = row[nameCol]?.text.trim() ?? '';
    const value = cellFigure(row[actualCol], cols[actualCol]!.unit, lexicon);
    if (!name || !value) continue;
    out.push({
      block: table.block,
      row,
      name: name.replace(/\s+/gu, ''),
      value,
      target: targetCol >= 0 ? cellFigure(row[targetCol], cols[targetCol]!.unit, lexicon) : null,
      completion: completionCol >= 0 ? completionOf(row[completionCol]) : null,
    });
  }
  return out;
}
