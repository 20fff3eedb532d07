import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, summaryOf } from './run.js';

const tmp = (): Promise<string> => mkdtemp(join(tmpdir(), 'zb-cli-'));

describe('zhibiao extract: exit codes and summary', () => {
  it.each([
    [['extract'], /no inputs/],
    [['extract', 'a.txt', '--nope'], /unknown option --nope$/m],
    [['extract', 'a.txt', '--format', 'xml'], /unknown --format xml \(one of jsonl, json, csv, parquet, table\)/],
    [['extract', 'a.txt', '--jobs', 'two'], /--jobs needs a whole number/],
    [['extract', 'a.txt', '--resume'], /--resume needs --out FILE in jsonl/],
    [['extract', 'a.txt', '--format', 'parquet'], /parquet needs --out/],
  ])('%j is a one-line usage error (exit 2)', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(2);
    expect(r.stderr.trimEnd().split('\n')[1]).toBe("Run 'zhibiao extract --help' for usage.");
  });

  it('exits 1 when every input failed, one stderr line per error, and counts it', async () => {
    const dir = await tmp();
    const r = await runCli(['extract', 'nope.txt', 'fixtures/documents/broken/empty.html', '--errors', join(dir, 'e.jsonl')]);
    expect(r.stderr).toMatch(/^nope\.txt: not_found: /m);
    const s = summaryOf(r.stderr);
    expect(s?.in).toBe(2);
    expect((s?.ok ?? 0) + (s?.failed ?? 0)).toBe(2);
    const errors = (await readFile(join(dir, 'e.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { source: string; code: string });
    expect(errors.map((e) => e.source)).toContain('nope.txt');
    expect(errors.find((e) => e.source === 'nope.txt')?.code).toBe('not_found');
    expect(r.code).toBe(1);
  });

  it('exits 1 for a lone missing input', async () => {
    const r = await runCli(['extract', 'nope.txt']);
    expect(r.code).toBe(1);
    expect(summaryOf(r.stderr)).toEqual({ in: 1, ok: 0, failed: 1, records: 0 });
  });

  it('reads directories and globs, and the summary reconciles', async () => {
    const r = await runCli(['extract', 'fixtures/seeds', 'fixtures/seeds/00[01]_*.txt', '--jobs', '2']);
    expect(r.code).toBe(0);
    const s = summaryOf(r.stderr);
    expect(s).toMatchObject({ in: 7, ok: 7, failed: 0 });
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(s?.records ?? -1);
    for (const l of lines) expect((JSON.parse(l) as { source: string }).source).toMatch(/^fixtures\/seeds\/\d{3}_\w+\.txt$/);
  });

  it('draws no progress when stderr is not a terminal', async () => {
    const r = await runCli(['extract', 'fixtures/seeds']);
    expect(r.stderr).not.toMatch(/\r/);
  });

  it('writes CSV with a BOM and a header to --out, via a partial file', async () => {
    const dir = await tmp();
    const out = join(dir, 'r.csv');
    const r = await runCli(['extract', 'fixtures/seeds', '--format', 'csv', '--bom', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(await readdir(dir)).toEqual(['r.csv']);
    const text = await readFile(out, 'utf8');
    expect(text.startsWith('\uFEFFsource,name,value,')).toBe(true);
  });

  it('writes a JSON array', async () => {
    const r = await runCli(['extract', 'fixtures/seeds/000_f4c5eb871e2be798.txt', '--format', 'json']);
    expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
  });
});

describe('zhibiao: dispatch', () => {
  it('prints help and version', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^ {2}extract +extract records/m);
    const version = await runCli(['--version']);
    expect(version.stdout.trim()).toMatch(/^zhibiao \d+\.\d+\.\d+$/);
    const extractHelp = await runCli(['help', 'extract']);
    expect(extractHelp.stdout).toMatch(/--resume/);
  });

  it('rejects an unknown command with exit 2', async () => {
    const r = await runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command frobnicate/);
  });
});
