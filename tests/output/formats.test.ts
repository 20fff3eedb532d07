import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLUMN_NAMES, csvField, csvHeader, csvRecord, createEncoder, openOutput } from '../../src/output/index.js';
import { IndicatorRecordSchema } from '../../src/schema.js';
import { record } from './record.js';

describe('csv', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    // OWASP CSV injection (CWE-1236): text that a spreadsheet would run gets a leading quote, inside quotes
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['+86 123', `"'+86 123"`],
    ['-5%', `"'-5%"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tx', `"'\tx"`],
    ['\rx', `"'\rx"`],
    ['a=b', 'a=b'],
    [-5, '-5'],
    [-0.25, '-0.25'],
    [null, ''],
    [1.5, '1.5'],
    [true, 'true'],
  ])('field %j → %j', (input, expected) => expect(csvField(input)).toBe(expected));

  it('has one column per record field, nested ones flattened, in a fixed order', () => {
    expect(csvHeader()).toBe(`${COLUMN_NAMES.join(',')}\r\n`);
    expect(COLUMN_NAMES.slice(0, 3)).toEqual(['source', 'name', 'value']);
    expect(COLUMN_NAMES).toContain('target_value');
    expect(COLUMN_NAMES).toContain('target_unit');
    const snake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    for (const key of Object.keys(IndicatorRecordSchema.shape)) {
      expect(COLUMN_NAMES.some((c) => c === snake(key) || c.startsWith(`${snake(key)}_`)), key).toBe(true);
    }
    for (const c of COLUMN_NAMES) expect(c, 'one naming convention: snake_case').toMatch(/^[a-z][a-z0-9]*(?:_[a-z][a-z0-9]*)*$/);
  });

  it('joins the section path with " > " and flattens the target', () => {
    const row = csvRecord(record({ target: { value: 200, unit: '个', raw: '200个', masked: false }, sentence: 'a,"b"' }));
    expect(row).toContain(',一、工作 > (一)托育,');
    expect(row).toContain(',200,个,200个,false,');
    expect(row).toContain(',"a,""b""",');
    expect(row.endsWith('\r\n')).toBe(true);
  });

  it('starts with a BOM only when asked', () => {
    expect(createEncoder('csv', { bom: true }).head().startsWith('\uFEFFsource,')).toBe(true);
    expect(createEncoder('csv').head().startsWith('source,')).toBe(true);
  });
});

describe('json and jsonl', () => {
  it('json streams one valid array, empty or not', () => {
    const empty = createEncoder('json');
    expect(JSON.parse(empty.head() + empty.tail())).toEqual([]);
    const e = createEncoder('json');
    const text = e.head() + e.encode([record()]) + e.encode([]) + e.encode([record({ name: 'b' }), record({ name: 'c' })]) + e.tail();
    expect((JSON.parse(text) as { name: string }[]).map((r) => r.name)).toEqual(['托位', 'b', 'c']);
  });
  it('jsonl writes one parseable record per line', () => {
    const text = createEncoder('jsonl').encode([record(), record()]);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(IndicatorRecordSchema.parse(JSON.parse(lines[0] ?? ''))).toEqual(record());
  });
});

describe('file outputs', () => {
  it('write FILE.partial and rename it to FILE when finished', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zb-out-'));
    const out = join(dir, 'r.csv');
    const sink = await openOutput({ format: 'csv', target: { path: out } });
    await sink.write([record()]);
    await sink.sync();
    expect(await readdir(dir)).toEqual(['r.csv.partial']);
    await sink.finish();
    expect(await readdir(dir)).toEqual(['r.csv']);
    expect((await readFile(out, 'utf8')).split('\r\n')).toHaveLength(3);
  });

  it('leave FILE.partial in place when aborted', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zb-out-'));
    const sink = await openOutput({ format: 'jsonl', target: { path: join(dir, 'r.jsonl') } });
    await sink.write([record()]);
    await sink.abort();
    expect(await readdir(dir)).toEqual(['r.jsonl.partial']);
    expect(sink.position).toBe(Buffer.byteLength(JSON.stringify(record())) + 1);
  });
});
