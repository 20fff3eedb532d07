/** `zhibiao eval` as a person runs it on their own annotations: warnings, n/a, CSV predictions, a gold template. */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

const SEED = 'fixtures/seeds/000_f4c5eb871e2be798.txt';
const GOLD = 'fixtures/gold/seeds.jsonl';
const DOC = '000_f4c5eb871e2be798';
const tmp = (): Promise<string> => mkdtemp(join(tmpdir(), 'zb-eval-'));
const lastLine = (s: string): string => s.trimEnd().split('\n').at(-1)!;

async function files(entries: Record<string, string>): Promise<(name: string) => string> {
  const dir = await tmp();
  for (const [name, text] of Object.entries(entries)) await writeFile(join(dir, name), text);
  return (name) => join(dir, name);
}

const g = (over: Record<string, unknown>): string => JSON.stringify({ doc: 'a', name: '接种', value: 1500, valueMax: null, unit: '人次', kind: 'actual', target: null, masked: false, ...over });
const p = (over: Record<string, unknown>): string => JSON.stringify({ source: 'out/a.txt', name: '接种', value: 1500, valueMax: null, unit: '人次', kind: 'actual', target: null, masked: false, ...over });

describe('zhibiao eval warnings', () => {
  it('two predicted sources mapping to one gold doc', async () => {
    const f = await files({ 'g.jsonl': g({}), 'p.jsonl': [p({}), p({ source: 'other/a.docx' })].join('\n') });
    const r = await runCli(['eval', '--gold', f('g.jsonl'), '--pred', f('p.jsonl')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('zhibiao eval: warning: gold doc a: 2 predicted sources map to it (out/a.txt, other/a.docx) and are scored together');
  });

  it('gold docs with no predictions, --doc naming no gold doc, gold lines without doc', async () => {
    const f = await files({
      'g.jsonl': [g({}), g({ doc: 'b' }), JSON.stringify({ name: 'x', value: 1 })].join('\n'),
      'p.jsonl': p({}),
    });
    const r = await runCli(['eval', '--gold', f('g.jsonl'), '--pred', f('p.jsonl'), '--doc', 'a', '--doc', 'b', '--doc', 'zz']);
    expect(r.code).toBe(0);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'zhibiao eval: warning: 1 gold line has no "doc" and was not scored',
      'zhibiao eval: warning: --doc zz names no gold doc',
      'zhibiao eval: warning: gold doc b has no predictions (all its records count as missed)',
    ]);
    expect(r.stdout).not.toMatch(/^undefined/m);
  });

  it('no warning when everything lines up', async () => {
    const f = await files({ 'g.jsonl': g({}), 'p.jsonl': p({}) });
    const r = await runCli(['eval', '--gold', f('g.jsonl'), '--pred', f('p.jsonl')]);
    expect(r.stderr).toBe('');
  });
});

describe('zhibiao eval figures', () => {
  it('prints n/a for 0/0, not 0.0', async () => {
    const f = await files({ 'g.jsonl': g({}), 'p.jsonl': p({ source: 'out/zzz.txt' }) });
    const r = await runCli(['eval', '--gold', f('g.jsonl'), '--pred', f('p.jsonl')]);
    const out = r.stdout;
    expect(out).toMatch(/^a +1 +0 +0 +n\/a +0\.0 +0\.0 +0$/m); // P of a doc with no predictions is 0/0
    expect(out).toContain('names: overlap>=0.5   n/a  exact   n/a'); // no matches to judge names on
    expect(out).toContain('targets: recall   n/a of 0');
    expect(out).toContain('masked recall   n/a of 0');
    expect(lastLine(out)).toBe('figure P   n/a R   0.0% F1   0.0%   record (figure+name+kind+target) F1   0.0%');
  });

  it('reads CSV predictions (extract --format csv) and scores them as the JSONL ones', async () => {
    const dir = await tmp();
    const csv = join(dir, 'pred.csv');
    const jl = join(dir, 'pred.jsonl');
    await runCli(['extract', SEED, '--out', csv, '--bom', '-q']);
    await runCli(['extract', SEED, '--out', jl, '-q']);
    const a = await runCli(['eval', '--gold', GOLD, '--pred', csv, '--doc', DOC, '--json']);
    const b = await runCli(['eval', '--gold', GOLD, '--pred', jl, '--doc', DOC, '--json']);
    expect(a.code).toBe(0);
    const sa = JSON.parse(a.stdout) as { figure: { f1: number }; pred: number };
    expect(sa.pred).toBeGreaterThan(50);
    expect(sa).toEqual(JSON.parse(b.stdout));
  });
});

describe('zhibiao eval --template', () => {
  it('turns predictions into gold lines that score 100% against them', async () => {
    const dir = await tmp();
    const pred = join(dir, 'pred.jsonl');
    await runCli(['extract', SEED, '--out', pred, '-q']);
    const t = await runCli(['eval', '--template', '--pred', pred]);
    expect(t.code).toBe(0);
    const lines = t.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.length).toBeGreaterThan(50);
    expect(Object.keys(lines[0]!)).toEqual(['doc', 'name', 'value', 'valueMax', 'unit', 'kind', 'target', 'qualifier', 'masked', 'numeral', 'raw', 'context']);
    expect(lines.every((l) => l.doc === DOC)).toBe(true);
    const gold = join(dir, 'gold.jsonl');
    await writeFile(gold, t.stdout);
    const r = await runCli(['eval', '--gold', gold, '--pred', pred]);
    expect(lastLine(r.stdout)).toBe('figure P 100.0% R 100.0% F1 100.0%   record (figure+name+kind+target) F1 100.0%');
    expect(await readFile(gold, 'utf8')).toContain('"context":');
  });

  it('needs --pred and no --gold', async () => {
    expect((await runCli(['eval', '--template'])).stderr).toContain('--template needs --pred');
    const r = await runCli(['eval', '--template', '--pred', 'p.jsonl', '--gold', GOLD]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('drop --gold');
  });
});
