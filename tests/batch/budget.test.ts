/**
 * Runs the built library (dist/), since worker threads load dist/batch/worker.js.
 * The budget per document: a document over the time limit or the worker's memory limit ends
 * as an error with its own code, its worker is replaced, and the documents after it are read.
 */
import { describe, expect, it } from 'vitest';
import { extractMany } from '../../dist/batch/extract-many.js';
import type { DocumentResult } from '../../dist/schema.js';
import { docx, documentXml, docxParagraph, pdf, textStream } from '../fuzz/build.js';

const REPORT = Buffer.from('全年完成门诊168051人次,同比增长12.5%。');

/** 100,000 unbalanced `q` (save state) operators: pdf.js takes minutes over them. */
export const unbalancedSaves = (): Buffer => pdf(['q\n'.repeat(100_000) + textStream(['12.5%'])]);

async function all(inputs: { source: string; bytes: Buffer }[], options: Parameters<typeof extractMany>[1]): Promise<DocumentResult[]> {
  const out: DocumentResult[] = [];
  for await (const r of extractMany(inputs, options)) out.push(r);
  return out;
}

const codes = (results: readonly DocumentResult[]): string[] => results.map((r) => (r.ok ? 'ok' : r.error.code));

describe('budget per document', () => {
  it('ends a document over the time limit as timeout and goes on with the next', async () => {
    const results = await all(
      [
        { source: 'slow.pdf', bytes: unbalancedSaves() },
        { source: 'a.txt', bytes: REPORT },
        { source: 'slow2.pdf', bytes: unbalancedSaves() },
        { source: 'b.txt', bytes: REPORT },
      ],
      { jobs: 1, timeoutMs: 1500 },
    );
    expect(codes(results)).toEqual(['timeout', 'ok', 'timeout', 'ok']);
    const first = results[0]!;
    expect(!first.ok && first.error.message).toMatch(/time limit \(1\.5 s\)/u);
    expect(results[1]!.ok && results[1]!.records.length).toBeGreaterThan(0);
  }, 60_000);

  it('ends a document over the memory limit as too_large and replaces the worker', async () => {
    const big = docx(documentXml(Array.from({ length: 40_000 }, (_, i) => docxParagraph(`第${i}段完成12.5万人次。`)).join('')));
    const results = await all(
      [
        { source: 'big.docx', bytes: big },
        { source: 'a.txt', bytes: REPORT },
      ],
      { jobs: 1, maxMemoryMb: 48 },
    );
    expect(codes(results)).toEqual(['too_large', 'ok']);
    const first = results[0]!;
    expect(!first.ok && first.error.message).toMatch(/memory limit \(48 MB\)/u);
  }, 60_000);
});
