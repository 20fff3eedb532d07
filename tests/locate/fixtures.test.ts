/**
 * Every figure checkable where it stands: through the CLI, a text file sliced at
 * `sourceSpan` holds the figure as written; every document record has a locator that
 * points at the figure in the file (HTML source, DOCX paragraph or cell, PDF boxes).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/decode.js';
import { readPdfPages } from '../../src/ingest/pdf.js';
import { readPartsSync } from '../../src/ingest/zip-parts.js';
import { docxText, glyphBox } from '../../src/locate/index.js';
import type { Box, IndicatorRecord } from '../../src/schema.js';
import { runCli } from '../cli/run.js';
import { asWritten, FIXTURES } from '../core/helpers.js';

const DOCS = join(FIXTURES, 'documents');
const compact = (s: string): string => s.replace(/[\s\u200B-\u200D]+/gu, '');

async function extractCli(args: string[]): Promise<IndicatorRecord[]> {
  const run = await runCli(['extract', ...args, '--jobs', '0', '--quiet']);
  expect(run.code, run.stderr).toBe(0);
  return run.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as IndicatorRecord);
}

/** A slice of the input read as normalization reads it, whitespace aside (a line break kept for page markers). */
function figureOf(slice: string): string {
  return compact(asWritten(slice.replace(/[\s\u200B-\u200D]+/gu, (run) => (run.includes('\n') ? '\n' : ''))));
}

describe('text files through the CLI: sourceSpan indexes the input as decoded', () => {
  it('holds the figure as written for every seed record', async () => {
    const records = await extractCli([join(FIXTURES, 'seeds')]);
    expect(records.length).toBeGreaterThan(250);
    const wrong = records.filter((r) => {
      const input = decodeText(readFileSync(r.source), r.source, false).text;
      return figureOf(input.slice(...r.sourceSpan)) !== compact(r.raw);
    });
    expect(wrong.map((r) => `${r.source}: ${r.raw}`)).toEqual([]);
  });

  it('gives line and column of the figure', async () => {
    const records = await extractCli([join(FIXTURES, 'seeds')]);
    for (const r of records) {
      const input = decodeText(readFileSync(r.source), r.source, false).text;
      expect(r.locator?.format).toBe('text');
      if (r.locator?.format !== 'text') continue;
      const line = input.split(/\r\n|[\n\r\u2028\u2029]/u)[r.locator.line - 1]!;
      expect(line.slice(r.locator.column - 1).startsWith(input.slice(r.sourceSpan[0], r.sourceSpan[1]).split(/[\n\r]/u)[0]!)).toBe(true);
    }
  });
});

describe('document locators', async () => {
  const records = await extractCli(['*.html', '*.docx', '*.pdf'].map((g) => join(DOCS, g)));
  const byFile = (file: string): IndicatorRecord[] => records.filter((r) => r.source.endsWith(`/${file}`));

  it('every record has a locator', () => {
    expect(records.length).toBeGreaterThan(400);
    expect(records.filter((r) => r.locator == null).map((r) => `${r.source}: ${r.raw}`)).toEqual([]);
  });

  it.each(['gov-page-gbk.html', 'docsite-page-utf8.html', 'traditional-page.html'])('%s: the decoded source at htmlSpan shows the figure', (file) => {
    const html = decodeText(readFileSync(join(DOCS, file)), file, true).text;
    const recs = byFile(file);
    expect(recs.length).toBeGreaterThan(10);
    for (const r of recs) {
      expect(r.locator?.format).toBe('html');
      if (r.locator?.format !== 'html') continue;
      const slice = html.slice(...r.locator.htmlSpan);
      const shown = decodeHTML(slice.replace(/<[^>]*>/gu, '\n'));
      expect(figureOf(shown), `${r.raw} ← ${slice}`).toBe(compact(r.raw));
    }
  });

  it.each(['report-with-table.docx', 'masked-template.docx'])('%s: the paragraph or cell text at the offset holds the figure', (file) => {
    const xml = readPartsSync(readFileSync(join(DOCS, file)), ['word/document.xml'], 1e8).get('word/document.xml')!.toString('utf8');
    const { units } = docxText(xml);
    const recs = byFile(file);
    let cells = 0;
    for (const r of recs) {
      const loc = r.locator;
      expect(loc?.format).toBe('docx');
      if (loc?.format !== 'docx') continue;
      const unit = 'paragraph' in loc
        ? units.find((u) => u.kind === 'paragraph' && u.paragraph === loc.paragraph)
        : units.find((u) => u.kind === 'cell' && u.table === loc.table && u.row === loc.row && u.column === loc.column);
      if (!('paragraph' in loc)) cells++;
      expect(unit, JSON.stringify(loc)).toBeDefined();
      expect(figureOf(unit!.text.slice(loc.offset, loc.offset + loc.length)), r.raw).toBe(compact(r.raw));
    }
    if (file === 'report-with-table.docx') expect(cells).toBeGreaterThanOrEqual(12);
  });

  it.each(['report-with-table.pdf', 'plan-two-column.pdf'])('%s: the text-layer items inside the boxes spell the figure', async (file) => {
    const pages = await readPdfPages(readFileSync(join(DOCS, file)), file);
    const inside = (b: Box, x: number, y: number): boolean => x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];
    for (const r of byFile(file)) {
      const loc = r.locator;
      expect(loc?.format).toBe('pdf');
      if (loc?.format !== 'pdf') continue;
      const page = pages.find((p) => p.number === loc.page)!;
      let spelled = '';
      for (const box of loc.boxes) {
        for (const item of page.items) {
          for (let i = 0; i < item.str.length; i++) {
            const g = glyphBox(item, i);
            if (inside(box, (g[0] + g[2]) / 2, (g[1] + g[3]) / 2)) spelled += item.str.charAt(i);
          }
        }
      }
      expect(figureOf(spelled), `${r.raw} on page ${loc.page}`).toBe(compact(r.raw));
    }
  });

  it('gives a figure that wraps one box per line', () => {
    const wrapped = byFile('report-with-table.pdf').filter((r) => r.locator?.format === 'pdf' && r.locator.boxes.length === 2);
    expect(wrapped.map((r) => r.raw)).toContain('1.17万余人次');
    for (const r of wrapped) {
      if (r.locator?.format !== 'pdf') continue;
      const [first, second] = r.locator.boxes as [Box, Box];
      expect(second[3]).toBeLessThanOrEqual(first[1] + 0.01);
    }
  });
});
