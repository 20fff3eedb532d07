import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../src/schema.js';
import { parseDocument, sniffFormat } from '../../src/ingest/index.js';
import { codeOf, fixture } from './helpers.js';
import { writeZip } from './zip-writer.js';

describe('broken fixtures', () => {
  const cases: [string, string[]][] = [
    ['broken/empty.html', ['empty']],
    ['broken/binary.html', ['unsupported_format', 'decode_failed']],
    ['broken/encrypted.pdf', ['encrypted']],
    // Plain UTF-8 text named .docx: the name says Word, the bytes are not a zip → corrupt.
    ['broken/not-a-docx.docx', ['corrupt']],
    ['broken/truncated.pdf', ['corrupt']],
  ];
  for (const [name, expected] of cases) {
    it(`${name} → ${expected.join(' | ')}`, async () => {
      expect(expected).toContain(await codeOf(parseDocument(fixture(name))));
    });
  }

  it('keeps the library exception as cause and names the source', async () => {
    const err = await parseDocument(fixture('broken/truncated.pdf')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DocumentError);
    expect((err as DocumentError).cause).toBeInstanceOf(Error);
    expect((err as DocumentError).source).toBe(fixture('broken/truncated.pdf'));
  });

  it('opens the encrypted PDF with the user password, and refuses a wrong one', async () => {
    const doc = await parseDocument(fixture('broken/encrypted.pdf'), { password: 'user' });
    expect(doc.meta.pages).toBe(5);
    expect(doc.text).toContain('服务我区55.6万居民');
    expect(await codeOf(parseDocument(fixture('broken/encrypted.pdf'), { password: 'wrong' }))).toBe('encrypted');
  });

  it('reads not-a-docx bytes as text when no name says otherwise', async () => {
    const doc = await parseDocument(readFileSync(fixture('broken/not-a-docx.docx')));
    expect(doc.format).toBe('text');
    expect(doc.text).toContain('由会员分享');
  });

  it('gives not_found, too_large, and unsupported_format for a zip that is not a docx', async () => {
    expect(await codeOf(parseDocument('/nonexistent/file.pdf'))).toBe('not_found');
    expect(await codeOf(parseDocument(fixture('gov-page-gbk.html'), { maxBytes: 1000 }))).toBe('too_large');
    expect(await codeOf(parseDocument(Buffer.alloc(2000, 0x41), { maxBytes: 1000 }))).toBe('too_large');
    expect(await codeOf(parseDocument(writeZip([{ name: 'a.txt', data: 'x' }])))).toBe('unsupported_format');
    expect(await codeOf(parseDocument(Buffer.from('   \n\t  ')))).toBe('empty');
    expect(await codeOf(parseDocument(Buffer.from('<html><body><script>var a=1;</script></body></html>')))).toBe('empty');
  });

  it('gives corrupt for a docx whose zip is broken', async () => {
    const docx = readFileSync(fixture('report-with-table.docx'));
    expect(await codeOf(parseDocument(docx.subarray(0, 4000), { source: 'cut.docx' }))).toBe('corrupt');
  });
});

describe('sniffFormat', () => {
  const table: [string, string | null][] = [
    ['report-with-table.pdf', 'pdf'],
    ['report-with-table.docx', 'docx'],
    ['gov-page-gbk.html', 'html'],
    ['docsite-page-utf8.html', 'html'],
    ['broken/not-a-docx.docx', 'text'],
    ['broken/binary.html', null],
    ['broken/truncated.pdf', 'pdf'],
  ];
  for (const [name, expected] of table) {
    it(`${name} → ${String(expected)}`, () => expect(sniffFormat(readFileSync(fixture(name)))).toBe(expected));
  }
  it('tells a plain zip from a docx, and finds HTML after a BOM and whitespace', () => {
    expect(sniffFormat(writeZip([{ name: 'a.txt', data: 'x' }]))).toBe('zip');
    expect(sniffFormat(Buffer.from('\uFEFF \n <!DOCTYPE html><html></html>'))).toBe('html');
    expect(sniffFormat(Buffer.from('<p>段落</p>'))).toBe('html');
    expect(sniffFormat(Buffer.alloc(0))).toBeNull();
  });
});
