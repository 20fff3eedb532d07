/** `zhibiao review` on the command line: usage, failures, the page it writes. */
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.js';
import { FIXTURES } from '../core/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'zhibiao-review-cli-'));

describe('zhibiao review', () => {
  it.each([
    [['review'], /no inputs/u],
    [['review', join(FIXTURES, 'seeds')], /needs --out/u],
    [['review', join(FIXTURES, 'seeds'), '--out', join(dir, 'x.html'), '--year', 'abc'], /--year needs a year/u],
  ])('%j is a usage error', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('writes one page for every readable input and reports the others', async () => {
    const out = join(dir, 'review.html');
    const run = await runCli(['review', join(FIXTURES, 'seeds'), join(FIXTURES, 'documents', 'broken', 'empty.html'), '--out', out, '--title', '五份报告']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/empty\.html: empty:/u);
    expect(run.stderr).toMatch(/zhibiao review: 5 documents, \d+ records, 1 failed/u);
    expect(existsSync(`${out}.partial`)).toBe(false);
    const html = readFileSync(out, 'utf8');
    const data = JSON.parse(/id="zhibiao-data">(.*?)<\/script>/su.exec(html)![1]!) as { docs: Array<{ doc: string; hash: string; text: string; records: Array<{ span: [number, number]; raw: string }> }> };
    expect(data.docs.map((d) => d.doc)).toEqual(['000_f4c5eb871e2be798', '001_e4528b115fa46040', '002_961c176954e84f18', '003_6e427e49ff9af0f7', '004_73bd3943b8d95550']);
    for (const d of data.docs) {
      expect(d.hash).toMatch(/^[0-9a-f]{64}$/u);
      for (const r of d.records) expect(d.text.slice(...r.span)).toBe(r.raw);
    }
    expect(html).toContain('<title>五份报告</title>');
  });

  it('exits 1 when no input can be read', async () => {
    const run = await runCli(['review', join(FIXTURES, 'documents', 'broken', 'empty.html'), '--out', join(dir, 'none.html')]);
    expect(run.code).toBe(1);
  });
});

describe('without Chromium', () => {
  it('the browser tests fail, saying so', async () => {
    const { launch } = await import('./browser.js');
    await expect(launch('/nonexistent/chromium')).rejects.toThrow(/Chromium is not installed at \/nonexistent\/chromium.*apt-get install chromium/u);
  });
});
