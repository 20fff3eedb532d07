import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

describe('zhibiao eval', () => {
  it('scores the seeds gold against itself at 100%', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zb-eval-'));
    const gold = (await readFile('fixtures/gold/seeds.jsonl', 'utf8')).trim().split('\n');
    const pred = gold.map((l) => {
      const r = JSON.parse(l) as { doc: string };
      return JSON.stringify({ ...r, source: `out/${r.doc}.txt` });
    });
    await writeFile(join(dir, 'pred.jsonl'), pred.join('\n'));
    const r = await runCli(['eval', '--gold', 'fixtures/gold/seeds.jsonl', '--pred', join(dir, 'pred.jsonl')]);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(
      'figure P 100.0% R 100.0% F1 100.0%   record (figure+name+kind+target) F1 100.0%',
    );
    const json = await runCli(['eval', '--gold', 'fixtures/gold/seeds.jsonl', '--pred', join(dir, 'pred.jsonl'), '--json', '--doc', '003_6e427e49ff9af0f7']);
    const summary = JSON.parse(json.stdout) as { docs: number; figure: { f1: number } };
    expect(summary.docs).toBe(1);
    expect(summary.figure.f1).toBe(1);
  });

  it('needs --gold and --pred (exit 2)', async () => {
    const r = await runCli(['eval', '--gold', 'fixtures/gold/seeds.jsonl']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/need --gold and --pred/);
  });
});

describe('zhibiao schema', () => {
  it('prints the record JSON Schema', async () => {
    const r = await runCli(['schema']);
    const schema = JSON.parse(r.stdout) as { type: string; properties: Record<string, unknown>; required: string[] };
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toContain('sourceSpan');
    expect(schema.required).toContain('source');
  });
  it('prints the DocumentResult schema with --result', async () => {
    const r = await runCli(['schema', '--result']);
    expect(r.stdout).toMatch(/"ok"/);
    expect(r.stdout).toMatch(/not_found/);
  });
});
