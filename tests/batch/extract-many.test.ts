/** Runs the built library (dist/), since worker threads load dist/batch/worker.js. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { extractMany, type BatchProgress, type ExtractManyOptions } from '../../dist/batch/extract-many.js';
import type { BatchInput } from '../../dist/batch/inputs.js';
import type { DocumentResult } from '../../dist/schema.js';
import { writeZip } from '../ingest/zip-writer.js';

async function collect(inputs: BatchInput[], options: ExtractManyOptions): Promise<DocumentResult[]> {
  const out: DocumentResult[] = [];
  for await (const r of extractMany(inputs, options)) out.push(r);
  return out;
}

const texts = Array.from({ length: 60 }, (_, i) => ({
  source: `doc-${String(i).padStart(3, '0')}.txt`,
  // Sizes vary so that workers finish out of order.
  bytes: Buffer.from(`2024年完成投资${i}亿元。`.repeat(1 + ((i * 37) % 400))),
}));

describe('extractMany', () => {
  it('yields one result per input, in input order, with two workers', async () => {
    const results = await collect(texts, { jobs: 2 });
    expect(results.map((r) => r.source)).toEqual(texts.map((t) => t.source));
    expect(results.every((r) => r.ok)).toBe(true);
  });

  it('gives the same results with threads and in-process', async () => {
    const a = await collect(texts.slice(0, 10), { jobs: 2, year: 2024 });
    const b = await collect(texts.slice(0, 10), { jobs: 0, year: 2024 });
    expect(a).toEqual(b);
  });

  it('keeps at most maxQueued documents in flight', async () => {
    const seen: BatchProgress[] = [];
    await collect(texts, { jobs: 2, maxQueued: 3, onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(0);
    for (const p of seen) expect(p.total - p.done).toBeLessThanOrEqual(3);
    expect(seen.at(-1)).toMatchObject({ done: 60, total: 60, totalKnown: true, ok: 60, failed: 0 });
  });

  it('expands directories and zips, and turns bad inputs into failed results', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zb-many-'));
    await writeFile(join(dir, 'a.txt'), '一');
    await writeFile(join(dir, 'b.zip'), writeZip([
      { name: 'x/1.txt', data: '二', utf8: true },
      { name: '../up.txt', data: '三', utf8: true },
      { name: 'in.zip', data: 'PK', utf8: true },
      { name: 'x/2.txt', data: '四', utf8: true },
    ]));
    await writeFile(join(dir, 'c.zip'), 'not a zip');
    const results = await collect([dir, join(dir, 'missing.txt')], { jobs: 1 });
    const rel = (s: string): string => s.replace(`${dir}/`, '');
    expect(results.map((r) => [rel(r.source), r.ok ? 'ok' : r.error.code])).toEqual([
      ['a.txt', 'ok'],
      ['b.zip!x/1.txt', 'ok'],
      ['b.zip!../up.txt', 'unsafe_path'],
      ['b.zip!in.zip', 'nested_archive'],
      ['b.zip!x/2.txt', 'ok'],
      ['c.zip', 'corrupt'],
      ['missing.txt', 'not_found'],
    ]);
  });

  it('skips documents whose source and hash the caller already has', async () => {
    const first = texts[0];
    if (!first) throw new Error('no texts');
    const hash = createHash('sha256').update(first.bytes).digest('hex');
    const skipped: string[] = [];
    const results = await collect(texts.slice(0, 3), {
      jobs: 1,
      doneHash: (s) => (s === first.source ? hash : s === texts[1]?.source ? 'stale' : undefined),
      onSkip: (s) => skipped.push(s),
    });
    expect(skipped).toEqual([first.source]);
    expect(results.map((r) => r.source)).toEqual([texts[1]?.source, texts[2]?.source]);
  });
});
