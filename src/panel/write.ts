/**
 * Writing a panel: CSV (RFC 4180, the record CSV's quoting) or Parquet (through the
 * optional DuckDB, like `zhibiao extract --format parquet`), long or wide, and the side
 * table next to it (`panel.side.csv`).
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import type { Cell } from '../output/columns.js';
import { csvRow } from '../output/csv.js';
import { loadDuckDb } from '../output/parquet.js';
import type { Panel, PanelRow, SideRow } from './build.js';
import { widePanel } from './wide.js';

type ColumnOf<R> = { name: string; type: 'VARCHAR' | 'DOUBLE' | 'INTEGER'; get: (r: R) => Cell };

export const LONG_COLUMNS: ReadonlyArray<ColumnOf<PanelRow>> = [
  { name: 'region_code', type: 'VARCHAR', get: (r) => r.regionCode },
  { name: 'region_name', type: 'VARCHAR', get: (r) => r.regionName },
  { name: 'level', type: 'VARCHAR', get: (r) => r.level },
  { name: 'province', type: 'VARCHAR', get: (r) => r.province },
  { name: 'city', type: 'VARCHAR', get: (r) => r.city },
  { name: 'county', type: 'VARCHAR', get: (r) => r.county },
  { name: 'period', type: 'VARCHAR', get: (r) => r.period },
  { name: 'indicator_id', type: 'VARCHAR', get: (r) => r.indicatorId },
  { name: 'indicator_name', type: 'VARCHAR', get: (r) => r.indicatorName },
  { name: 'kind', type: 'VARCHAR', get: (r) => r.kind },
  { name: 'value', type: 'DOUBLE', get: (r) => r.value },
  { name: 'value_max', type: 'DOUBLE', get: (r) => r.valueMax },
  { name: 'unit', type: 'VARCHAR', get: (r) => r.unit },
  { name: 'qualifier', type: 'VARCHAR', get: (r) => r.qualifier },
  { name: 'target_value', type: 'DOUBLE', get: (r) => r.targetValue },
  { name: 'target_unit', type: 'VARCHAR', get: (r) => r.targetUnit },
  { name: 'completion', type: 'DOUBLE', get: (r) => r.completion },
  { name: 'source', type: 'VARCHAR', get: (r) => r.source },
  { name: 'span_start', type: 'INTEGER', get: (r) => r.spanStart },
  { name: 'span_end', type: 'INTEGER', get: (r) => r.spanEnd },
  { name: 'sentence', type: 'VARCHAR', get: (r) => r.sentence },
  { name: 'alternatives', type: 'INTEGER', get: (r) => r.alternatives },
  { name: 'alternative_sources', type: 'VARCHAR', get: (r) => r.alternativeSources },
];

export const SIDE_COLUMNS: ReadonlyArray<ColumnOf<SideRow>> = [
  { name: 'reason', type: 'VARCHAR', get: (r) => r.reason },
  { name: 'source', type: 'VARCHAR', get: (r) => r.source },
  { name: 'region_code', type: 'VARCHAR', get: (r) => r.regionCode },
  { name: 'period', type: 'VARCHAR', get: (r) => r.period },
  { name: 'name', type: 'VARCHAR', get: (r) => r.name },
  { name: 'indicator_id', type: 'VARCHAR', get: (r) => r.indicatorId },
  { name: 'kind', type: 'VARCHAR', get: (r) => r.kind },
  { name: 'value', type: 'DOUBLE', get: (r) => r.value },
  { name: 'unit', type: 'VARCHAR', get: (r) => r.unit },
  { name: 'span_start', type: 'INTEGER', get: (r) => r.spanStart },
  { name: 'span_end', type: 'INTEGER', get: (r) => r.spanEnd },
  { name: 'sentence', type: 'VARCHAR', get: (r) => r.sentence },
  { name: 'candidates', type: 'VARCHAR', get: (r) => r.candidates },
];

export interface Table {
  columns: string[];
  types: string[];
  rows: Cell[][];
}

function tableOf<R>(columns: ReadonlyArray<ColumnOf<R>>, rows: readonly R[]): Table {
  return { columns: columns.map((c) => c.name), types: columns.map((c) => c.type), rows: rows.map((r) => columns.map((c) => c.get(r))) };
}

export function longTable(panel: Panel): Table {
  return tableOf(LONG_COLUMNS, panel.rows);
}

export function wideTable(panel: Panel): Table {
  const w = widePanel(panel.rows);
  return { columns: w.columns, types: w.columns.map((_, i) => (i < 7 ? 'VARCHAR' : 'DOUBLE')), rows: w.rows };
}

export function sideTable(panel: Panel): Table {
  return tableOf(SIDE_COLUMNS, panel.side);
}

export function tableCsv(t: Table, bom = false): string {
  return (bom ? '\uFEFF' : '') + csvRow(t.columns) + t.rows.map(csvRow).join('');
}

const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** Writes `t` to `path` (via `path.partial`) as CSV or, for `.parquet`, Parquet. */
export async function writeTable(t: Table, path: string, options: { bom?: boolean } = {}): Promise<void> {
  const partial = `${path}.partial`;
  if (!path.endsWith('.parquet')) {
    await writeFile(partial, tableCsv(t, options.bom === true));
    await rename(partial, path);
    return;
  }
  const duck = await loadDuckDb();
  const stage = `${path}.stage.jsonl`;
  await writeFile(stage, t.rows.map((r) => JSON.stringify(Object.fromEntries(t.columns.map((c, i) => [c, r[i] ?? null])))).join('\n') + '\n');
  const columns = t.columns.map((c, i) => `${sqlString(c)}: ${sqlString(t.types[i]!)}`).join(', ');
  const instance = await duck.DuckDBInstance.create(':memory:');
  try {
    const conn = await instance.connect();
    try {
      await conn.run(`COPY (SELECT * FROM read_json(${sqlString(stage)}, format = 'newline_delimited', columns = {${columns}})) TO ${sqlString(partial)} (FORMAT parquet)`);
    } finally {
      conn.closeSync();
    }
  } finally {
    instance.closeSync();
    await rm(stage, { force: true });
  }
  await rename(partial, path);
}
