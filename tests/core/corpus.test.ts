/**
 * The bars of the genres, measured on the 24-text corpus (statistical bulletins, government work
 * reports, plans, bureau summaries of every domain) with the project's own scorer, and the
 * corpus's deliberate non-records: none of them may become a record.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { scoreRecords, type EvalRecord } from '../../src/eval/index.js';
import { FIXTURES } from './helpers.js';

const dir = join(FIXTURES, 'corpus');
const texts = readdirSync(join(dir, 'texts'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ doc: basename(f, '.txt'), path: join(dir, 'texts', f), text: readFileSync(join(dir, 'texts', f), 'utf8') }));
const lines = (name: string): Array<Record<string, string>> =>
  readFileSync(join(dir, name), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, string>);
const results = new Map(texts.map((t) => [t.doc, { text: t.text, records: extract(t.text, { source: t.path }).records }]));
const pred = [...results.values()].flatMap((r) => r.records as unknown as EvalRecord[]);
const { summary } = scoreRecords(lines('gold.jsonl') as unknown as EvalRecord[], pred);

describe('corpus of 14 genres against its gold', () => {
  it('scores all 24 texts', () => expect(summary.docs).toBe(24));
  it('figure F1 ≥ 0.97', () => expect(summary.figure.f1).toBeGreaterThanOrEqual(0.97));
  it('record F1 ≥ 0.92', () => expect(summary.record.f1).toBeGreaterThanOrEqual(0.92));
  it('names overlap ≥ 0.95', () => expect(summary.nameOverlap50).toBeGreaterThanOrEqual(0.95));
  it('target recall ≥ 0.90 with at most 3 false targets', () => {
    expect(summary.targetRecall).toBeGreaterThanOrEqual(0.9);
    expect(summary.falseTargets).toBeLessThanOrEqual(3);
  });
  it('masked recall ≥ 0.95', () => expect(summary.maskedRecall).toBeGreaterThanOrEqual(0.95));
});

describe('the corpus non-records', () => {
  const non = lines('nonrecords.jsonl');
  it('lists 135 places', () => expect(non.length).toBe(135));
  it('no non-record becomes a record (but the known misses)', () => {
    const wrong: string[] = [];
    for (const n of non) {
      const r = results.get(n['doc']!)!;
      const at = r.text.indexOf(n['context']!);
      expect(at, n['context']).toBeGreaterThanOrEqual(0);
      // The context holds 10 characters before the place: take the occurrence nearest to that.
      const inner = nearest(n['context']!, n['text']!, 10);
      const s = at + Math.max(0, inner);
      const e = s + (inner >= 0 ? n['text']!.length : n['context']!.length);
      if (r.records.some((x) => x.sourceSpan[0] < e && x.sourceSpan[1] > s)) wrong.push(`${n['doc']!.slice(0, 3)} ${n['text']}`);
    }
    expect(wrong).toEqual([]);
  });
});

function nearest(context: string, text: string, at: number): number {
  let best = -1;
  for (let i = context.indexOf(text); i >= 0; i = context.indexOf(text, i + 1)) if (best < 0 || Math.abs(i - at) < Math.abs(best - at)) best = i;
  return best;
}
