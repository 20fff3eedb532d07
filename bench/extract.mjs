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

/** chars/s of extract() over `list`, repeated to at least minChars. */
function measure(list) {
  let chars = 0;
  let records = 0;
  const start = performance.now();
  while (chars < minChars) {
    for (const t of list) {
      records += extract(t, { source: 'seed' }).records.length;
      chars += t.length;
    }
  }
  const seconds = (performance.now() - start) / 1000;
  return { charsPerSec: Math.round(chars / seconds), chars, seconds: +seconds.toFixed(3), records };
}

// The aim is stated for simplified text; the traditional seed also pays for opencc.
const traditional = /[衛醫療縣區開關實現體學機構務聯產]/u;
const all = measure(texts);
const simplified = measure(texts.filter((t) => !traditional.test(t)));
const result = {
  extractCharsPerSec: all.charsPerSec,
  extractCharsPerSecSimplified: simplified.charsPerSec,
  chars: all.chars,
  seconds: all.seconds,
  records: all.records,
  coldStartMs: +cold.coldStartMs.toFixed(1),
  extractPeakRssMb: +(process.resourceUsage().maxRSS / 1024).toFixed(1),
};
if (json) console.log(JSON.stringify(result));
else {
  console.log(`extract: ${result.extractCharsPerSec} chars/s over ${result.chars} chars (${result.records} records); simplified seeds only: ${result.extractCharsPerSecSimplified} chars/s`);
  console.log(`peak RSS of this process: ${result.extractPeakRssMb} MB`);
  console.log(`cold start (node + import + one extract): ${result.coldStartMs} ms`);
}
