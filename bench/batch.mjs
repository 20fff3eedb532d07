#!/usr/bin/env node
// Batch throughput and memory: `zhibiao extract` end to end over the synthetic corpus
// (bench/make-archive.mjs), --jobs 1 and --jobs 2 over the directory, then --jobs 2 over
// the zip. Peak RSS is the CLI process's own (process.resourceUsage().maxRSS, all threads).
// --jobs 1 and --jobs 2 alternate over --rounds (default 2) and each keeps its best run, the
// one least disturbed by whatever else the machine does; a --low-memory run follows.
//   node bench/batch.mjs [--json] [--docs N] [--rounds N] [--no-zip]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const json = args.includes('--json');
const docs = Number(args.includes('--docs') ? args[args.indexOf('--docs') + 1] : 10_000);
const withZip = !args.includes('--no-zip');
const rounds = Number(args.includes('--rounds') ? args[args.indexOf('--rounds') + 1] : 2);
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli/main.js');
const docsDir = join(root, 'bench/out/docs');
const zip = join(root, 'bench/out/archive.zip');

const count = (dir) => readdirSync(dir, { recursive: true }).filter((f) => /\.[a-z]+$/.test(String(f))).length;
if (!existsSync(docsDir) || count(docsDir) !== docs || (withZip && !existsSync(zip))) {
  const r = spawnSync(process.execPath, [join(root, 'bench/make-archive.mjs'), '--docs', String(docs), ...(withZip ? ['--zip'] : [])], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error('make-archive failed');
}

// Printed by the CLI process as it exits: its peak resident set, in kB.
const probe = `data:text/javascript,process.on('exit',()=>process.stderr.write('BENCH_MAXRSS_KB '+process.resourceUsage().maxRSS+'\\n'))`;

function run(input, jobs, extra = []) {
  const dir = mkdtempSync(join(tmpdir(), 'zb-bench-'));
  const out = join(dir, 'out.jsonl');
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--import', probe, cli, 'extract', input, '--jobs', String(jobs), '--out', out, '--quiet', ...extra], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = (performance.now() - start) / 1000;
  rmSync(dir, { recursive: true, force: true });
  const m = /zhibiao: in (\d+), ok (\d+), failed (\d+), records (\d+), ([\d.]+) s/.exec(r.stderr);
  const rss = /BENCH_MAXRSS_KB (\d+)/.exec(r.stderr);
  if (!m || !rss) throw new Error(`extract failed (exit ${r.status}): ${r.stderr.slice(-2000)}`);
  const seconds = Number(m[5]);
  return {
    jobs, flags: extra.join(' '), input: input.replace(`${root}/`, ''), in: Number(m[1]), ok: Number(m[2]), failed: Number(m[3]), records: Number(m[4]),
    seconds, wallSeconds: +wall.toFixed(2), docsPerSec: +(Number(m[1]) / seconds).toFixed(1), peakRssMb: +(Number(rss[1]) / 1024).toFixed(1),
  };
}

const runs = [];
for (let i = 0; i < rounds; i++) runs.push(run(docsDir, 1), run(docsDir, 2));
const best = (jobs) => runs.filter((r) => r.jobs === jobs && !r.flags).reduce((a, b) => (b.docsPerSec > a.docsPerSec ? b : a));
const [j1, j2] = [best(1), best(2)];
const low = run(docsDir, 2, ['--low-memory']);
runs.push(low);
if (withZip) runs.push(run(zip, 2));
const result = {
  docs,
  docsPerSecJobs1: j1.docsPerSec,
  docsPerSecJobs2: j2.docsPerSec,
  speedupJobs2: +(j2.docsPerSec / j1.docsPerSec).toFixed(2),
  peakRssMb: Math.max(...runs.filter((r) => !r.flags).map((r) => r.peakRssMb)),
  peakRssMbLowMemory: low.peakRssMb,
  docsPerSecJobs2LowMemory: low.docsPerSec,
  runs,
};
if (json) console.log(JSON.stringify(result));
else {
  for (const r of runs) {
    console.log(`${r.input} --jobs ${r.jobs}${r.flags ? ` ${r.flags}` : ''}: ${r.in} docs (${r.failed} failed), ${r.records} records, ${r.seconds} s, ${r.docsPerSec} docs/s, peak RSS ${r.peakRssMb} MB`);
  }
  console.log(`jobs 2 / jobs 1: ${result.speedupJobs2}x`);
}
