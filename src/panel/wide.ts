/**
 * The wide panel: one row per (region code, period), one column per indicator and kind
 * (`gdp_actual`, `gdp_growth_target`), as pandas and Stata expect. Column names are ASCII,
 * at most 32 characters (Stata's limit) and unique; a name that would be longer keeps the
 * start of the id and ends with 4 hex characters of its hash.
 */
import { createHash } from 'node:crypto';
import type { Cell } from '../output/columns.js';
import type { PanelRow } from './build.js';

export const MAX_COLUMN = 32;
const KEY_COLUMNS = ['region_code', 'region_name', 'level', 'province', 'city', 'county', 'period'] as const;

export interface WidePanel {
  columns: string[];
  rows: Cell[][];
}

export function columnName(indicatorId: string, kind: string): string {
  const full = `${indicatorId}_${kind}`;
  if (full.length <= MAX_COLUMN) return full;
  const hash = createHash('sha1').update(full).digest('hex').slice(0, 4);
  return `${indicatorId.slice(0, MAX_COLUMN - kind.length - 6)}_${hash}_${kind}`;
}

export function widePanel(rows: readonly PanelRow[]): WidePanel {
  const names = new Map<string, string>();
  for (const r of rows) {
    const key = `${r.indicatorId}\u0000${r.kind}`;
    if (!names.has(key)) names.set(key, columnName(r.indicatorId, r.kind));
  }
  const valueColumns = [...new Set(names.values())].sort();
  const at = new Map(valueColumns.map((c, i) => [c, KEY_COLUMNS.length + i]));
  const byKey = new Map<string, Cell[]>();
  for (const r of rows) {
    const key = `${r.regionCode}\u0000${r.period}`;
    let line = byKey.get(key);
    if (!line) {
      line = [r.regionCode, r.regionName, r.level, r.province, r.city, r.county, r.period, ...valueColumns.map(() => null)];
      byKey.set(key, line);
    }
    line[at.get(names.get(`${r.indicatorId}\u0000${r.kind}`)!)!] = r.value;
  }
  return { columns: [...KEY_COLUMNS, ...valueColumns], rows: [...byKey.values()] };
}
