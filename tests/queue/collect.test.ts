/**
 * collect() and the pieces that need no Redis: merging result files (first
 * complete line per document, enqueue order, cut-off lines skipped), the
 * failure-code round trip, and `--redis` URL handling (ioredis parses it).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collect } from '../../src/queue/collect.js';
import { Redis } from 'ioredis';
import { connectionOptions, parseRedisUrl } from '../../src/queue/connection.js';
import { codeOfReason, failureReason, jobIdFor, parseResultLine, type ResultLine } from '../../src/queue/jobs.js';
import type { IndicatorRecord } from '../../src/schema.js';

const work = mkdtempSync(join(tmpdir(), 'zhibiao-collect-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function record(source: string, name: string, value: number): IndicatorRecord {
  return {
    source, name, value, valueMax: null, unit: '元', raw: `${value}元`, kind: 'actual', target: null, completion: null,
    qualifier: null, masked: false, numeral: 'arabic', period: '2024', section: ['一、总结', '(一)投资'],
    span: [0, 3], sourceSpan: [0, 3], sentence: `投资${value}元,"同比"增长`, rule: 'test', block: 1, duplicateOf: null,
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
  /** What ioredis makes of a URL zhibiao accepted (no connection is opened). */
  const ioredisSees = (input: string): Record<string, unknown> => {
    const t = parseRedisUrl(input);
    if (!t.ok) throw new Error(t.error.message);
    const client = new Redis(t.value.url, { ...connectionOptions('worker'), lazyConnect: true });
    const { host, port, db, tls, username, password } = client.options;
    client.disconnect();
    return { host, port, db, tls, username, password };
  };

  it('gives ioredis host, port, db, credentials and TLS', () => {
    expect(ioredisSees('rediss://user:p%40ss@cache.internal:6380/2')).toMatchObject({ host: 'cache.internal', port: 6380, db: 2, tls: true, username: 'user', password: 'p@ss' });
    expect(ioredisSees('redis://localhost')).toMatchObject({ host: 'localhost', port: 6379, db: 0, tls: undefined });
    expect(ioredisSees('redis://:secret@h:7000/3')).toMatchObject({ host: 'h', port: 7000, db: 3, password: 'secret' });
    // A lone user part has always meant a password (AUTH secret), not an ACL user.
    expect(ioredisSees('redis://secret@h')).toMatchObject({ password: 'secret', username: '' });
  });

  it('masks the password in messages', () => {
    const t = parseRedisUrl('rediss://user:p%40ss@cache.internal:6380/2');
    expect(t.ok).toBe(true);
    if (t.ok) {
      expect(t.value.display).not.toContain('p%40ss');
      expect(t.value.display).toContain('user:***@cache.internal:6380/2');
    }
  });

  it('waits out Redis restarts on worker connections and fails fast on the others', () => {
    expect(connectionOptions('worker')).toMatchObject({ maxRetriesPerRequest: null });
    expect(connectionOptions('producer')).toMatchObject({ enableOfflineQueue: false });
  });

  it('refuses what it cannot use, as values', () => {
    for (const bad of ['localhost:6379', 'http://x', 'redis://x:99999', 'redis://x/abc', 'redis://x/-1']) {
      const r = parseRedisUrl(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('bad_redis_url');
    }
  });
});
