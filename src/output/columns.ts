/**
 * The flat table view of a record, shared by the CSV and Parquet outputs: a fixed column
 * order following the record schema, nested fields flattened (`target_value`,
 * `target_unit`, `section` joined with " > ", spans as start/end pairs). One naming
 * convention, snake_case, in CSV and Parquet alike (`valueMax` is `value_max`).
 */
import type { IndicatorRecord } from '../schema.js';
import { LOCATOR_COLUMNS } from './locator-columns.js';

/** How a column is typed in Parquet (DuckDB type names). */
export type ColumnType = 'VARCHAR' | 'DOUBLE' | 'BOOLEAN' | 'INTEGER';

export type Cell = string | number | boolean | null;

export interface Column {
  name: string;
  type: ColumnType;
  get: (r: IndicatorRecord) => Cell;
}

/** Separator between heading levels in the flattened `section` column. */
export const SECTION_SEPARATOR = ' > ';

/** The columns, in output order. Adding a record field means adding a column here. */
export const COLUMNS: readonly Column[] = [
  { name: 'source', type: 'VARCHAR', get: (r) => r.source },
  { name: 'name', type: 'VARCHAR', get: (r) => r.name },
  { name: 'value', type: 'DOUBLE', get: (r) => r.value },
  { name: 'value_max', type: 'DOUBLE', get: (r) => r.valueMax },
  { name: 'unit', type: 'VARCHAR', get: (r) => r.unit },
  { name: 'raw', type: 'VARCHAR', get: (r) => r.raw },
  { name: 'kind', type: 'VARCHAR', get: (r) => r.kind },
  { name: 'target_value', type: 'DOUBLE', get: (r) => r.target?.value ?? null },
  { name: 'target_unit', type: 'VARCHAR', get: (r) => r.target?.unit ?? null },
  { name: 'target_raw', type: 'VARCHAR', get: (r) => r.target?.raw ?? null },
  { name: 'target_masked', type: 'BOOLEAN', get: (r) => r.target?.masked ?? null },
  { name: 'completion', type: 'DOUBLE', get: (r) => r.completion },
  { name: 'qualifier', type: 'VARCHAR', get: (r) => r.qualifier },
  { name: 'masked', type: 'BOOLEAN', get: (r) => r.masked },
  { name: 'numeral', type: 'VARCHAR', get: (r) => r.numeral },
  { name: 'period', type: 'VARCHAR', get: (r) => r.period },
  { name: 'section', type: 'VARCHAR', get: (r) => r.section.join(SECTION_SEPARATOR) },
  { name: 'span_start', type: 'INTEGER', get: (r) => r.span[0] },
  { name: 'span_end', type: 'INTEGER', get: (r) => r.span[1] },
  { name: 'source_span_start', type: 'INTEGER', get: (r) => r.sourceSpan[0] },
  { name: 'source_span_end', type: 'INTEGER', get: (r) => r.sourceSpan[1] },
  { name: 'sentence', type: 'VARCHAR', get: (r) => r.sentence },
  { name: 'rule', type: 'VARCHAR', get: (r) => r.rule },
  { name: 'block', type: 'INTEGER', get: (r) => r.block },
  { name: 'region_code', type: 'VARCHAR', get: (r) => r.regionCode ?? null },
  { name: 'indicator_id', type: 'VARCHAR', get: (r) => r.indicatorId ?? null },
  { name: 'indicator_name', type: 'VARCHAR', get: (r) => r.indicatorName ?? null },
  { name: 'duplicate_of', type: 'INTEGER', get: (r) => r.duplicateOf },
  ...LOCATOR_COLUMNS,
];

/** The column names, in order. */
export const COLUMN_NAMES: readonly string[] = COLUMNS.map((c) => c.name);

/** A record as a flat object keyed by column name, in column order. */
export function flattenRecord(r: IndicatorRecord): Record<string, Cell> {
  const row: Record<string, Cell> = {};
  for (const c of COLUMNS) row[c.name] = c.get(r);
  return row;
}
