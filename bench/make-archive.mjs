#!/usr/bin/env node
// Generates the synthetic batch corpus in bench/out/: --docs N documents (default 10,000)
// made from fixtures/seeds/*.txt (a run of lines from one seed, every Arabic figure varied,
// years kept) plus a few copies of fixtures/documents/* (HTML with figures varied, DOCX, PDF,
// broken files). Deterministic: a seeded PRNG (mulberry32). Files are sharded 1,000 per folder.
//   node bench/make-archive.mjs [--docs N] [--zip] [--seed S]
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const DOCS = Number(opt('--docs', 10_000));
const SEED = Number(opt('--seed', 20250312));
const out = new URL('./out/', import.meta.url);
const docsDir = new URL('./out/docs/', import.meta.url);

function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);
const pick = (n) => Math.floor(rand() * n);

/** Varies every Arabic figure, keeping its digit count; years (19xx/20xx) stay. */
const vary = (text) =>
  text.replace(/\d+(?:\.\d+)?/g, (m) => {
    if (/^(19|20)\d\d$/.test(m)) return m;
    return m.replace(/\d/g, (d, i) => (i === 0 && m.length > 1 ? String(1 + pick(9)) : String(pick(10))));
  });

/** Varies figures in an HTML page's text only, never inside tags (`charset=utf-8` stays). */
const varyHtml = (html) => html.split(/(<[^>]*>)/).map((part) => (part.startsWith('<') ? part : vary(part))).join('');

const fixtures = new URL('../fixtures/', import.meta.url);
const seeds = readdirSync(new URL('seeds/', fixtures)).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => readFileSync(new URL(`seeds/${f}`, fixtures), 'utf8').split('\n'));
const docDir = new URL('documents/', fixtures);
const binaries = readdirSync(docDir).filter((f) => /\.(docx|pdf)$/.test(f)).sort().map((f) => [f, readFileSync(new URL(f, docDir))]);
const htmls = ['docsite-page-utf8.html', 'traditional-page.html'].map((f) => readFileSync(new URL(f, docDir), 'utf8'));
const gbk = readFileSync(new URL('gov-page-gbk.html', docDir));
const broken = readdirSync(new URL('broken/', docDir)).sort().map((f) => [f, readFileSync(new URL(`broken/${f}`, docDir))]);

function makeDoc(i) {
  const r = rand();
  if (r < 0.004 && broken.length) return broken[pick(broken.length)];
  if (r < 0.006) return ['gov-page-gbk.html', gbk];
  if (r < 0.01) return binaries[pick(binaries.length)];
  if (r < 0.02) return ['page.html', Buffer.from(varyHtml(htmls[pick(htmls.length)]))];
  const lines = seeds[pick(seeds.length)];
  const start = pick(Math.max(1, lines.length - 10));
  const len = 10 + pick(50);
  return [`report-${i}.txt`, Buffer.from(vary(lines.slice(start, start + len).join('\n')))];
}

rmSync(out, { recursive: true, force: true });
const files = [];
let bytes = 0;
for (let i = 0; i < DOCS; i++) {
  const [name, data] = makeDoc(i);
  const shard = String(Math.floor(i / 1000)).padStart(3, '0');
  const path = `${shard}/${String(i).padStart(6, '0')}-${name}`;
  mkdirSync(new URL(`${shard}/`, docsDir), { recursive: true });
  writeFileSync(new URL(path, docsDir), data);
  files.push([path, data]);
  bytes += data.length;
}
if (args.includes('--zip')) writeFileSync(new URL('archive.zip', out), storedZip(files));
const summary = { docs: DOCS, bytes, dir: 'bench/out/docs', zip: args.includes('--zip') ? 'bench/out/archive.zip' : null };
if (args.includes('--json')) console.log(JSON.stringify(summary));
else console.error(`make-archive: ${DOCS} documents, ${(bytes / 1e6).toFixed(1)} MB in bench/out/docs${summary.zip ? ' and bench/out/archive.zip' : ''}`);

/** A stored (uncompressed) zip of [path, bytes] pairs, names flagged UTF-8. */
function storedZip(entries) {
  const parts = [];
  const central = [];
  let offset = 0;
  for (const [path, data] of entries) {
    const name = Buffer.from(path);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0); head.writeUInt16LE(20, 4); head.writeUInt16LE(0x800, 6);
    head.writeUInt32LE(crc32(data), 14); head.writeUInt32LE(data.length, 18); head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0); cd.writeUInt16LE(20, 4); cd.writeUInt16LE(20, 6); cd.writeUInt16LE(0x800, 8);
    cd.writeUInt32LE(crc32(data), 16); cd.writeUInt32LE(data.length, 20); cd.writeUInt32LE(data.length, 24);
    cd.writeUInt16LE(name.length, 28); cd.writeUInt32LE(offset, 42);
    parts.push(head, name, data);
    central.push(cd, name);
    offset += 30 + name.length + data.length;
  }
  const cdBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBuf.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cdBuf, end]);
}
