/**
 * The table a person reads on a terminal: one row per record with the columns that say
 * what was found (source, name, value, unit, kind, target, completion), fitted to the
 * terminal's width with CJK characters counted as two cells, and one summary line after
 * each document's rows. Not for machines: use JSONL, CSV or Parquet for those.
 */
import stringWidth from 'string-width';
import type { IndicatorRecord } from '../schema.js';
import type { Encoder } from './encoder.js';

/** The width used when the output is not a terminal and none is given. */
export const DEFAULT_TABLE_WIDTH = 100;

interface TableColumn {
  title: string;
  /** Cells wanted; flexible columns share what the fixed ones leave. */
  width: number | 'flex';
  align: 'left' | 'right';
  get: (r: IndicatorRecord) => string;
}

const baseName = (source: string): string => source.slice(Math.max(source.lastIndexOf('/'), source.lastIndexOf('!')) + 1);

/** A number as a person reads it: no exponent, at most 4 decimals. */
export function showNumber(n: number | null): string {
  if (n === null) return '';
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toFixed(4)));
}

/** The value as a person reads it: a range as `1~3` (ASCII: an en dash is of ambiguous width on CJK terminals), a masked figure as written (`xx.xx%`). */
export function showValue(r: IndicatorRecord): string {
  if (r.value === null) return r.raw;
  return r.valueMax === null ? showNumber(r.value) : `${showNumber(r.value)}~${showNumber(r.valueMax)}`;
}

const TABLE_COLUMNS: readonly TableColumn[] = [
  { title: 'source', width: 'flex', align: 'left', get: (r) => baseName(r.source) },
  { title: 'name', width: 'flex', align: 'left', get: (r) => r.name },
  { title: 'value', width: 12, align: 'right', get: showValue },
  { title: 'unit', width: 6, align: 'left', get: (r) => r.unit ?? '' },
  { title: 'kind', width: 6, align: 'left', get: (r) => r.kind },
  { title: 'target', width: 10, align: 'right', get: (r) => r.target?.raw ?? '' },
  { title: 'completion', width: 10, align: 'right', get: (r) => (r.completion === null ? '' : `${showNumber(r.completion)}%`) },
];

const GAP = '  ';
/** Cells the flexible columns need at least; below it, columns are left out in `DROP_ORDER`. */
const MIN_FLEX = 40;
/** The narrowest name column. */
const MIN_NAME = 8;
/**
 * Which columns go first on a narrow terminal: the source (each document's summary line
 * names it), the kind, the completion, the target. Name, value and unit always stay.
 */
const DROP_ORDER = ['source', 'kind', 'completion', 'target'];

/** `s` cut to at most `cells` terminal cells, with "…" when cut. */
export function fitCells(s: string, cells: number): string {
  const flat = s.replace(/[\t\r\n]+/g, ' ');
  if (stringWidth(flat) <= cells) return flat;
  let out = '';
  let used = 0;
  for (const ch of flat) {
    const w = stringWidth(ch);
    if (used + w > cells - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/** `s` padded with spaces to `cells` terminal cells. */
export function padCells(s: string, cells: number, align: 'left' | 'right' = 'left'): string {
  const pad = ' '.repeat(Math.max(0, cells - stringWidth(s)));
  return align === 'left' ? s + pad : pad + s;
}

interface Layout {
  columns: TableColumn[];
  widths: number[];
}

/** Which columns fit in `width` cells, and how wide each is. */
export function tableLayout(width: number): Layout {
  let columns = [...TABLE_COLUMNS];
  const flexLeft = (cols: readonly TableColumn[]): number =>
    width - cols.reduce((n, c) => n + (c.width === 'flex' ? 0 : c.width), 0) - GAP.length * (cols.length - 1);
  for (const drop of DROP_ORDER) {
    const need = columns.some((c) => c.title === 'source') ? MIN_FLEX : MIN_NAME;
    if (flexLeft(columns) >= need) break;
    columns = columns.filter((c) => c.title !== drop);
  }
  const flex = Math.max(MIN_NAME, flexLeft(columns));
  const sourceCells = columns.some((c) => c.title === 'source') ? Math.max(8, Math.floor(flex * 0.3)) : 0;
  const widths = columns.map((c) => (c.width !== 'flex' ? c.width : c.title === 'source' ? sourceCells : flex - sourceCells));
  return { columns, widths };
}

function line(layout: Layout, cells: readonly string[]): string {
  const parts = layout.columns.map((c, i) => padCells(fitCells(cells[i] ?? '', layout.widths[i]!), layout.widths[i]!, c.align));
  return parts.join(GAP).trimEnd();
}

/** The header and its rule. */
export function tableHeader(width: number): string {
  const layout = tableLayout(width);
  const rule = layout.widths.map((w) => '-'.repeat(w)).join(GAP);
  return `${line(layout, layout.columns.map((c) => c.title))}\n${rule}\n`;
}

/** One document's rows, then its summary line. */
export function tableRows(records: readonly IndicatorRecord[], width: number, source?: string): string {
  const layout = tableLayout(width);
  let out = '';
  for (const r of records) out += `${line(layout, layout.columns.map((c) => c.get(r)))}\n`;
  const name = source ?? records[0]?.source;
  if (name !== undefined) out += `${fitCells(`== ${name}: ${documentSummary(records)}`, width)}\n`;
  return out;
}

/** `12 records, 3 with a target, 2 masked` (the parts that are not zero). */
export function documentSummary(records: readonly IndicatorRecord[]): string {
  const n = records.length;
  const targets = records.filter((r) => r.target !== null || r.kind === 'target').length;
  const masked = records.filter((r) => r.masked).length;
  const parts = [`${n} ${n === 1 ? 'record' : 'records'}`];
  if (targets) parts.push(`${targets} with a target`);
  if (masked) parts.push(`${masked} masked`);
  return parts.join(', ');
}

export function tableEncoder(width = DEFAULT_TABLE_WIDTH): Encoder {
  return {
    head: () => tableHeader(width),
    encode: (records, source) => tableRows(records, width, source),
    fromLines: () => {
      throw new Error('the table is drawn from records, not encoded lines');
    },
    tail: () => '',
  };
}
