/**
 * `zhibiao review` in headless Chromium: the page built from fixtures highlights each
 * record's figure, filters, keeps verdicts, and exports gold that `zhibiao eval` scores
 * 100% against the records it came from.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorRecord } from '../../src/schema.js';
import { runCli } from '../cli/run.js';
import { FIXTURES } from '../core/helpers.js';
import { launch } from './browser.js';

const ROOT = join(FIXTURES, '..');
const SCREENSHOT = join(ROOT, 'artifacts', 'review.png');
const dir = mkdtempSync(join(tmpdir(), 'zhibiao-review-'));
const hostile = join(dir, 'hostile.txt');
/** Paths as a user types them, relative to the project root where the CLI runs. */
const inputs = ['fixtures/documents/report-with-table.docx', 'fixtures/seeds/000_f4c5eb871e2be798.txt', 'fixtures/documents/gov-page-gbk.html', hostile];
const pagePath = join(dir, 'review.html');

let context: BrowserContext;
let page: Page;
let records: IndicatorRecord[];

const bySource = (source: string): IndicatorRecord[] => records.filter((r) => r.source === source);

beforeAll(async () => {
  writeFileSync(hostile, '</script><script>window.pwned=1</script><img src=x onerror="window.pwned=2">新增床位200张,<b>门诊量</b>增长12%。\n');
  const built = await runCli(['review', ...inputs, '--out', pagePath], ROOT);
  expect(built.code, built.stderr).toBe(0);
  const extracted = await runCli(['extract', ...inputs, '--jobs', '0', '--quiet', '--out', join(dir, 'records.jsonl')], ROOT);
  expect(extracted.code, extracted.stderr).toBe(0);
  records = readFileSync(join(dir, 'records.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as IndicatorRecord);
  context = await launch();
  page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) errors.push(`network: ${r.url()}`);
  });
  await page.goto(pathToFileURL(pagePath).href);
  await page.waitForSelector('body[data-ready="1"]', { timeout: 15000 });
  expect(errors).toEqual([]);
}, 60000);

afterAll(async () => {
  await context?.close();
});

/** Whether an element lies inside the visible part of its scrolling pane. */
async function inView(selector: string, pane: string): Promise<boolean> {
  const a = await page.locator(selector).boundingBox();
  const b = await page.locator(pane).boundingBox();
  return a !== null && b !== null && a.height > 0 && a.y >= b.y && a.y + a.height <= b.y + b.height;
}

const rowCount = (): Promise<number> => page.locator('#rows tr').count();

describe('review page in Chromium', () => {
  it('shows every record of the open document as a mark holding its raw', async () => {
    const docx = bySource(inputs[0]!);
    const marks = await page.locator('#text mark').allTextContents();
    expect(marks).toEqual(docx.map((r) => r.raw));
    expect(await rowCount()).toBe(docx.length);
  });

  it('scrolls to and flashes the figure of a clicked record', async () => {
    const docx = bySource(inputs[0]!);
    const i = docx.length - 3;
    await page.click(`#rows tr[data-i="${i}"]`);
    const mark = `#text mark[data-i="${i}"]`;
    expect(await page.textContent(mark)).toBe(docx[i]!.raw);
    expect(await page.getAttribute(mark, 'class')).toMatch(/\bsel\b.*\bflash\b|\bflash\b.*\bsel\b/u);
    expect(await inView(mark, '#textpane')).toBe(true);
    expect(await page.getAttribute(mark, 'title')).toContain(docx[i]!.name);
    const loc = docx[i]!.locator;
    expect(loc?.format).toBe('docx');
    if (loc?.format === 'docx') expect(await page.textContent('#status')).toContain(`offset ${loc.offset}`);
  });

  it('selects the record of a clicked figure', async () => {
    await page.click('#text mark[data-i="2"]');
    expect(await page.getAttribute('#rows tr[data-i="2"]', 'class')).toMatch(/\bsel\b/u);
  });

  it('shows the target on hover', async () => {
    const docx = bySource(inputs[0]!);
    const i = docx.findIndex((r) => r.target !== null);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(await page.getAttribute(`#text mark[data-i="${i}"]`, 'title')).toContain(docx[i]!.target!.raw);
  });

  it('filters by kind and counts', async () => {
    const all = records.length;
    const targets = records.filter((r) => r.kind === 'target').length;
    await page.selectOption('#f-kind', 'target');
    expect(await page.textContent('#counts')).toContain(`${targets} / ${all} records`);
    const kinds = await page.locator('#rows td.kind').allTextContents();
    expect(kinds.every((k) => k === 'target')).toBe(true);
    expect(kinds.length).toBe(bySource(inputs[0]!).filter((r) => r.kind === 'target').length);
    await page.selectOption('#f-kind', 'masked');
    await page.click('#docs li:nth-child(2)');
    expect(await rowCount()).toBe(bySource(inputs[1]!).filter((r) => r.masked).length);
    await page.selectOption('#f-kind', '');
    await page.fill('#f-q', '高血压');
    await page.click('#docs li:nth-child(1)');
    expect(await rowCount()).toBe(bySource(inputs[0]!).filter((r) => `${r.name} ${r.raw} ${r.sentence} ${r.section.join(' ')}`.includes('高血压')).length);
    await page.fill('#f-q', '');
    expect(await rowCount()).toBe(bySource(inputs[0]!).length);
  });

  it('shows hostile text as text', async () => {
    await page.click('#docs li:nth-child(4)');
    expect(await page.evaluate(() => (globalThis as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.textContent('#text')).toContain('<script>window.pwned=1</script>');
    expect(await page.locator('#text img, #text script, #text b').count()).toBe(0);
    expect(await page.locator('#text mark').allTextContents()).toEqual(bySource(hostile).map((r) => r.raw));
  });

  it('moves with j/k, accepts with a; verdicts survive a reload; export scores 100% with zhibiao eval', async () => {
    await page.click('#docs li:nth-child(1)');
    await page.locator('#textpane').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    expect(await page.getAttribute('#rows tr[data-i="0"]', 'class')).toMatch(/\bsel\b/u);
    await page.keyboard.press('a');
    expect(await page.textContent('#rows tr[data-i="0"] td.verdict')).toBe('✓');
    await page.click('#docs li:nth-child(2)');
    await page.click('#rows tr[data-i="1"]');
    await page.keyboard.press('a');
    await page.reload();
    await page.waitForSelector('body[data-ready="1"]');
    expect(await page.textContent('#rows tr[data-i="0"] td.verdict')).toBe('✓');
    expect(await page.textContent('#counts')).toContain('reviewed 2');
    mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
    await page.click('#rows tr[data-i="5"]');
    await page.screenshot({ path: SCREENSHOT });

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    const gold = join(dir, 'reviewed.jsonl');
    await download.saveAs(gold);
    const lines = readFileSync(gold, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { doc: string });
    expect(new Set(lines.map((l) => l.doc))).toEqual(new Set(['report-with-table', '000_f4c5eb871e2be798']));
    expect(lines.length).toBe(bySource(inputs[0]!).length + bySource(inputs[1]!).length);
    const scored = await runCli(['eval', '--gold', gold, '--pred', join(dir, 'records.jsonl'), '--json']);
    expect(scored.code, scored.stderr).toBe(0);
    const summary = JSON.parse(scored.stdout) as { docs: number; figure: { f1: number }; record: { f1: number }; targetRecall: number; falseTargets: number };
    expect(summary.docs).toBe(2);
    expect(summary.figure.f1).toBe(1);
    expect(summary.record.f1).toBe(1);
    expect(summary.falseTargets).toBe(0);
  });

  it('accepts every shown record of a document with A', async () => {
    await page.click('#docs li:nth-child(3)');
    await page.selectOption('#f-verdict', 'none');
    const html = bySource(inputs[2]!);
    expect(await rowCount()).toBe(html.length);
    await page.locator('#textpane').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('Shift+A');
    expect(await rowCount()).toBe(0);
    await page.selectOption('#f-verdict', 'ok');
    expect(await rowCount()).toBe(html.length);
    await page.selectOption('#f-verdict', '');
  });

  it('marks a record wrong with x and edits one with e; the export follows', async () => {
    await page.click('#docs li:nth-child(1)');
    const docx = bySource(inputs[0]!);
    await page.click('#rows tr[data-i="3"]');
    await page.keyboard.press('x');
    expect(await page.textContent('#rows tr[data-i="3"] td.verdict')).toBe('✗');
    expect(await page.getAttribute('#text mark[data-i="3"]', 'class')).toMatch(/\bv-wrong\b/u);
    await page.click('#rows tr[data-i="4"]');
    await page.keyboard.press('e');
    await page.fill('#rows tr[data-i="4"] input.e-name', '改过的名称');
    await page.fill('#rows tr[data-i="4"] input.e-value', '42');
    await page.selectOption('#rows tr[data-i="4"] select.e-kind', 'change');
    await page.press('#rows tr[data-i="4"] input.e-value', 'Enter');
    expect(await page.textContent('#rows tr[data-i="4"] td.name')).toBe('改过的名称');
    const gold = (await page.evaluate(() => (globalThis as unknown as { zhibiaoReview: { exportGold(): string } }).zhibiaoReview.exportGold()))
      .split('\n').filter(Boolean).map((l) => JSON.parse(l) as { doc: string; name: string; value: number; kind: string; raw: string });
    const mine = gold.filter((g) => g.doc === 'report-with-table');
    expect(mine.length).toBe(docx.length - 1);
    expect(mine.find((g) => g.name === '改过的名称')).toMatchObject({ value: 42, kind: 'change', raw: docx[4]!.raw });
  });
});
