#!/usr/bin/env node
// `node bench/review.mjs [--json] [--docs 200] [--per-doc 50]`: the review page on an archive
// of 200 documents and 10,000 records, in headless Chromium (Debian's `chromium` through
// playwright-core; set CHROMIUM_PATH elsewhere). Builds the documents from the seeds (the
// three with at least 50 records, each taken whole, its records cut to 50), writes the page,
// and measures: building the page in Node, its size, opening it (navigation to the script's
// ready mark), and filtering (a kind, a unit, a text search, opening another document: the
// change handler through the next two animation frames, so layout and paint are included),
// the median of 5 runs each. Prints one JSON object with --json.
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const json = args.includes('--json');
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const DOCS = opt('--docs', 200);
const PER_DOC = opt('--per-doc', 50);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const here = (f) => fileURLToPath(new URL(f, import.meta.url));

if (!existsSync(CHROMIUM)) {
  console.error(`bench/review.mjs: Chromium not found at ${CHROMIUM} (apt-get install chromium fonts-wqy-zenhei)`);
  process.exit(1);
}
const { reviewDocument, reviewPage } = await import(here('../dist/review/index.js'));
const { chromium } = await import('playwright-core');

const seedDir = here('../fixtures/seeds');
const seeds = [];
for (const f of readdirSync(seedDir).sort()) {
  const bytes = readFileSync(join(seedDir, f));
  const d = await reviewDocument(bytes, { source: join(seedDir, f) });
  if (d.records.length >= PER_DOC) seeds.push(d);
}
const docs = Array.from({ length: DOCS }, (_, i) => {
  const s = seeds[i % seeds.length];
  return { ...s, source: `archive/${String(i).padStart(3, '0')}_${s.doc}.txt`, doc: `${String(i).padStart(3, '0')}_${s.doc}`, hash: `${s.hash.slice(0, 56)}${String(i).padStart(8, '0')}`, records: s.records.slice(0, PER_DOC) };
});
const records = docs.reduce((n, d) => n + d.records.length, 0);

let t = performance.now();
const html = reviewPage(docs);
const buildMs = performance.now() - t;
const dir = mkdtempSync(join(tmpdir(), 'zhibiao-bench-review-'));
const file = join(dir, 'review.html');
writeFileSync(file, html);

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'zhibiao-chromium-')), {
  executablePath: CHROMIUM, headless: true, viewport: { width: 1600, height: 900 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x) => Math.round(x * 10) / 10;
try {
  const page = await context.newPage();
  const opens = [];
  for (let i = 0; i < 5; i++) {
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('body[data-ready="1"]');
    opens.push(await page.evaluate(() => window.zhibiaoReview.readyAt));
  }
  const units = await page.$$eval('#f-unit option', (os) => os.map((o) => o.value).filter(Boolean));
  const timed = (id, value, event) =>
    page.evaluate(([id, value, event]) => new Promise((resolve) => {
      const t0 = performance.now();
      const el = document.getElementById(id);
      el.value = value;
      el.dispatchEvent(new Event(event));
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
    }), [id, value, event]);
  const runs = { kind: [], unit: [], search: [], openDocument: [] };
  for (let i = 0; i < 5; i++) {
    runs.kind.push(await timed('f-kind', i % 2 ? 'target' : 'masked', 'change'));
    await timed('f-kind', '', 'change');
    runs.unit.push(await timed('f-unit', units[i % units.length], 'change'));
    await timed('f-unit', '', 'change');
    runs.search.push(await timed('f-q', ['率', '人次', '健康', '万', 'xx'][i], 'input'));
    await timed('f-q', '', 'input');
    runs.openDocument.push(await page.evaluate((n) => new Promise((resolve) => {
      const t0 = performance.now();
      document.querySelector(`#docs li[data-doc="${n}"]`).click();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
    }), 37 * (i + 1)));
  }
  const result = {
    docs: DOCS,
    records,
    pageBytes: Buffer.byteLength(html),
    buildPageMs: round(buildMs),
    openMs: round(median(opens)),
    filterKindMs: round(median(runs.kind)),
    filterUnitMs: round(median(runs.unit)),
    searchMs: round(median(runs.search)),
    openDocumentMs: round(median(runs.openDocument)),
    chromium: context.browser()?.version() ?? 'persistent context',
  };
  if (json) console.log(JSON.stringify(result));
  else for (const [k, v] of Object.entries(result)) console.log(`${k.padEnd(16)} ${v}`);
} finally {
  await context.close();
}
