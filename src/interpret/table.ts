/**
 * Tables read by what their header and cells say. Each column gets a role from its
 * header (lexicon/tables.ts): the name column, a unit column, actual, previous-period,
 * target, completion and change columns. Each row then gives one record per figure cell:
 * an actual with the row's target and completion, a change, a previous-period actual, or,
 * with no actual column, a target record (`指标 | 2023年目标`). A table with no header whose
 * rows are `name | figure with unit` gives one actual per figure. A unit in a header
 * (`(万元)`), a unit row, a unit column or a caption (`单位:万元`) applies to bare numbers.
 */
import type { Kind } from '../schema.js';
import type { Figure } from '../extract/figures.js';
import { findFigures } from '../extract/figures.js';
import type { Masked } from '../extract/context.js';
import { DEFAULT_LEXICON, type Lexicon } from '../lexicon/extend.js';
import {
  BARE_NUMBER, CAPTION_UNIT, NOT_A_FIGURE_HEADER, RATE_HEADER, UNIT_MAGNITUDE, CELL_LIST_NUMBER, COLUMN_ROLES, EMPTY_CELL, HEADER_UNIT, MINUS_SIGN, SPECIFIC_NAME_HEADER,
  UNIT_ONLY_CELL, type ColumnRole,
} from '../lexicon/tables.js';
import { scaleDecimal } from '../extract/numbers.js';
import { lastYear } from './infer.js';

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
  kind: Kind;
  value: Figure;
  target: Figure | null;
  completion: number | null;
  /** The year the column's header names (`2024年`, `2025年目标`), else null. */
  period: string | null;
}

interface Column {
  role: ColumnRole;
  /** Unit text the header gives its cells (`万元`, `%`). */
  unit: string | null;
  /** What the column measures when its header names a quantity of its own (`地区 | 人口(万人)`): added to the row's name. */
  label: string | null;
  /** The year its header names. */
  period: string | null;
  /** A column of no known role headed by what its cells belong to (`指标 | 青禾县 | 云岫市`): put before the row's name. */
  entity: string | null;
}

const NO_NAMES: Masked = { ranges: [] };

/** The header text of column `c`: its header cells top to bottom, a merged cell's text once. */
function headerTitle(header: readonly NormCell[][], c: number): string {
  const parts: string[] = [];
  for (const r of header) {
    const t = (r[c]?.text ?? '').trim();
    if (t !== '' && parts[parts.length - 1] !== t) parts.push(t);
  }
  return parts.join('');
}

function unitOfTitle(title: string): string | null {
  const only = UNIT_ONLY_CELL.exec(title);
  if (only) return only.groups?.['a'] ?? only.groups?.['b'] ?? null;
  const m = HEADER_UNIT.exec(title);
  return m?.groups?.['pct'] ?? m?.groups?.['unit'] ?? null;
}

/** Whether a row holds only units in brackets (a unit row under the header). */
function isUnitRow(row: readonly NormCell[]): boolean {
  const filled = row.filter((c) => c.text.trim() !== '');
  return filled.length > 0 && filled.every((c) => UNIT_ONLY_CELL.test(c.text.trim()));
}

/** A row that is one cell across the table (`表1 主要指标`, `单位：万元`): a caption inside the table. */
function isSpanningRow(row: readonly NormCell[], width: number): boolean {
  const first = row[0]?.text.trim() ?? '';
  return width > 1 && first !== '' && row.length === width && row.every((c) => c.text.trim() === first);
}

function columns(table: NormTable, headerRows: number, width: number): Column[] {
  const rows = table.rows.slice(0, headerRows);
  const header = rows.filter((r) => !isSpanningRow(r, width));
  const captions = [table.caption ?? '', ...rows.filter((r) => !header.includes(r)).map((r) => r[0]!.text)];
  const captionUnit = captions.map((t) => CAPTION_UNIT.exec(t)?.groups?.['unit']).find((u) => u !== undefined) ?? null;
  const out: Column[] = [];
  for (let c = 0; c < width; c++) {
    if (headerRows === 0) {
      out.push({ role: c === 0 ? 'name' : 'actual', unit: null, label: null, period: null, entity: null });
      continue;
    }
    const title = headerTitle(header, c);
    const bare = title.replace(HEADER_UNIT, '').trim();
    const known = COLUMN_ROLES.find(([re]) => re.test(bare === '' ? title : bare))?.[1];
    const own = unitOfTitle(title);
    // A header of no known role that gives a unit names a quantity of its own: `人口(万人)`.
    const labelled = known === undefined && c > 0 && own !== null && bare !== '';
    const role = known ?? (c === 0 ? 'name' : labelled ? 'actual' : 'other');
    // A growth column with no unit of its own holds percents; a difference column (`增减`) counts in the row's unit.
    const unit = own ?? (role === 'change' ? (RATE_HEADER.test(bare) ? '%' : null) : role === 'actual' || role === 'target' || role === 'previous' ? captionUnit : null);
    const entity = role === 'other' && bare !== '' && !NOT_A_FIGURE_HEADER.test(bare) ? bare.replace(/\s+/gu, '') : null;
    out.push({ role, unit, label: labelled ? bare.replace(/\s+/gu, '') : null, period: lastYear(title), entity });
  }
  return out;
}

/** The first figure of a cell, signed, with the header's or the row's unit applied when the cell has none. */
function cellFigure(cell: NormCell | undefined, unit: string | null, lexicon: Lexicon): Figure | null {
  if (!cell) return null;
  const trimmed = cell.text.trim();
  if (EMPTY_CELL.test(trimmed)) return null;
  const lead = cell.text.indexOf(trimmed);
  const minus = MINUS_SIGN.exec(trimmed);
  const skip = minus ? minus[0].length : trimmed.startsWith('+') ? 1 : 0;
  const body = trimmed.slice(skip);
  const given = unit !== null && BARE_NUMBER.test(body) ? unit : null;
  const first = (s: string): Figure | undefined => findFigures(s, NO_NAMES, lexicon).find((f) => !f.barrier);
  // The column's unit is what the number counts, even where prose would read it otherwise (`79.8岁` is no age here).
  let found = given === null ? first(body) : first(body + given) ?? first(body);
  if (!found) return null;
  if (given !== null && found.unit === null) found = { ...found, unit: (found.magnitude > 0 ? given.replace(UNIT_MAGNITUDE, '') : given) || null };
  const off = cell.start + lead + skip;
  const end = Math.min(found.end, body.length);
  const value = found.value === null || !minus ? found.value : -found.value;
  return {
    ...found,
    value,
    start: off + found.start,
    end: off + end,
    outerStart: off + found.outerStart,
    outerEnd: off + Math.min(found.outerEnd, body.length),
  };
}

function completionOf(cell: NormCell | undefined): number | null {
  const t = cell?.text.trim() ?? '';
  const m = /^(\d+(?:\.\d+)?)\s?%?$/u.exec(t);
  return m ? scaleDecimal(m[1]!, 0) : null;
}

/** The header rows: those the parser told, and the unit rows right under them (at most 3 in all). */
function headerCount(table: NormTable): number {
  let n = table.headerRows;
  while (n < Math.min(3, table.rows.length - 1) && isUnitRow(table.rows[n]!)) n++;
  return n;
}

function nameColumn(cols: readonly Column[], table: NormTable, headerRows: number): number {
  const names = cols.flatMap((c, i) => (c.role === 'name' ? [i] : []));
  const header = table.rows.slice(0, headerRows);
  // With no name column the first column names the rows (`单位 | 完成投资` lists organisations).
  return names.find((i) => SPECIFIC_NAME_HEADER.test(headerTitle(header, i))) ?? names[0] ?? (cols.length > 1 ? 0 : -1);
}

export function tableFigures(table: NormTable, lexicon: Lexicon = DEFAULT_LEXICON): TableFigure[] {
  const width = Math.max(0, ...table.rows.map((r) => r.length));
  const headerRows = headerCount(table);
  const cols = columns(table, headerRows, width);
  const nameCol = nameColumn(cols, table, headerRows);
  if (nameCol < 0) return [];
  const unitCol = cols.findIndex((c, i) => c.role === 'unit' && i !== nameCol);
  const actualCols = cols.flatMap((c, i) => (c.role === 'actual' ? [i] : []));
  const targetCols = cols.flatMap((c, i) => (c.role === 'target' ? [i] : []));
  // The goal of the actual column is the target column nearest to it (the left one first:
  // `全年任务 | 完成数`); any other target column is a plan of its own (`2025年目标`).
  const firstActual = actualCols[0] ?? -1;
  const tiedCol = firstActual < 0 ? -1 : [...targetCols].sort((a, b) => Math.abs(a - firstActual) - Math.abs(b - firstActual) || a - b)[0] ?? -1;
  const completionCol = cols.findIndex((c) => c.role === 'completion');
  const out: TableFigure[] = [];
  for (const row of table.rows.slice(headerRows)) {
    const name = (row[nameCol]?.text.trim() ?? '').replace(/\s+/gu, '').replace(CELL_LIST_NUMBER, '');
    if (!name) continue;
    const rowUnit = unitCol >= 0 ? row[unitCol]?.text.trim() || null : null;
    const fig = (c: number): Figure | null => {
      const f = cellFigure(row[c], cols[c]!.unit ?? rowUnit, lexicon);
      // In a headerless table or an entity column a figure needs a unit or a magnitude: a bare number there says nothing.
      const loose = headerRows === 0 || cols[c]!.entity !== null;
      return f && loose && f.unit === null && f.magnitude === 0 ? null : f;
    };
    const push = (c: number, kind: Kind, target: Figure | null = null, completion: number | null = null): void => {
      const value = fig(c);
      const col = cols[c]!;
      const named = (col.entity ?? '') + name + (col.label ?? '');
      if (value) out.push({ block: table.block, row, name: named, kind, value, target, completion, period: col.period });
    };
    const target = tiedCol >= 0 ? fig(tiedCol) : null;
    for (const c of targetCols) if (c !== tiedCol) push(c, 'target');
    actualCols.forEach((c, k) => push(c, 'actual', k === 0 ? target : null, k === 0 && completionCol >= 0 ? completionOf(row[completionCol]) : null));
    cols.forEach((col, c) => {
      if (col.role === 'previous' || col.entity !== null) push(c, 'actual');
      else if (col.role === 'change') push(c, 'change');
    });
  }
  return out;
}
