import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../src/schema.js';
import { parseDocument, readArchive, type ArchiveEntry, type ArchiveOptions } from '../../src/ingest/index.js';
import { fixture } from './helpers.js';
import { writeZip } from './zip-writer.js';

async function collect(input: string | Buffer, options?: ArchiveOptions): Promise<ArchiveEntry[]> {
  const out: ArchiveEntry[] = [];
  for await (const e of readArchive(input, options)) out.push(e);
  return out;
}

function codes(entries: readonly ArchiveEntry[]): Record<string, string> {
  return Object.fromEntries(entries.map((e) => [e.path, 'error' in e ? e.error.code : 'ok']));
}

describe('readArchive', () => {
  it('yields the documents of a normal archive, skipping directories', async () => {
    const html = readFileSync(fixture('gov-page-gbk.html'));
    const docx = readFileSync(fixture('report-with-table.docx'));
    const zip = writeZip([
      { name: 'reports/' },
      { name: 'reports/gov.html', data: html, deflate: true },
      { name: 'reports/报告.docx', data: docx },
      { name: 'notes.txt', data: '一、工作总结\n全年完成门诊168051人次。' },
    ]);
    const entries = await collect(zip);
    expect(codes(entries)).toEqual({ 'reports/gov.html': 'ok', 'reports/报告.docx': 'ok', 'notes.txt': 'ok' });
    const first = entries[0]!;
    expect('bytes' in first && first.bytes.equals(html)).toBe(true);
    const docxEntry = entries[1]!;
    const parsed = await parseDocument('bytes' in docxEntry ? docxEntry.bytes : Buffer.alloc(0), { source: docxEntry.path });
    expect(parsed.format).toBe('docx');
  });

  it('reads a zip from a path too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhibiao-zip-'));
    const path = join(dir, 'a.zip');
    writeFileSync(path, writeZip([{ name: 'a.txt', data: '全年完成。' }]));
    expect(codes(await collect(path))).toEqual({ 'a.txt': 'ok' });
  });

  it('refuses zip-slip paths with unsafe_path', async () => {
    const zip = writeZip([
      { name: '../evil.txt', data: 'x' },
      { name: 'a/../../evil2.txt', data: 'x' },
      { name: '/etc/passwd', data: 'x' },
      { name: 'C:/Windows/evil.txt', data: 'x' },
      { name: Buffer.from('..\\win-evil.txt', 'latin1'), data: 'x' },
      { name: 'ok..txt', data: 'fine' },
    ]);
    expect(codes(await collect(zip))).toEqual({
      '../evil.txt': 'unsafe_path',
      'a/../../evil2.txt': 'unsafe_path',
      '/etc/passwd': 'unsafe_path',
      'C:/Windows/evil.txt': 'unsafe_path',
      '../win-evil.txt': 'unsafe_path',
      'ok..txt': 'ok',
    });
  });

  it('refuses nested archives, by name and by content', async () => {
    const inner = writeZip([{ name: 'inner.txt', data: 'x' }]);
    const zip = writeZip([
      { name: 'inner.zip', data: inner },
      { name: 'disguised.bin', data: inner },
      { name: 'doc.txt', data: '正文' },
    ]);
    expect(codes(await collect(zip))).toEqual({ 'inner.zip': 'nested_archive', 'disguised.bin': 'nested_archive', 'doc.txt': 'ok' });
  });

  it('refuses oversize entries by declared size, by ratio, and by counting inflated bytes', async () => {
    const big = Buffer.alloc(2 * 1024 * 1024, 0x41);
    const zip = writeZip([
      { name: 'big.txt', data: big, deflate: true },
      { name: 'small.txt', data: 'ok' },
    ]);
    const byRatio = codes(await collect(zip));
    expect(byRatio).toEqual({ 'big.txt': 'too_large', 'small.txt': 'ok' });
    const bySize = codes(await collect(writeZip([{ name: 'stored.txt', data: Buffer.alloc(4096, 0x41) }]), { maxEntryBytes: 1000 }));
    expect(bySize).toEqual({ 'stored.txt': 'too_large' });
    // The header lies (declares 100 bytes); the reader must stop on what it inflates.
    const liar = writeZip([{ name: 'liar.txt', data: big, deflate: true, fakeSize: 100 }]);
    const byCount = await collect(liar, { maxRatio: 1_000_000 });
    expect(codes(byCount)).toEqual({ 'liar.txt': 'too_large' });
  });

  it('throws corrupt for a broken archive and not_found for a missing one', async () => {
    const good = writeZip([{ name: 'a.txt', data: 'hello' }]);
    const broken = good.subarray(0, good.length - 10);
    await expect(collect(broken)).rejects.toMatchObject({ code: 'corrupt' });
    await expect(collect(Buffer.from('not a zip at all'))).rejects.toBeInstanceOf(DocumentError);
    await expect(collect('/nonexistent/archive.zip')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('decodes GBK entry names without the UTF-8 flag', async () => {
    const name = Buffer.from([0xb1, 0xa8, 0xb8, 0xe6, 0x2e, 0x74, 0x78, 0x74]); // 报告.txt in GBK
    expect(codes(await collect(writeZip([{ name, data: 'x', utf8: false }])))).toEqual({ '报告.txt': 'ok' });
  });
});
