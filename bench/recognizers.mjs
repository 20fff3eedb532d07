#!/usr/bin/env node
// Microsoft Recognizers-Text (Chinese percentage, currency, dimension and number models)
// over the seed texts: the baseline for `ratioVsRecognizers`.
//   node bench/recognizers.mjs [--json] [--min-chars N]
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
const json = args.includes('--json');
const minChars = Number(args[args.indexOf('--min-chars') + 1]) || 300_000;
const require = createRequire(import.meta.url);

/** The four models, built once (construction is not timed), or the suite's per-call functions. */
function models() {
  try {
    const N = require('@microsoft/recognizers-text-number');
    const U = require('@microsoft/recognizers-text-number-with-unit');
    const n = new N.NumberRecognizer('zh-cn');
    const u = new U.NumberWithUnitRecognizer('zh-cn');
    return [n.getPercentageModel(), u.getCurrencyModel(), u.getDimensionModel(), n.getNumberModel()].map((m) => (t) => m.parse(t));
  } catch {
    const R = require('@microsoft/recognizers-text-suite');
    return [R.recognizePercentage, R.recognizeCurrency, R.recognizeDimension, R.recognizeNumber].map((f) => (t) => f(t, 'zh-cn'));
  }
}

const dir = new URL('../fixtures/seeds/', import.meta.url);
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(new URL(f, dir), 'utf8'));
const parse = models();
for (const t of texts) for (const p of parse) p(t.slice(0, 2000)); // warm up

let chars = 0;
let found = 0;
const start = performance.now();
while (chars < minChars) {
  for (const t of texts) {
    for (const p of parse) found += p(t).length;
    chars += t.length;
  }
}
const seconds = (performance.now() - start) / 1000;
const result = { recognizersCharsPerSec: Math.round(chars / seconds), chars, seconds: +seconds.toFixed(3), entities: found };
if (json) console.log(JSON.stringify(result));
else console.log(`recognizers-text (zh-cn: percentage, currency, dimension, number): ${result.recognizersCharsPerSec} chars/s over ${chars} chars`);
