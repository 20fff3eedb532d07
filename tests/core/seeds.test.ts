/**
 * The bars of the core, measured on the five seed reports with the project's own scorer.
 * A change that drops any figure below its bar fails here.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { scoreRecords, type EvalRecord } from '../../src/eval/index.js';
import { goldLines, seeds } from './helpers.js';

const pred: EvalRecord[] = seeds().flatMap((s) => extract(s.text, { source: s.path }).records as unknown as EvalRecord[]);
const gold = goldLines('seeds.jsonl') as unknown as EvalRecord[];
const { summary } = scoreRecords(gold, pred);

describe('seed reports against their gold', () => {
  it('figure F1 ≥ 0.99', () => expect(summary.figure.f1).toBeGreaterThanOrEqual(0.99));
  it('record F1 ≥ 0.97', () => expect(summary.record.f1).toBeGreaterThanOrEqual(0.97));
  it('target recall ≥ 0.90 with at most 2 false targets', () => {
    expect(summary.targetRecall).toBeGreaterThanOrEqual(0.9);
    expect(summary.falseTargets).toBeLessThanOrEqual(2);
  });
  it('masked recall ≥ 0.95', () => expect(summary.maskedRecall).toBeGreaterThanOrEqual(0.95));
  it('names overlap ≥ 0.90', () => expect(summary.nameOverlap50).toBeGreaterThanOrEqual(0.9));
  it('scores every seed', () => expect(summary.docs).toBe(5));
});
