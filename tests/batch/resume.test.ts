/**
 * A batch killed with SIGKILL, twice, then finished with --resume: the output holds every
 * document exactly once and equals a clean run's. A slow document among the inputs (a PDF
 * that pdf.js needs minutes for, well inside the default time limit) stalls the batch at a
 * known document, so the kill lands mid-run every time, without timing.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { runCli, startCli } from '../cli/run.js';
import { pdf, textStream } from '../fuzz/build.js';

const N = 300;
const STALLS = [120, 230];
const name = (i: number): string => `d-${String(i).padStart(3, '0')}.txt`;
const text = (i: number): string =>
  `${2020 + (i % 5)}年工作总结\n一、主要成效\n全年完成投资${(i * 7) % 97 + 1}.${i % 10}亿元，同比增长${i % 13}.5%，新增就业${100 + i}人。\n`;

const lines = async (path: string): Promise<string[]> =>
  (await readFile(path, 'utf8').catch(() => '')).split('\n').filter(Boolean);

async function waitFor(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await check()) return;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** 100,000 unbalanced `q` operators: pdf.js takes minutes over them. */
const SLOW = pdf(['q\n'.repeat(100_000) + textStream(['12.5%'])]);

/** Runs the batch until the journal holds `upTo` documents (all before the slow one), then SIGKILLs it. */
async function killedRun(dir: string, args: string[], upTo: number): Promise<void> {
  const journal = join(dir, 'out.jsonl.resume');
  const { child, done } = startCli(args, dir);
  await waitFor(async () => (await lines(journal)).length >= upTo, `${upTo} journal lines`);
  child.kill('SIGKILL');
  const r = await done;
  expect(r.signal).toBe('SIGKILL');
  expect(await stat(join(dir, 'out.jsonl.partial')).then(() => true)).toBe(true);
}

async function unstall(dir: string, i: number): Promise<void> {
  await rm(join(dir, name(i)));
  await writeFile(join(dir, name(i)), text(i));
}

describe('--resume after SIGKILL', () => {
  it('finishes with every document exactly once, equal to a clean run', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zb-resume-'));
    for (let i = 0; i < N; i++) {
      if (STALLS.includes(i)) await writeFile(join(dir, name(i)), SLOW);
      else await writeFile(join(dir, name(i)), text(i));
    }
    const inputs = Array.from({ length: N }, (_, i) => name(i));
    const args = ['extract', ...inputs, '--jobs', '2', '--out', 'out.jsonl', '--quiet'];

    await killedRun(dir, args, STALLS[0] ?? 0);
    await unstall(dir, STALLS[0] ?? 0);
    await killedRun(dir, [...args, '--resume'], STALLS[1] ?? 0);
    await unstall(dir, STALLS[1] ?? 0);

    const resumed = await runCli([...args, '--resume'], dir);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(new RegExp(`^zhibiao: resumed ${STALLS[1]} documents`, 'm'));
    expect(resumed.stderr).toMatch(new RegExp(`^zhibiao: in ${N}, ok ${N}, failed 0, `, 'm'));

    const clean = await runCli(['extract', ...inputs, '--jobs', '2', '--out', 'clean.jsonl', '--quiet'], dir);
    expect(clean.code).toBe(0);

    const got = await lines(join(dir, 'out.jsonl'));
    const want = await lines(join(dir, 'clean.jsonl'));
    expect(got).toEqual(want); // same records, same order, nothing twice
    const bySource = (ls: string[]): Map<string, string[]> => {
      const m = new Map<string, string[]>();
      for (const l of ls) {
        const s = (JSON.parse(l) as { source: string }).source;
        m.set(s, [...(m.get(s) ?? []), l]);
      }
      return m;
    };
    expect(bySource(got)).toEqual(bySource(want));

    await expect(stat(join(dir, 'out.jsonl.resume'))).rejects.toThrow(); // the resume state goes with success
    await expect(stat(join(dir, 'out.jsonl.partial'))).rejects.toThrow();
  });
});
