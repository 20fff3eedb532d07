/**
 * Runs the built library (dist/). Finding 11 of issue 9: the memory of a batch is bounded by
 * its in-flight window, in documents and in bytes, whatever the inputs: a zip of large
 * entries is read entry by entry as the window drains, not all at once.
 */
import { describe, expect, it } from 'vitest';
import { extractMany } from '../../dist/batch/extract-many.js';
import { writeZip } from '../ingest/zip-writer.js';

describe('the in-flight window', () => {
  /** The most documents seen in flight (found, not yet done) by progress reports. */
  async function peakInFlight(zip: Buffer, maxQueuedBytes: number): Promise<number> {
    let peak = 0;
    let results = 0;
    for await (const r of extractMany([{ source: 'big.zip', bytes: zip }], {
      jobs: 1,
      maxQueuedBytes,
      onProgress: (p) => (peak = Math.max(peak, p.total - p.done)),
    })) {
      expect(r.ok).toBe(true);
      results++;
    }
    expect(results).toBe(12);
    return peak;
  }

  it('holds at most maxQueuedBytes of documents (plus the one that crosses it)', async () => {
    const entry = Buffer.from(`全年完成门诊168051人次。${'工作稳步推进。'.repeat(50_000)}`); // ~1 MB
    const zip = writeZip(Array.from({ length: 12 }, (_, i) => ({ name: `d${i}.txt`, data: entry })));
    expect(await peakInFlight(zip, 2 * entry.length)).toBeLessThanOrEqual(2);
    // Without the bound in bytes, the window (16 documents per job) takes the whole archive in.
    expect(await peakInFlight(zip, 1024 * entry.length)).toBeGreaterThanOrEqual(6);
  }, 60_000);
});
