/**
 * What a pipeline relies on: exit codes, the summary's tally by error code, messages
 * without parser class names, the document-level output, records of one figure linked,
 * and CSV that is safe to open in a spreadsheet and named like the Parquet output.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadDuckDb } from '../../src/output/index.js';
import { runCli, summaryOf } from './run.js';

const SEED = 'fixtures/seeds/000_f4c5eb871e2be798.txt';
const DOCX = 'fixtures/documents/report-with-table.docx';
const BROKEN = 'fixtures/documents/broken';
const tmp = (): Promise<string> => mkdtemp(join(tmpdir(), 'zb-reports-'));
const jsonl = <T = Record<string, unknown>>(text: string): T[] => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);
const duck = await loadDuckDb().catch(() => null);

describe('exit codes', () => {
  it.each([
    [[SEED], 0],
    [[SEED, 'nope.txt'], 1],
    [[SEED, 'nope.txt', '--allow-failures'], 0],
    [['nope.txt', '--allow-failures'], 1],
    [['nope.txt'], 1],
    [[SEED, '--format', 'xml'], 2],
  ])('extract %j exits %i', async (args, code) => {
    const r = await runCli(['extract', ...args, '-q']);
    expect(r.code).toBe(code);
  });

  it('3 when the Redis server cannot be reached', async () => {
    const r = await runCli(['status', '--redis', 'redis://127.0.0.1:1']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/cannot reach Redis at redis:\/\/127\.0\.0\.1:1/);
  });
});

describe('the summary and the messages', () => {
  it('ends with a tally by error code, and no parser class names leak', async () => {
    const r = await runCli(['extract', BROKEN, SEED, '-q']);
    expect(r.code).toBe(1);
    const last = r.stderr.trimEnd().split('\n').at(-1)!;
    expect(last).toMatch(/^zhibiao: in 6, ok 1, failed 5, records \d+, \d+\.\d\d s \(corrupt 2, empty 1, encrypted 1, unsupported_format 1\)$/);
    expect(r.stderr).toMatch(/truncated\.pdf: corrupt: the document is damaged or truncated: Invalid PDF structure\.$/m);
    expect(r.stderr).not.toMatch(/[A-Z][A-Za-z]*(Exception|Error)\b/);
  });

  it('has no tally when nothing failed', async () => {
    const r = await runCli(['extract', SEED, '-q']);
    expect(r.stderr.trimEnd()).toMatch(/records \d+, \d+\.\d\d s$/);
  });
});

interface DocRow { source: string; format: string | null; title: string | null; year: string | null; records: number; error: string | null }

describe('--documents FILE: one row per input', () => {
  it('as JSONL, failed documents and documents without records included', async () => {
    const dir = await tmp();
    await writeFile(join(dir, 'blank.txt'), '这份文件没有数字。');
    const docs = join(dir, 'docs.jsonl');
    const r = await runCli(['extract', SEED, DOCX, join(dir, 'blank.txt'), `${BROKEN}/empty.html`, '--documents', docs, '-q']);
    expect(r.code).toBe(1);
    const rows = jsonl<DocRow>(await readFile(docs, 'utf8'));
    expect(rows.map((x) => Object.keys(x))).toEqual(rows.map(() => ['source', 'format', 'title', 'year', 'records', 'error']));
    const records = jsonl<{ source: string }>(r.stdout);
    expect(rows[0]).toMatchObject({ source: SEED, format: 'text', error: null, year: '2024' });
    expect(rows[0]!.records).toBe(records.filter((x) => x.source === SEED).length);
    expect(rows[1]).toMatchObject({ source: DOCX, format: 'docx', records: 107, error: null });
    expect(rows[1]!.title).toMatch(/\S/);
    expect(rows[2]).toMatchObject({ source: join(dir, 'blank.txt'), format: 'text', records: 0, error: null });
    expect(rows[3]).toEqual({ source: `${BROKEN}/empty.html`, format: null, title: null, year: null, records: 0, error: 'empty' });
  });

  it('as CSV when FILE ends in .csv', async () => {
    const dir = await tmp();
    const docs = join(dir, 'docs.csv');
    await runCli(['extract', SEED, `${BROKEN}/encrypted.pdf`, '--documents', docs, '-q']);
    const rows = parse(await readFile(docs, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.map((x) => [x.source, x.format, x.error])).toEqual([[SEED, 'text', ''], [`${BROKEN}/encrypted.pdf`, '', 'encrypted']]);
  });
});

describe('one figure in prose and in a table is linked', () => {
  it('the prose record points at the table record (duplicateOf), so a sum counts it once', async () => {
    const r = await runCli(['extract', DOCX, '-q']);
    const records = jsonl<{ name: string; value: number | null; unit: string | null; rule: string; duplicateOf: number | null }>(r.stdout);
    const linked = records.filter((x) => x.duplicateOf !== null);
    expect(linked.length).toBeGreaterThanOrEqual(10);
    for (const x of linked) {
      const table = records[x.duplicateOf!]!;
      expect(table.rule).toMatch(/^table\./);
      expect(x.rule).not.toMatch(/^table\./);
      expect([table.value, table.unit]).toEqual([x.value, x.unit]);
    }
    const byName = (n: string) => linked.find((x) => x.name === n);
    expect(records[byName('电子档案建档率')!.duplicateOf!]!.name).toBe('居民电子健康档案建档率');
    expect(records[byName('高血压病患规范管理服务率')!.duplicateOf!]!.name).toBe('高血压病患规范管理服务率');
    // Each table record is restated at most once.
    expect(new Set(linked.map((x) => x.duplicateOf)).size).toBe(linked.length);
    // Records from text with no tables carry null.
    const text = await runCli(['extract', SEED, '-q']);
    expect(jsonl<{ duplicateOf: unknown }>(text.stdout).every((x) => x.duplicateOf === null)).toBe(true);
  });
});

describe('CSV a spreadsheet opens safely', () => {
  it('escapes text that would be a formula, keeps numbers numbers', async () => {
    const dir = await tmp();
    const input = join(dir, 'evil.txt');
    await writeFile(input, '=HYPERLINK("http://evil","点此")项目投资100万元。\n@SUM(1)热线接听1200次。\n-下降的项目有3个。\n');
    const r = await runCli(['extract', input, '--format', 'csv', '-q']);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      for (const [column, cell] of Object.entries(row)) {
        if (/^[=+\-@\t\r]/.test(cell)) expect(/^-?\d+(\.\d+)?$/.test(cell), `${column}: ${cell}`).toBe(true);
      }
    }
    expect(rows.map((x) => x.sentence)).toContain('\'=HYPERLINK("http://evil","点此")项目投资100万元。');
    expect(rows.map((x) => x.value)).toEqual(expect.arrayContaining(['1000000', '1200']));
    // Numbers are bare (a spreadsheet reads them as numbers), never quoted or prefixed.
    expect(r.stdout).toMatch(/,1000000,/);
  });
});

describe.skipIf(!duck)('CSV and Parquet: one column naming, period typed alike (needs @duckdb/node-api)', () => {
  it('have the same columns, in snake_case, and period is text in JSONL, CSV (as documented) and Parquet', async () => {
    const dir = await tmp();
    const csv = join(dir, 'r.csv');
    const pq = join(dir, 'r.parquet');
    await runCli(['extract', SEED, '--out', csv, '-q']);
    await runCli(['extract', SEED, '--out', pq, '-q']);
    const header = (await readFile(csv, 'utf8')).split('\r\n')[0]!.split(',');
    const instance = await duck!.DuckDBInstance.create(':memory:');
    const conn = (await instance.connect()) as unknown as {
      runAndReadAll(sql: string): Promise<{ getRowObjectsJS(): Record<string, unknown>[] }>;
      closeSync(): void;
    };
    const described = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM '${pq}'`)).getRowObjectsJS();
    const csvTyped = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_csv('${csv}', types = {'period': 'VARCHAR'})`)).getRowObjectsJS();
    conn.closeSync();
    instance.closeSync();
    expect(described.map((c) => c.column_name)).toEqual(header);
    for (const h of header) expect(h).toMatch(/^[a-z][a-z0-9]*(?:_[a-z][a-z0-9]*)*$/);
    expect(described.find((c) => c.column_name === 'period')?.column_type).toBe('VARCHAR');
    expect(csvTyped.find((c) => c.column_name === 'period')?.column_type).toBe('VARCHAR');
    const first = jsonl<{ period: unknown }>((await runCli(['extract', SEED, '-q'])).stdout)[0]!;
    expect(typeof first.period).toBe('string');
  });
});
