/**
 * A Redis crash under a running worker: the worker reconnects by itself and
 * finishes the queue once Redis is back (AOF keeps the queue across the crash),
 * saying so once on stderr, with no driver noise.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect } from '../../src/queue/collect.js';
import { generateReports, resultLines, runCli, spawnCli, until, withTimeout } from './fixtures.js';
import { SKIP_REDIS, startRedis, type RedisServer } from './redis.js';

if (SKIP_REDIS) console.warn('ZHIBIAO_SKIP_REDIS=1: SKIPPING the Redis reconnect test (it did not run).');
const suite = SKIP_REDIS ? describe.skip : describe;

suite('queue: Redis crashes under a running worker', () => {
  let redis: RedisServer;
  let work: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'zhibiao-reconnect-'));
    mkdirSync(join(work, 'aof'));
    redis = await startRedis(join(work, 'aof'));
  });

  afterAll(async () => {
    await redis?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('reconnects and finishes every document once', async () => {
    const docs = join(work, 'docs');
    generateReports(docs, 30);
    const queue = ['--redis', redis.url, '--queue', 'crash'];
    expect((await runCli(['enqueue', docs, ...queue])).code).toBe(0);
    const out = join(work, 'out');
    const w = spawnCli(['worker', ...queue, '--out', out, '--concurrency', '1', '--exit-when-drained'], { ZHIBIAO_QUEUE_JOB_DELAY_MS: '60' });
    await until(() => resultLines(out).length >= 5, 20_000, 'the worker to finish 5 documents');
    await redis.kill();
    await new Promise((r) => setTimeout(r, 1000));
    await redis.restart();
    expect(await withTimeout(w.exited, 30_000, 'worker after the Redis restart', () => w.process.kill('SIGKILL'))).toBe(0);
    // The outage is told once, not once per reconnect attempt; ioredis and BullMQ print nothing.
    const log = w.stderr();
    expect(log.match(/lost Redis/g)?.length, log).toBe(1);
    expect(log.match(/Redis is back/g)?.length, log).toBe(1);
    expect(log, log).not.toMatch(/\[ioredis\]|Unhandled|error:|ECONNREFUSED[^\n]*\n[^\n]*ECONNREFUSED/);
    const seen: string[] = [];
    const merged = await collect([out], join(work, 'all.jsonl'), { onDocument: (d) => seen.push(d.hash) });
    expect(merged.ok).toBe(true);
    expect(seen.length).toBe(30);
    expect(new Set(seen).size).toBe(30);
  }, 60_000);
});
