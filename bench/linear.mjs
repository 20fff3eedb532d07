#!/usr/bin/env node
// Linear growth on adversarial inputs (issue 9): the time of extract() on 10 KB, 100 KB and
// 1 MB of runs of masks, digits, quotes, brackets and page markers, and of real text (10 KB
// of the seeds, repeated); the time of parseDocument on HTML nested 1,000 / 10,000 / 100,000
// deep, on HTML and DOCX of as many paragraphs, and on a PDF page of as many text items drawn
// at one point. For each, the ratio of each step (10× the input) is printed; linear is about
// 10×, the bar is ≤ 15×. Each time is the best of 3 runs (other load only ever adds time).
//   node bench/linear.mjs [--json] [--only NAME]
import { readFileSync, readdirSync } from 'node:fs';
import JSZip from 'jszip';

const args = process.argv.slice(2);
const json = args.includes('--json');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const { extract, parseDocument } = await import(new URL('../dist/index.js', import.meta.url).href);

const seedDir = new URL('../fixtures/seeds/', import.meta.url);
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(new URL(f, seedDir), 'utf8'));
const repeatTo = (s, n) => s.repeat(Math.ceil(n / s.length)).slice(0, n);

/** The adversarial strings of the issue's finding 1 and its design rule, and real text. */
const STRINGS = {
  'masked xx.xx%': 'xx.xx%',
  'masked XX万人': 'XX万人',
  'masks *': '*',
  'masks **万元': '**万元,',
  digits: '1234567890',
  'percent 12.5%': '12.5%',
  'quotes “': '“',
  'brackets (': '(',
  'page markers 第1页': '第1页 ',
  // 10 KB of the seeds, repeated: each size has the same density of figures and sentences.
  'real text (seeds)': seeds.join('\n').slice(0, 10_000),
};
const SIZES = [10_000, 100_000, 1_000_000];

/** Best of `runs` timings of fn(), in ms. */
function best(fn, runs) {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

async function bestAsync(fn, runs) {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

const ratios = (ms) => ms.slice(1).map((m, i) => +(m / Math.max(ms[i], 0.05)).toFixed(1));

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
async function docx(paragraphs) {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const body = Array.from({ length: paragraphs }, (_, i) => `<w:p><w:r><w:t>第${i}段完成12.5万人次。</w:t></w:r></w:p>`).join('');
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A one-page PDF whose `n` text items are all drawn at the same point (finding 5). */
function stackedPdf(n) {
  const stream = Array.from({ length: n }, () => 'BT /F1 12 Tf 72 720 Td (12.5%) Tj ET').join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
const nested = (n) => Buffer.from(`<html><body>${'<div>'.repeat(n)}全年完成接种12.5万人次。${'</div>'.repeat(n)}</body></html>`);

const rows = [];
extract(seeds[0]); // warm up (jieba loads on the first figure)
for (const [name, piece] of Object.entries(STRINGS)) {
  if (only && !name.includes(only)) continue;
  const ms = SIZES.map((n) => {
    const text = repeatTo(piece, n);
    return +best(() => extract(text), 3).toFixed(1);
  });
  rows.push({ what: `extract: ${name}`, sizes: ['10 KB', '100 KB', '1 MB'], ms, ratios: ratios(ms) });
}
const PARSES = [
  ['parse: HTML nested <div>s', [1_000, 10_000, 100_000], nested],
  ['parse: HTML paragraphs', [1_000, 10_000, 100_000], (n) => Buffer.from(`<html><body><div class="content">${'<p>全年完成12.5万人次。</p>'.repeat(n)}</div></body></html>`)],
  ['parse: DOCX paragraphs', [1_000, 10_000, 100_000], docx],
  ['parse: PDF items at one point', [1_000, 10_000, 100_000], stackedPdf],
];
for (const [name, steps, make] of PARSES) {
  if (only && !name.includes(only)) continue;
  await parseDocument(await make(steps[0])); // warm up the parser
  const ms = [];
  for (const n of steps) {
    const bytes = await make(n);
    ms.push(+(await bestAsync(() => parseDocument(bytes), n >= 100_000 ? 1 : 3)).toFixed(1));
  }
  rows.push({ what: name, sizes: steps.map(String), ms, ratios: ratios(ms) });
}

const worst = Math.max(...rows.flatMap((r) => r.ratios));
const result = { linear: rows, worstRatioPer10x: worst, bar: 15 };
if (json) console.log(JSON.stringify(result));
else {
  for (const r of rows) console.log(`${r.what.padEnd(34)} ${r.ms.map((m, i) => `${r.sizes[i]} ${m} ms`).join(', ')}   per 10×: ${r.ratios.join(', ')}`);
  console.log(`worst ratio per 10×: ${worst} (bar ≤ 15)`);
}
