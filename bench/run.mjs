#!/usr/bin/env node
// `npm run bench [-- --json] [-- --docs N]`: runs the sub-benchmarks one after another
// (each in its own process, so they do not share a heap) and prints a human summary, or
// with --json exactly one JSON object on stdout. Sub-benchmarks: extract.mjs (throughput,
// cold start), recognizers.mjs (the Recognizers-Text baseline), batch.mjs (docs/s with
// --jobs 1 and 2 over the synthetic corpus, peak RSS), formats.mjs (if present), linear.mjs
// (growth on adversarial inputs: 10 KB / 100 KB / 1 MB, the ratio per 10×).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const json = args.includes('--json');
const docs = args.includes('--docs') ? args[args.indexOf('--docs') + 1] : '10000';
const here = (f) => fileURLToPath(new URL(f, import.meta.url));

function sub(file, extra = []) {
  const r = spawnSync(process.execPath, [here(file), '--json', ...extra], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`${file} failed (exit ${r.status})`);
  const text = r.stdout.trim();
  try {
    return JSON.parse(text); // one object, possibly pretty-printed
  } catch {
    return JSON.parse(text.split('\n').filter((l) => l.startsWith('{')).at(-1) ?? 'null');
  }
}

const extract = sub('./extract.mjs');
const recognizers = sub('./recognizers.mjs', ['--min-chars', '30000']);
const batch = sub('./batch.mjs', ['--docs', docs]);
const formats = existsSync(here('./formats.mjs')) ? sub('./formats.mjs') : null;
const linear = sub('./linear.mjs');
// The queue needs a redis-server on this machine; without one its figures are left out (said so).
const hasRedis = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
const queue = hasRedis ? sub('./queue.mjs', ['--docs', '1000']) : null;

const result = {
  extractCharsPerSec: extract.extractCharsPerSec,
  recognizersCharsPerSec: recognizers.recognizersCharsPerSec,
  ratioVsRecognizers: +(extract.extractCharsPerSec / recognizers.recognizersCharsPerSec).toFixed(1),
  coldStartMs: extract.coldStartMs,
  docsPerSecJobs1: batch.docsPerSecJobs1,
  docsPerSecJobs2: batch.docsPerSecJobs2,
  speedupJobs2: batch.speedupJobs2,
  peakRssMb: batch.peakRssMb,
  peakRssMbLowMemory: batch.peakRssMbLowMemory,
  docsPerSecJobs2LowMemory: batch.docsPerSecJobs2LowMemory,
  extractCharsPerSecSimplified: extract.extractCharsPerSecSimplified,
  batchDocs: batch.docs,
  batchRuns: batch.runs,
  ...(formats ? { formats } : {}),
  linear,
  queue: queue ?? 'not measured: no redis-server on this machine',
};
if (json) console.log(JSON.stringify(result));
else {
  console.log(`extract            ${result.extractCharsPerSec.toLocaleString('en')} chars/s (seeds, ${extract.chars.toLocaleString('en')} chars)`);
  console.log(`recognizers-text   ${result.recognizersCharsPerSec.toLocaleString('en')} chars/s   ratio ${result.ratioVsRecognizers}x`);
  console.log(`cold start         ${result.coldStartMs} ms`);
  console.log(`simplified seeds   ${result.extractCharsPerSecSimplified.toLocaleString('en')} chars/s`);
  console.log(`batch (${batch.docs} docs)  jobs 1 ${result.docsPerSecJobs1} docs/s, jobs 2 ${result.docsPerSecJobs2} docs/s (${result.speedupJobs2}x), peak RSS ${result.peakRssMb} MB`);
  console.log(`  --low-memory     jobs 2 ${result.docsPerSecJobs2LowMemory} docs/s, peak RSS ${result.peakRssMbLowMemory} MB`);
  console.log(`queue              ${JSON.stringify(result.queue)}`);
  if (formats) console.log(`formats            ${JSON.stringify(formats)}`);
  for (const r of linear.linear) console.log(`linear             ${r.what}: ${r.ms.map((m, i) => `${r.sizes[i]} ${m} ms`).join(', ')} (per 10×: ${r.ratios.join(', ')})`);
  console.log(`linear             worst ratio per 10×: ${linear.worstRatioPer10x} (bar ≤ ${linear.bar})`);
}
