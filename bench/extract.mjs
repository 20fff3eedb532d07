#!/usr/bin/env node
// extract() throughput over the seed texts (repeated to at least --min-chars), and the
// cold start: a fresh node process importing dist/ and running one extract.
//   node bench/extract.mjs [--json] [--min-chars N]
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const args = process.argv.slice(2);
const json = args.includes('--json');
const minChars = Number(args[args.indexOf('--min-chars') + 1]) || 1_000_000;
const dist = new URL('../dist/index.js', import.meta.url);
const seedDir = new URL('../fixtures/seeds/', import.meta.url);
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort();
const texts = seeds.map((f) => readFileSync(new URL(f, seedDir), 'utf8'));

// Cold start, measured inside the child from its own time origin (process start).
const child = `
  const t = (await import(${JSON.stringify(dist.href)})).extract(${JSON.stringify(texts[0])}, { source: 'seed' });
  process.stdout.write(JSON.stringify({ coldStartMs: performance.now(), records: t.records.length }));`;
const cold = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', child], { encoding: 'utf8' }));

const { extract } = await import(dist.href);
for (const t of texts) extract(t); // warm up
let chars = 0;
let records = 0;
const start = performance.now();
while (chars < minChars) {
  for (const t of texts) {
    records += extract(t, { source: 'seed' }).records.length;
    chars += t.length;
  }
}
const seconds = (performance.now() - start) / 1000;
const result = {
  extractCharsPerSec: Math.round(chars / seconds),
  chars,
  seconds: +seconds.toFixed(3),
  records,
  coldStartMs: +cold.coldStartMs.toFixed(1),
};
if (json) console.log(JSON.stringify(result));
else {
  console.log(`extract: ${result.extractCharsPerSec} chars/s over ${chars} chars (${records} records)`);
  console.log(`cold start (node + import + one extract): ${result.coldStartMs} ms`);
}
