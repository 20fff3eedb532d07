#!/usr/bin/env node
/**
 * How much does ingestion cost on top of the parser it wraps?
 *
 * For each fixture, times parseDocument() (from dist/, so build first:
 * `npx tsc -p tsconfig.build.json`) against the bare parser on the same bytes in
 * the same run:
 *   - PDF:  pdf-parse `getText()`            (throughput in pages/s)
 *   - DOCX: mammoth `convertToHtml()`         (MB/s)
 *   - HTML: cheerio `loadBuffer()` (decode + parse, MB/s)
 * Each measurement repeats until it has run for at least --min-ms (default 1000).
 *
 *   node bench/formats.mjs           readable table
 *   node bench/formats.mjs --json    one JSON object
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { PDFParse } from 'pdf-parse';
import mammoth from 'mammoth';
import { loadBuffer } from 'cheerio';
import { parseDocument } from '../dist/ingest/index.js';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const minMsArg = args.find((a) => a.startsWith('--min-ms='));
const MIN_MS = minMsArg === undefined ? 1000 : Number(minMsArg.slice('--min-ms='.length));
const FIXTURES = fileURLToPath(new URL('../fixtures/documents/', import.meta.url));

const CASES = [
  { file: 'gov-page-gbk.html', format: 'html' },
  { file: 'docsite-page-utf8.html', format: 'html' },
  { file: 'traditional-page.html', format: 'html' },
  { file: 'report-with-table.docx', format: 'docx' },
  { file: 'masked-template.docx', format: 'docx' },
  { file: 'report-with-table.pdf', format: 'pdf' },
  { file: 'plan-two-column.pdf', format: 'pdf' },
];

const BARE = {
  async pdf(bytes) {
    const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0 });
    try {
      await parser.getText();
    } finally {
      await parser.destroy();
    }
  },
  async docx(bytes) {
    await mammoth.convertToHtml({ buffer: bytes });
  },
  async html(bytes) {
    loadBuffer(bytes);
  },
};

/** Mean milliseconds per call, after warm-up, over at least MIN_MS of calls. */
async function measure(fn) {
  for (let i = 0; i < 3; i++) await fn();
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < MIN_MS || runs < 5) {
    await fn();
    runs++;
    elapsed = performance.now() - start;
  }
  return { msPerOp: elapsed / runs, runs };
}

const results = [];
for (const c of CASES) {
  const bytes = readFileSync(FIXTURES + c.file);
  const doc = await parseDocument(bytes, { source: c.file });
  // Alternate the two so that drift (JIT, GC, thermal) hits both alike.
  const ours1 = await measure(() => parseDocument(bytes, { source: c.file }));
  const bare1 = await measure(() => BARE[c.format](bytes));
  const ours2 = await measure(() => parseDocument(bytes, { source: c.file }));
  const bare2 = await measure(() => BARE[c.format](bytes));
  const oursMs = (ours1.msPerOp + ours2.msPerOp) / 2;
  const bareMs = (bare1.msPerOp + bare2.msPerOp) / 2;
  const unit = c.format === 'pdf' ? 'pages/s' : 'MB/s';
  const amount = c.format === 'pdf' ? doc.meta.pages ?? 0 : bytes.length / 1e6;
  results.push({
    file: c.file,
    format: c.format,
    bytes: bytes.length,
    pages: doc.meta.pages,
    unit,
    parseDocument: { msPerOp: round(oursMs), throughput: round(amount / (oursMs / 1000)), runs: ours1.runs + ours2.runs },
    bare: { msPerOp: round(bareMs), throughput: round(amount / (bareMs / 1000)), runs: bare1.runs + bare2.runs },
    ratio: round(oursMs / bareMs),
  });
}

function round(x) {
  return Math.round(x * 1000) / 1000;
}

if (asJson) {
  console.log(JSON.stringify({ node: process.version, minMs: MIN_MS, target: 1.2, results }, null, 2));
} else {
  const bareName = { pdf: 'pdf-parse getText', docx: 'mammoth convertToHtml', html: 'cheerio loadBuffer' };
  const rows = results.map((r) => [
    r.file,
    `${r.parseDocument.throughput} ${r.unit}`,
    `${r.bare.throughput} ${r.unit}`,
    bareName[r.format],
    `${r.parseDocument.msPerOp} / ${r.bare.msPerOp}`,
    `${r.ratio}x`,
  ]);
  const head = ['fixture', 'parseDocument', 'bare parser', 'bare is', 'ms/op ours / bare', 'ratio'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(fmt(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(fmt(r));
  console.log(`\nnode ${process.version}; each figure is the mean over >= ${MIN_MS} ms x 2 alternating rounds; target ratio <= 1.2x`);
}
