#!/usr/bin/env node
// The panel's cost over extraction, on a 1,000-document archive (bench/make-archive.mjs):
// wall time of `zhibiao extract DIR --out records.jsonl` against `zhibiao panel DIR --out
// panel.csv` (which extracts too, then finds regions' rows, resolves conflicts and writes
// the long table and the side table), each run --runs times (default 3), median kept.
//   node bench/panel.mjs [--docs 1000] [--jobs 2] [--runs 3] [--json]
// The bar: panel < 2 × extract.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const DOCS = opt('--docs', '1000');
const JOBS = opt('--jobs', '2');
const RUNS = Number(opt('--runs', '3'));
const here = (f) => fileURLToPath(new URL(f, import.meta.url));
const CLI = here('../dist/cli/main.js');

const made = spawnSync(process.execPath, [here('./make-archive.mjs'), '--docs', DOCS], { stdio: ['ignore', 'ignore', 'inherit'] });
if (made.status !== 0) throw new Error('make-archive failed');
const docs = here('./out/docs/');
const out = mkdtempSync(join(tmpdir(), 'zb-bench-panel-'));

function time(argv) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, ...argv], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${argv[0]} failed: ${r.stderr}`);
  return { seconds, summary: r.stderr.trim().split('\n').at(-1) };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const extract = [];
const panel = [];
let last = {};
for (let i = 0; i < RUNS; i++) {
  const e = time(['extract', docs, '--out', join(out, 'records.jsonl'), '--jobs', JOBS, '--quiet']);
  const p = time(['panel', docs, '--out', join(out, 'panel.csv'), '--jobs', JOBS]);
  extract.push(e.seconds);
  panel.push(p.seconds);
  last = { extract: e.summary, panel: p.summary };
}
rmSync(out, { recursive: true, force: true });
const result = {
  docs: Number(DOCS),
  jobs: Number(JOBS),
  runs: RUNS,
  extractSeconds: Number(median(extract).toFixed(2)),
  panelSeconds: Number(median(panel).toFixed(2)),
  ratio: Number((median(panel) / median(extract)).toFixed(2)),
  bar: 2,
  summaries: last,
};
if (args.includes('--json')) console.log(JSON.stringify(result));
else {
  console.log(`extract ${result.extractSeconds} s, panel ${result.panelSeconds} s on ${DOCS} documents (--jobs ${JOBS}, median of ${RUNS}): panel/extract ${result.ratio} (bar < 2)`);
  console.log(last.extract);
  console.log(last.panel);
}
