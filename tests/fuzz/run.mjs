#!/usr/bin/env node
/**
 * `npm run fuzz -- --count N [--seed S] [--batch N] [--only I] [--verbose]`: the fuzz suite
 * (tests/fuzz/fuzz.test.ts) on N inputs instead of the normal run's 2,000.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    count: { type: 'string' },
    seed: { type: 'string' },
    batch: { type: 'string' },
    only: { type: 'string' },
    verbose: { type: 'boolean' },
  },
});
const env = { ...process.env };
if (values.count !== undefined) env.ZHIBIAO_FUZZ_COUNT = values.count;
if (values.seed !== undefined) env.ZHIBIAO_FUZZ_SEED = values.seed;
if (values.batch !== undefined) env.ZHIBIAO_FUZZ_BATCH = values.batch;
if (values.only !== undefined) env.ZHIBIAO_FUZZ_ONLY = values.only;
if (values.verbose) env.ZHIBIAO_FUZZ_VERBOSE = '1';
const r = spawnSync('npx', ['vitest', 'run', 'tests/fuzz/fuzz.test.ts', '--typecheck.enabled=false'], { stdio: 'inherit', env });
process.exitCode = r.status ?? 1;
