/**
 * The queue end to end against a real redis-server: 2 worker processes, one
 * SIGKILLed mid-run; collect must give exactly what local extraction gives,
 * each document once, and the broken documents in the failed set with codes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/batch/inputs.js';
import { extractDocument } from '../../src/document.js';
import { collect } from '../../src/queue/collect.js';
import type { IndicatorRecord } from '../../src/schema.js';
import { addBrokenDocuments, generateReports, resultLines, runCli, spawnCli, until, withTimeout } from './fixtures.js';
import { SKIP_REDIS, startRedis, type RedisServer } from './redis.js';

if (SKIP_REDIS) console.warn('ZHIBIAO_SKIP_REDIS=1: SKIPPING the queue tests against Redis (they did not run).');
const suite = SKIP_REDIS ? describe.skip : describe;

interface Expected {
  records: IndicatorRecord[];
  documents: { source: string; hash: string }[];
  failed: { source: string; code: string }[];
}

/** What local extraction gives for the same inputs, document by document. */
async function localResults(dir: string): Promise<Expected> {
  const out: Expected = { records: [], documents: [], failed: [] };
  for await (const item of expandInputs([dir])) {
    if (item.kind === 'error') {
      out.failed.push({ source: item.source, code: item.error.code });
      continue;
    }
    const result = await extractDocument(item.kind === 'path' ? item.path : item.bytes, { source: item.source });
    if (result.ok) {
      out.documents.push({ source: result.source, hash: result.hash });
      out.records.push(...result.records);
    } else out.failed.push({ source: result.source, code: result.error.code });
  }
  return out;
}

const FAST_STALLS = ['--lock-duration', '1500', '--stalled-interval', '1000'];

suite('queue: 2 workers, one SIGKILLed mid-run', () => {
  let redis: RedisServer;
  let work: string;

  beforeAll(async () => {
    redis = await startRedis();
    work = mkdtempSync(join(tmpdir(), 'zhibiao-queue-'));
  });

  afterAll(async () => {
    await redis?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('collects exactly the local records, each document once, broken ones failed with codes', async () => {
    const docs = join(work, 'docs');
    generateReports(docs, 210);
    addBrokenDocuments(docs);
    const queue = ['--redis', redis.url, '--queue', 'kill'];

    const first = await runCli(['enqueue', docs, ...queue, '--inline-max', '10000', '--json']);
    expect(first.code, first.stderr).toBe(0);
    const summary = JSON.parse(first.stdout) as { documents: number; added: number; existing: number; errors: number };
    expect(summary.documents).toBe(212);
    const again = await runCli(['enqueue', docs, ...queue, '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ documents: 212, added: 0, existing: 212 });

    const outA = join(work, 'machine-a');
    const outB = join(work, 'machine-b');
    const env = { ZHIBIAO_QUEUE_JOB_DELAY_MS: '25' };
    const workerArgs = ['worker', ...queue, '--concurrency', '2', ...FAST_STALLS, '--exit-when-drained', '--verbose'];
    const a = spawnCli([...workerArgs, '--out', outA], env);
    const b = spawnCli([...workerArgs, '--out', outB], env);
    await until(() => resultLines(outA).length >= 30, 30_000, 'worker A to finish 30 documents');
    a.process.kill('SIGKILL');
    expect(await a.exited).toBe(-1);
    const killedAfter = resultLines(outA).length;
    const codeB = await withTimeout(b.exited, 40_000, 'worker B', () => b.process.kill('SIGKILL'));
    expect(codeB, b.stderr()).toBe(0);
    // A's jobs in flight at the kill were found stalled and redone by B.
    expect(b.stderr()).toMatch(/^stalled\t/m);
    // No driver noise: BullMQ's and ioredis' errors all go through the worker's listeners.
    expect(b.stderr()).not.toMatch(/\[ioredis\]|Unhandled|zhibiao worker: error:/);
    expect(killedAfter).toBeLessThan(212);

    const status = await runCli(['status', ...queue, '--json']);
    const counts = JSON.parse(status.stdout) as Record<string, number>;
    const expected = await localResults(docs);
    expect(counts).toMatchObject({ waiting: 0, active: 0, delayed: 0, done: expected.documents.length, failed: expected.failed.length });

    const out = join(work, 'all.jsonl');
    const errors = join(work, 'errors.jsonl');
    const merged = await runCli(['collect', outA, outB, '--out', out, ...queue, '--errors', errors]);
    expect(merged.code, merged.stderr).toBe(0);

    const lines = readFileSync(out, 'utf8').split('\n').filter((l) => l !== '');
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(expected.records.map((r) => JSON.parse(JSON.stringify(r)) as unknown));

    const seen: { source: string; hash: string }[] = [];
    const again2 = await collect([outA, outB], join(work, 'again.jsonl'), { onDocument: (d) => seen.push({ source: d.source, hash: d.hash }) });
    expect(again2.ok).toBe(true);
    expect(seen).toEqual(expected.documents);
    expect(new Set(seen.map((d) => d.hash)).size).toBe(seen.length);

    const failed = readFileSync(errors, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as { source: string; code: string });
    expect(failed.map(({ source, code }) => ({ source, code }))).toEqual(expected.failed);
    expect(failed).toContainEqual(expect.objectContaining({ source: join(docs, 'broken.zip'), code: 'corrupt' }));
    expect(merged.stderr).toMatch(/failed\tcorrupt\t.*broken\.zip/);
  }, 60_000);

  it('stops gracefully on SIGTERM: jobs in flight finish, none is lost', async () => {
    const docs = join(work, 'term-docs');
    generateReports(docs, 40);
    const queue = ['--redis', redis.url, '--queue', 'term'];
    expect((await runCli(['enqueue', docs, ...queue])).code).toBe(0);
    const out = join(work, 'term-out');
    const w = spawnCli(['worker', ...queue, '--out', out, '--concurrency', '4'], { ZHIBIAO_QUEUE_JOB_DELAY_MS: '150' });
    await until(() => resultLines(out).length >= 4, 20_000, 'the worker to finish 4 documents');
    w.process.kill('SIGTERM');
    expect(await withTimeout(w.exited, 10_000, 'worker after SIGTERM')).toBe(0);
    expect(w.stderr()).toMatch(/SIGTERM: finishing jobs in flight/);
    const counts = JSON.parse((await runCli(['status', ...queue, '--json'])).stdout) as Record<string, number>;
    expect(counts.active).toBe(0);
    expect(counts.done).toBe(resultLines(out).length);
    expect(counts.done).toBeLessThan(40);

    const rest = await runCli(['worker', ...queue, '--out', out, '--exit-when-drained']);
    expect(rest.code, rest.stderr).toBe(0);
    const seen: string[] = [];
    const merged = await collect([out], join(work, 'term.jsonl'), { onDocument: (d) => seen.push(d.source) });
    expect(merged.ok && merged.value.duplicates).toBe(0);
    expect(seen).toEqual((await localResults(docs)).documents.map((d) => d.source));
  }, 60_000);
});
