/**
 * The queue worker keeps the same budget per document as the local batch: a document over
 * the time limit fails with code timeout (its extraction thread is replaced), and the
 * worker goes on with the next job.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdf, textStream } from '../fuzz/build.js';
import { runCli } from './fixtures.js';
import { SKIP_REDIS, startRedis, type RedisServer } from './redis.js';

const suite = SKIP_REDIS ? describe.skip : describe;

suite('queue: budget per document', () => {
  let redis: RedisServer;
  let work: string;
  beforeAll(async () => {
    redis = await startRedis();
    work = mkdtempSync(join(tmpdir(), 'zhibiao-queue-budget-'));
  });
  afterAll(async () => {
    await redis?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('fails a document over --timeout with code timeout and does the next', async () => {
    const docs = join(work, 'docs');
    mkdirSync(docs);
    // 100,000 unbalanced `q` operators: pdf.js takes minutes over them.
    writeFileSync(join(docs, 'a-slow.pdf'), pdf(['q\n'.repeat(100_000) + textStream(['12.5%'])]));
    writeFileSync(join(docs, 'b.txt'), '全年完成门诊168051人次,同比增长12.5%。');
    const queue = ['--redis', redis.url, '--queue', 'budget'];
    expect((await runCli(['enqueue', docs, ...queue])).code).toBe(0);
    const out = join(work, 'out');
    const w = await runCli(['worker', ...queue, '--out', out, '--concurrency', '1', '--timeout', '1', '--exit-when-drained'], 40_000);
    expect(w.stderr).toMatch(/^failed\t.*a-slow\.pdf\t\[timeout\]/mu);
    const counts = JSON.parse((await runCli(['status', ...queue, '--json'])).stdout) as Record<string, number>;
    expect(counts).toMatchObject({ done: 1, failed: 1, active: 0, waiting: 0 });
    const errors = join(work, 'errors.jsonl');
    expect((await runCli(['collect', out, '--out', join(work, 'all.jsonl'), ...queue, '--errors', errors])).code).toBe(0);
    const failed = readFileSync(errors, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { code: string });
    expect(failed.map((f) => f.code)).toEqual(['timeout']);
  }, 60_000);
});
