/**
 * Reading gold and prediction files: JSON lines (blank lines skipped, a bad line an error
 * naming the file and line), or zhibiao's own CSV (`extract --format csv`, read back into
 * records: numbers, booleans and the flattened target restored, formula guards undone).
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { unescapeFormula } from '../output/csv.js';
import type { EvalRecord } from './match.js';

/** Parses JSONL text; throws `Error("PATH:LINE: not JSON: …")` on a bad line. */
export function parseJsonl(text: string, path = '<input>'): EvalRecord[] {
  const out: EvalRecord[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw new Error(`${path}:${i + 1}: not JSON: ${(e as Error).message}`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new Error(`${path}:${i + 1}: not a JSON object`);
    }
    out.push(value as EvalRecord);
  });
  return out;
}

const num = (s: string | undefined): number | null => (s === undefined || s === '' ? null : Number(s));
const bool = (s: string | undefined): boolean => s === 'true';
const text = (s: string | undefined): string | null => (s === undefined || s === '' ? null : unescapeFormula(s));

/** One CSV row (by column name) as a record the scorer reads. */
export function csvRowRecord(row: Readonly<Record<string, string>>): EvalRecord {
  const targetRaw = text(row.target_raw);
  const record: EvalRecord = {
    source: text(row.source) ?? '',
    name: text(row.name) ?? '',
    value: num(row.value),
    valueMax: num(row.value_max ?? row.valueMax),
    unit: text(row.unit),
    raw: text(row.raw),
    kind: text(row.kind) ?? 'actual',
    target: targetRaw === null && !row.target_value ? null : Object.assign({ value: num(row.target_value), unit: text(row.target_unit) }, { raw: targetRaw, masked: bool(row.target_masked) }),
    qualifier: text(row.qualifier),
    masked: bool(row.masked),
    numeral: text(row.numeral) ?? 'arabic',
  };
  if (row.sentence !== undefined) record.context = text(row.sentence);
  return record;
}

/** Parses zhibiao's CSV (a BOM allowed); throws `Error("PATH: …")` when it is not CSV with a header. */
export function parseCsv(input: string, path = '<input>'): EvalRecord[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(input, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
  } catch (e) {
    throw new Error(`${path}: not CSV: ${(e as Error).message}`);
  }
  if (rows.length && !('value' in rows[0]!)) throw new Error(`${path}: a CSV of records needs a header with source, name, value, … (zhibiao extract --format csv)`);
  return rows.map(csvRowRecord);
}

/** Reads and parses one file: CSV when it ends in `.csv`, else JSONL. */
export async function readJsonl(path: string): Promise<EvalRecord[]> {
  const content = await readFile(path, 'utf8');
  return /\.csv$/i.test(path) ? parseCsv(content, path) : parseJsonl(content, path);
}

/** Same as `readJsonl`: any file the scorer reads. */
export const readRecords = readJsonl;
