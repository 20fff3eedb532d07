/**
 * collect() and the pieces that need no Redis: merging result files (first
 * complete line per document, enqueue order, cut-off lines skipped), the
 * failure-code round trip, `--redis` URL parsing and the RESP parser.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collect } from '../../src/queue/collect.js';
import { parseRedisUrl } from '../../src/queue/connection.js';
import { codeOfReason, failureReason, jobIdFor, parseResultLine, type ResultLine } from '../../src/queue/jobs.js';
import { parseReply } from '../../src/queue/resp.js';
import type { IndicatorRecord } from '../../src/schema.js';

const work = mkdtempSync(join(tmpdir(), 'zhibiao-collect-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function record(source: string, name: string, value: number): IndicatorRecord {
  return {
    source, name, value, valueMax: null, unit: '元', raw: `${value}元`, kind: 'actual', target: null, completion: null,
    qualifier: null, masked: false, numeral: 'arabic', period: '2024', section: ['一、总结', '(一)投资'],
    span: [0, 3], sourceSpan: [0, 3], sentence: `投资${value}元,"同比"增长`, rule: 'test', block: 1,
  };
}

const line = (doc: ResultLine): string => `${JSON.stringify(doc)}\n`;

describe('collect', () => {
  const a: ResultLine = { source: 'a.txt', hash: 'h-a', seq: 2, records: [record('a.txt', '投资', 1)] };
  const b: ResultLine = { source: 'b.txt', hash: 'h-b', seq: 0, records: [record('b.txt', '收入', 2), record('b.txt', '支出', 3)] };
  const c: ResultLine = { source: 'c.txt', hash: 'h-c', seq: 1, records: [] };

  it('keeps each document once, in seq order, skipping a line cut short by a kill', async () => {
    const m1 = join(work, 'm1');
    const m2 = join(work, 'm2');
    mkdirSync(m1);
    mkdirSync(m2);
    // m1's worker was killed while writing a's line; m2 redid a after the stall.
    writeFileSync(join(m1, 'worker-m1-1-aa.jsonl'), line(b) + line(a).slice(0, 40));
    writeFileSync(join(m2, 'worker-m2-1-bb.jsonl'), `${line(c)}${line(a)}${line(b)}`);
    writeFileSync(join(m2, 'notes.txt'), 'not a result file');
    const order: string[] = [];
    const out = join(work, 'out.jsonl');
    const result = await collect([m1, m2], out, { onDocument: (d) => order.push(d.source) });
    expect(result).toEqual({ ok: true, value: { files: 2, documents: 3, records: 3, duplicates: 1, incomplete: 1 } });
    expect(order).toEqual(['b.txt', 'c.txt', 'a.txt']);
    const got = readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as IndicatorRecord);
    expect(got).toEqual([...b.records, ...a.records]);
  });

  it('writes CSV with a header and quoted fields', async () => {
    const dir = join(work, 'csv');
    mkdirSync(dir);
    writeFileSync(join(dir, 'worker-x.jsonl'), line(a));
    const out = join(work, 'out.csv');
    expect((await collect([dir], out, { format: 'csv' })).ok).toBe(true);
    const rows = readFileSync(out, 'utf8').split('\r\n');
    expect(rows[0]).toMatch(/^source,name,value,/);
    expect(rows[1]).toContain('"投资1元,""同比""增长"');
    expect(rows[1]).toContain('一、总结 > (一)投资');
  });

  it('reports a missing directory as an error value', async () => {
    const result = await collect([join(work, 'nope')], join(work, 'x.jsonl'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('io');
  });
});

describe('job contract', () => {
  it('round-trips an error code through a failed reason', () => {
    expect(codeOfReason(failureReason('corrupt', 'bad xref table'))).toEqual({ code: 'corrupt', message: 'bad xref table' });
    expect(codeOfReason('job stalled more than allowable limit').code).toBe('internal');
    expect(codeOfReason('[nonsense] x').code).toBe('internal');
  });

  it('keys jobs by content hash, without colons', () => {
    expect(jobIdFor('abc', 'x.txt')).toBe('doc-abc');
    expect(jobIdFor(null, 'x.txt')).toMatch(/^err-[0-9a-f]{64}$/);
  });

  it('rejects result lines that are not complete', () => {
    expect(parseResultLine('{"source":"a","hash":"h","seq":1,"records":[]}')).not.toBeNull();
    expect(parseResultLine('{"source":"a","hash":"h","seq":1,"rec')).toBeNull();
    expect(parseResultLine('{"source":"a","hash":"h","records":[]}')).toBeNull();
  });
});

describe('--redis URL', () => {
  it('parses host, port, db, credentials and TLS', () => {
    const t = parseRedisUrl('rediss://user:p%40ss@cache.internal:6380/2');
    expect(t).toMatchObject({ ok: true, value: { host: 'cache.internal', port: 6380, db: 2, tls: true, username: 'user', password: 'p@ss' } });
    if (t.ok) expect(t.value.display).not.toContain('p%40ss');
    expect(parseRedisUrl('redis://localhost')).toMatchObject({ ok: true, value: { host: 'localhost', port: 6379, db: 0, tls: false } });
  });

  it('refuses what it cannot use, as values', () => {
    for (const bad of ['localhost:6379', 'http://x', 'redis://x:99999', 'redis://x/abc']) {
      const r = parseRedisUrl(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('bad_redis_url');
    }
  });
});

describe('RESP parser', () => {
  const parse = (s: string): unknown => parseReply(Buffer.from(s), 0)[0];
  it('reads every RESP2 type, nested errors as values', () => {
    expect(parse('+OK\r\n')).toBe('OK');
    expect(parse(':42\r\n')).toBe(42);
    expect(parse('$-1\r\n')).toBeNull();
    expect(parse('$6\r\n指标\r\n')).toBe('指标');
    const arr = parse('*3\r\n:1\r\n-ERR boom\r\n*1\r\n$1\r\nx\r\n') as unknown[];
    expect(arr[0]).toBe(1);
    expect(arr[1]).toBeInstanceOf(Error);
    expect(arr[2]).toEqual(['x']);
  });
  it('waits for the rest of a reply split across packets', () => {
    expect(() => parseReply(Buffer.from('$10\r\nabc'), 0)).toThrow();
    expect(() => parseReply(Buffer.from('*2\r\n:1\r\n'), 0)).toThrow();
  });
});
