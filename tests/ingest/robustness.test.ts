/**
 * One regression test per finding of issue 9 (findings 1–7), each on a file built here.
 * The quadratic ones are sized so that the old cost (minutes) would overrun the test's time
 * limit while the linear one takes about a second; bench/linear.mjs measures the growth.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { extractDocument } from '../../src/document.js';
import { parseDocument, readArchive } from '../../src/ingest/index.js';
import { numberedParagraphs } from '../../src/ingest/docx-numbering.js';
import { MAX_NESTING } from '../../src/ingest/markup.js';
import { DocumentError } from '../../src/errors.js';
import { codeOf } from './helpers.js';
import { docx, documentXml, docxParagraph, nestedHtml, numberingXml, overlappingZip, pdf, repeatTo } from '../fuzz/build.js';

describe('finding 1: extraction is linear on masked runs', () => {
  it.each([
    ['xx.xx%', 200_000],
    ['XX万人', 200_000],
    ['*', 200_000],
  ])('%s repeated to %i characters: every figure found, every span slices to raw', (piece, n) => {
    const text = repeatTo(piece, n);
    const { records, text: normalized } = extract(text);
    for (const r of records) expect(normalized.slice(...r.span)).toBe(r.raw);
    if (piece !== '*') expect(records.length).toBe(Math.floor(n / piece.length));
  }, 30_000);
});

describe('finding 2: numbers from numbering.xml are bounded before use', () => {
  const doc = (ilvls: string[]): string => documentXml(ilvls.map((l) => docxParagraph('工作', { ilvl: l })).join(''));
  const numbering = (start: string, numFmt: string, ilvl = '0'): string => numberingXml([{ ilvl, start, numFmt, lvlText: '%1.' }]);

  it.each([
    ['1000000000', 'lowerLetter'],
    [`1${'0'.repeat(999)}`, 'upperRoman'],
    ['-5', 'decimal'],
    ['NaN', 'chineseCounting'],
  ])('w:start %s in %s gives a short label', (start, fmt) => {
    const labels = numberedParagraphs(doc(['0', '0']), numbering(start, fmt), null);
    expect(labels).toHaveLength(2);
    for (const l of labels) expect(l.label.length).toBeLessThan(40);
  });

  it('ignores a paragraph at w:ilvl 10^9, and the counters after it stay small', () => {
    const xml = numberingXml([
      { ilvl: '0', start: '1', numFmt: 'decimal', lvlText: '%1.' },
      { ilvl: '1000000000', start: '1', numFmt: 'decimal', lvlText: '%1.' },
    ]);
    const labels = numberedParagraphs(doc(['0', '1000000000', '0']), xml, null);
    expect(labels.map((l) => l.label)).toEqual(['1. ', '2. ']);
  });

  it('reads the whole DOCX with such numbering', async () => {
    const file = docx(doc(['0', '1000000000']), numbering('1000000000', 'lowerLetter', '1000000000'));
    const result = await extractDocument(file, { source: 'numbering.docx' });
    expect(result.ok).toBe(true);
  });
});

describe('finding 3: DOCX cost is linear in paragraphs; inflated parts are bounded', () => {
  it('reads 50,000 paragraphs', async () => {
    const body = Array.from({ length: 50_000 }, (_, i) => docxParagraph(`第${i}段完成12.5万人次。`)).join('');
    const doc = await parseDocument(docx(documentXml(body)), { source: 'many.docx' });
    expect(doc.blocks).toHaveLength(50_000);
  }, 30_000);

  it('refuses a 180 MB document.xml in a small zip as too_large, before inflating it', async () => {
    const file = docx(documentXml(docxParagraph('完成12.5万人次。') + '<w:p/>'.repeat(30_000_000)));
    expect(file.length).toBeLessThan(1_000_000);
    const err = await parseDocument(file, { source: 'bomb.docx' }).catch((e: unknown) => e);
    expect((err as DocumentError).code).toBe('too_large');
    expect((err as DocumentError).message).toMatch(/word\/document\.xml: \d+ bytes > /u);
  }, 30_000);
});

describe('finding 4: deep HTML nesting, long HTML containers', () => {
  it.each([20_000, 200_000])('%i nested <div>s: the text is read, no stack overflow', async (n) => {
    const doc = await parseDocument(Buffer.from(nestedHtml(n)), { source: 'nested.html' });
    expect(doc.text).toContain('全年完成接种12.5万人次');
  }, 30_000);

  it('reads a container of 50,000 paragraphs (a tag lookup inside it was quadratic)', async () => {
    const html = `<html><body><div class="content">${'<p>全年完成12.5万人次。</p>'.repeat(50_000)}</div></body></html>`;
    const doc = await parseDocument(Buffer.from(html), { source: 'long.html' });
    expect(doc.blocks).toHaveLength(50_000);
  }, 30_000);

  it(`keeps pages nested up to ${MAX_NESTING} levels as they are`, async () => {
    const inner = '<p>一、总体情况</p><p>全年完成接种12.5万人次。</p>';
    const nested = await parseDocument(Buffer.from(nestedHtml(MAX_NESTING - 10, inner)));
    const flat = await parseDocument(Buffer.from(nestedHtml(1, inner)));
    expect(nested.text).toBe(flat.text);
    expect(nested.blocks).toEqual(flat.blocks);
  });
});

describe('finding 5: PDF with many items at one position', () => {
  it('reads 100,000 text items drawn at the same point (the layout was quadratic in lines per page)', async () => {
    const stream = Array.from({ length: 100_000 }, () => 'BT /F1 12 Tf 72 720 Td (12.5%) Tj ET').join('\n');
    const doc = await parseDocument(pdf([stream]), { source: 'stacked.pdf' });
    expect(doc.text).toContain('12.5%');
  }, 30_000);
  // 100,000 unbalanced `q` operators: pdf.js itself is quadratic in the graphics-state
  // depth; the time limit per document ends it (tests/batch/budget.test.ts).
});

describe('finding 6: zip entries that share bytes', () => {
  it('refuses 200 overlapping entries at once, with their own code', async () => {
    const data = Buffer.from(Array.from({ length: 1_000_000 }, (_, i) => (i * 7919) % 251));
    const entries: string[] = [];
    const err = await (async () => {
      for await (const e of readArchive(overlappingZip(200, data), { source: 'bomb.zip' })) entries.push(e.path);
    })().catch((e: unknown) => e);
    expect(entries).toEqual([]);
    expect((err as DocumentError).code).toBe('overlapping_entries');
  });

  it('refuses a DOCX whose entries overlap, before mammoth reads it', async () => {
    const file = overlappingZip(50, Buffer.from(documentXml(docxParagraph('完成12.5万人次。'))), (i) => (i === 0 ? 'word/document.xml' : `word/part${i}.xml`));
    expect(await codeOf(parseDocument(file, { source: 'bomb.docx' }))).toBe('overlapping_entries');
  });
});

describe('finding 7: bad bytes are decode_failed or replaced, never internal', () => {
  const html = '<html><body>全年完成接种12.5万人次。</body></html>';
  it.each([
    ['UTF-16LE of odd length', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le'), Buffer.from([0x41])])],
    ['UTF-16BE of odd length', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(html, 'utf16le').swap16(), Buffer.from([0x41])])],
    ['UTF-16LE with two low surrogates', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html.replace('。', '\udc00\udc00。'), 'utf16le')])],
    ['UTF-16LE with a high surrogate alone', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html.replace('。', '\ud800。'), 'utf16le')])],
  ])('%s', async (_what, bytes) => {
    const result = await extractDocument(bytes, { source: 'page.html' });
    expect(result.ok).toBe(true);
    expect(result.ok && result.records.map((r) => r.raw)).toEqual(['12.5万人次']);
  });

  it.each(['&#1114112;', '&#x110000;', '&#xD800;', '&#99999999999;'])('a DOCX with the character reference %s', async (ref) => {
    const file = docx(documentXml(docxParagraph(`全年完成${ref}接种12.5万人次。`)));
    const result = await extractDocument(file, { source: 'ref.docx' });
    if (!result.ok) expect(result.error.code).toBe('corrupt');
    const message = result.ok ? '' : result.error.message;
    expect(message).not.toMatch(/Invalid code point/u);
  });
});
