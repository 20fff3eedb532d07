/**
 * The document post-pass that links a figure stated twice: once in prose and once in a
 * table row of the same document (`覆盖率85.6%` in a paragraph, `| 覆盖率 | 85.6% |` in the
 * table). The prose record gets `duplicateOf` = the index of the table record, so that a
 * sum per document can leave it out (`WHERE duplicateOf IS NULL`).
 *
 * Two records state the same figure when their values, units and periods are equal and
 * their names end alike: one contains the other, or they share a tail of at least
 * `MIN_SHARED_TAIL` characters (`电子档案建档率` / `居民电子健康档案建档率`). Each table record
 * is linked to at most one prose record, longest shared tail first.
 */
import type { IndicatorRecord } from './schema.js';

/** Characters two names must share at their end (`管理率`), when neither contains the other. */
export const MIN_SHARED_TAIL = 3;

const isTableRecord = (r: IndicatorRecord): boolean => r.rule.startsWith('table.');

/** Characters `a` and `b` share at their end. */
export function sharedTail(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let n = 0;
  while (n < x.length && n < y.length && x[x.length - 1 - n] === y[y.length - 1 - n]) n++;
  return n;
}

/** How strongly two names say the same thing: 0 when not enough. */
export function nameAffinity(prose: string, table: string): number {
  if (!prose || !table) return 0;
  const tail = sharedTail(prose, table);
  if (prose.includes(table) || table.includes(prose)) return Math.max(tail, Math.min(prose.length, table.length));
  return tail >= MIN_SHARED_TAIL ? tail : 0;
}

const sameFigure = (a: IndicatorRecord, b: IndicatorRecord): boolean =>
  a.value !== null && a.value === b.value && a.valueMax === b.valueMax && a.unit === b.unit && a.period === b.period;

/** The records with `duplicateOf` set (a new array; records are copied only when linked). */
export function linkDuplicates(records: readonly IndicatorRecord[]): IndicatorRecord[] {
  const out = records.map((r) => (r.duplicateOf === null ? r : { ...r, duplicateOf: null }));
  const tables = out.flatMap((r, i) => (isTableRecord(r) ? [i] : []));
  if (!tables.length) return out;
  const pairs: { prose: number; table: number; affinity: number }[] = [];
  out.forEach((r, prose) => {
    if (isTableRecord(r)) return;
    for (const table of tables) {
      const t = out[table]!;
      if (!sameFigure(r, t)) continue;
      const affinity = nameAffinity(r.name, t.name);
      if (affinity > 0) pairs.push({ prose, table, affinity });
    }
  });
  pairs.sort((a, b) => b.affinity - a.affinity || a.prose - b.prose || a.table - b.table);
  const usedProse = new Set<number>();
  const usedTable = new Set<number>();
  for (const p of pairs) {
    if (usedProse.has(p.prose) || usedTable.has(p.table)) continue;
    usedProse.add(p.prose);
    usedTable.add(p.table);
    out[p.prose] = { ...out[p.prose]!, duplicateOf: p.table };
  }
  return out;
}
