/**
 * The fuzz suite (issue 9): seeded hostile inputs of every format through the library and
 * through a batch. In the normal run 2,000 inputs (about half a minute); `npm run fuzz --
 * --count N [--seed S]` for long runs. A failure names its input: rerun it alone with
 * `ZHIBIAO_FUZZ_SEED=S ZHIBIAO_FUZZ_ONLY=i npx vitest run tests/fuzz/fuzz.test.ts`.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../dist/batch/run-batch.js';
import { checkInput, INPUT_LIMIT_MS, type Outcome } from './check.js';
import { generate, type FuzzInput } from './generate.js';

const env = process.env;
const COUNT = Number(env['ZHIBIAO_FUZZ_COUNT'] ?? 2000);
const SEED = Number(env['ZHIBIAO_FUZZ_SEED'] ?? 20261201);
const ONLY = env['ZHIBIAO_FUZZ_ONLY'] === undefined ? null : Number(env['ZHIBIAO_FUZZ_ONLY']);
/** Inputs also run through a batch on worker threads (with the time limit as the hang bound). */
const BATCH_COUNT = Math.min(COUNT, Number(env['ZHIBIAO_FUZZ_BATCH'] ?? 150));

const indices = (n: number): number[] => (ONLY !== null ? [ONLY] : Array.from({ length: n }, (_, i) => i));
const inputs = (n: number): FuzzInput[] => indices(n).map((i) => generate(SEED, i));

/** Per-family counts of outcome codes, for the log of a long run. */
function tally(outcomes: readonly Outcome[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const o of outcomes) {
    const fam = (out[o.family] ??= {});
    fam[o.code] = (fam[o.code] ?? 0) + 1;
  }
  return out;
}

describe(`fuzz: ${ONLY !== null ? `input ${ONLY}` : `${COUNT} inputs`} of seed ${SEED}`, () => {
  it('no throw, no internal, spans slice to raw, each input within its bound', async () => {
    const outcomes: Outcome[] = [];
    for (const i of indices(COUNT)) outcomes.push(await checkInput(generate(SEED, i)));
    const bad = outcomes.filter((o) => o.problems.length > 0).map((o) => `${o.name}: ${o.problems.slice(0, 3).join('; ')}`);
    if (env['ZHIBIAO_FUZZ_VERBOSE'] === '1') {
      const slowest = [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 5).map((o) => `${o.name} ${o.ms.toFixed(0)} ms`);
      console.log(JSON.stringify({ inputs: outcomes.length, families: tally(outcomes), slowest }, null, 1));
    }
    expect(bad).toEqual([]);
    // The families are all there (a generator that silently stopped making one would pass).
    if (ONLY === null && COUNT >= 1000) expect(Object.keys(tally(outcomes)).length).toBeGreaterThanOrEqual(12);
  }, Math.max(120_000, COUNT * 200));

  it('through a batch on worker threads: no timeout, no internal; in = ok + failed, records = lines written', async () => {
    let lines = 0;
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const b of chunk) if (b === 0x0a) lines++;
        done();
      },
    });
    const errors: string[] = [];
    const summary = await runBatch({
      inputs: inputs(BATCH_COUNT).map((f) => ({ source: f.name, bytes: f.bytes })),
      format: 'jsonl',
      stream: sink,
      jobs: 2,
      timeoutMs: INPUT_LIMIT_MS,
      onError: (e) => errors.push(e.code),
    });
    expect(summary.in).toBe(summary.ok + summary.failed);
    expect(summary.failed).toBe(errors.length);
    expect(summary.records).toBe(lines);
    expect(errors.filter((c) => c === 'internal' || c === 'timeout')).toEqual([]);
    // Zips expand into their entries: at least one document per input that is not an archive.
    expect(summary.in).toBeGreaterThanOrEqual(BATCH_COUNT - inputs(BATCH_COUNT).filter((f) => f.name.endsWith('.zip')).length);
  }, Math.max(120_000, BATCH_COUNT * 200));
});
