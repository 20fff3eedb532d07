import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/eval/report.js';
import { parseJsonl } from '../../src/eval/read.js';
import {
  matchDoc,
  nameSim,
  sameFigure,
  sameNumber,
  sameTarget,
  scoreRecords,
  unitKey,
  type EvalRecord,
} from '../../src/eval/score.js';

const fig = (r: Partial<EvalRecord>): EvalRecord => ({ name: 'x', value: 1, valueMax: null, unit: '个', masked: false, ...r });

describe('unitKey: aliases', () => {
  it.each([
    ['名', '人'],
    ['位', '人'],
    ['平米', '平方米'],
    ['㎡', '平方米'],
    ['百分点', '个百分点'],
    ['/10万', '1/10万'],
    ['个小时', '小时'],
    [' 人 ', '人'],
    [null, ''],
    [undefined, ''],
    ['', ''],
    ['元', '元'],
  ])('%s → %s', (input, expected) => expect(unitKey(input)).toBe(expected));
});

describe('sameNumber: relative error 1e-6', () => {
  it.each([
    [100, 100.00005, true],
    [100, 100.0002, false],
    [1e8, 1e8 + 99, true],
    [1e8, 1e8 + 101, false],
    [0, 1e-7, true], // absolute below 1
    [0, 2e-6, false],
    [null, null, true],
    [null, undefined, true],
    [null, 0, false],
    ['12', 12, true],
    [Number.NaN, Number.NaN, false],
  ])('%s vs %s → %s', (a, b, expected) => expect(sameNumber(a, b)).toBe(expected));
});

describe('sameFigure', () => {
  it.each<[string, Partial<EvalRecord>, Partial<EvalRecord>, boolean]>([
    ['same value and unit', {}, {}, true],
    ['unit alias', { unit: '名' }, { unit: '人', }, true],
    ['other unit', { unit: '个' }, { unit: '家' }, false],
    ['other value', { value: 1 }, { value: 2 }, false],
    ['masked matches masked', { masked: true, value: null }, { masked: true, value: null }, true],
    ['masked ignores value', { masked: true, value: null }, { masked: true, value: 5 }, true],
    ['masked vs unmasked', { masked: true, value: null }, { masked: false, value: 1 }, false],
    ['unmasked vs masked', { value: 1 }, { masked: true }, false],
    ['masked needs same unit', { masked: true, unit: '个' }, { masked: true, unit: '家' }, false],
    ['range upper end', { valueMax: 5 }, { valueMax: 5 }, true],
    ['range vs single', { valueMax: 5 }, { valueMax: null }, false],
    ['missing valueMax is null', { valueMax: null }, { valueMax: undefined }, true],
  ])('%s', (_, g, p, expected) => expect(sameFigure(fig(g), fig(p))).toBe(expected));
});

describe('sameTarget', () => {
  it.each<[string, EvalRecord['target'], EvalRecord['target'], boolean]>([
    ['both absent', null, undefined, true],
    ['one absent', { value: 1, unit: '个' }, null, false],
    ['same', { value: 1e4, unit: '人' }, { value: 10000, unit: '名' }, true],
    ['other unit', { value: 1, unit: '个' }, { value: 1, unit: '家' }, false],
    ['other value', { value: 1, unit: '个' }, { value: 2, unit: '个' }, false],
  ])('%s', (_, a, b, expected) => expect(sameTarget(a, b)).toBe(expected));
});

describe('nameSim: character-bag F1, whitespace ignored', () => {
  it.each([
    ['托位', '托位', 1],
    ['托 位', '托位', 1],
    ['公办幼儿园', '幼儿园', 0.75],
    ['aab', 'ab', 0.8],
    ['', '托位', 0],
    ['甲', '乙', 0],
  ])('%s vs %s → %s', (a, b, expected) => expect(nameSim(a, b)).toBeCloseTo(expected, 10));
});

describe('matchDoc: best name first, then position gap, greedy', () => {
  it('pairs the best name even when another comes first', () => {
    const gold = [fig({ name: '床位' }), fig({ name: '托位' })];
    const pred = [fig({ name: '托位' })];
    const m = matchDoc(gold, pred);
    expect(m.matches.map((x) => [x.gi, x.pi])).toEqual([[1, 0]]);
    expect(m.missed.map((x) => x.name)).toEqual(['床位']);
    expect(m.extra).toEqual([]);
  });
  it('breaks a name tie by relative position', () => {
    const gold = [fig({ name: 'a' }), fig({ name: 'a' })];
    const pred = [fig({ name: 'a' }), fig({ name: 'a' })];
    expect(matchDoc(gold, pred).matches.map((x) => [x.gi, x.pi])).toEqual([[0, 0], [1, 1]]);
  });
  it('matches each record at most once; figures that differ never match', () => {
    const gold = [fig({ value: 1 }), fig({ value: 2 })];
    const pred = [fig({ value: 1 }), fig({ value: 1 }), fig({ value: 3 })];
    const m = matchDoc(gold, pred);
    expect(m.matches).toHaveLength(1);
    expect(m.missed).toHaveLength(1);
    expect(m.extra).toHaveLength(2);
  });
});

describe('scoreRecords', () => {
  const gold = [
    { doc: 'd', name: '托位', value: 110, unit: '个', kind: 'actual', target: null, masked: false },
    { doc: 'd', name: '人数', value: 9, unit: '人', kind: 'actual', target: { value: 10, unit: '人' }, masked: false, numeral: 'zh' },
    { doc: 'e', name: '学校', value: null, unit: '所', kind: 'actual', target: null, masked: true },
  ];
  it('counts per doc by the source base name; other sources are unscored', () => {
    const pred = [
      { source: 'in/d.html', name: '托位', value: 110, unit: '个', kind: 'actual', target: null },
      { source: 'a.zip!x/d.txt', name: '人', value: 9, unit: '名', kind: 'target', target: null },
      { source: 'other.txt', name: 'z', value: 1, unit: '个' },
    ];
    const { summary } = scoreRecords(gold, pred);
    expect(summary.docs).toBe(2);
    expect(summary.matched).toBe(2);
    expect(summary.pred).toBe(2);
    expect(summary.figure.recall).toBeCloseTo(2 / 3);
    expect(summary.figure.precision).toBe(1);
    expect(summary.record.precision).toBe(0.5); // the second has kind and target wrong
    expect(summary.unscoredSources).toBe(1);
    expect(summary.chineseNumeralRecall).toBe(1);
    expect(summary.maskedRecall).toBe(0);
    expect(summary.targetRecall).toBe(0);
    expect(summary.kindAccuracy).toBe(0.5);
    expect(summary.perDoc.map((d) => [d.doc, d.tp])).toEqual([['d', 2], ['e', 0]]);
  });
  it('--doc limits the docs', () => {
    expect(scoreRecords(gold, [], { docs: ['e'] }).summary.gold).toBe(1);
  });
  it('counts a predicted target with no gold target as false', () => {
    const pred = [{ source: 'd', name: '托位', value: 110, unit: '个', target: { value: 1, unit: '个' } }];
    expect(scoreRecords(gold, pred).summary.falseTargets).toBe(1);
  });
});

describe('the seeds gold scored against itself', () => {
  const gold = parseJsonl(readFileSync('fixtures/gold/seeds.jsonl', 'utf8'), 'seeds.jsonl');
  const pred = gold.map((g) => ({ ...g, source: g.doc }));
  const result = scoreRecords(gold, pred);
  it('gives F1 1.0 for figures and records', () => {
    expect(result.summary.figure.f1).toBe(1);
    expect(result.summary.record.f1).toBe(1);
    expect(result.summary.matched).toBe(gold.length);
    expect(result.summary.nameExact).toBe(1);
  });
  it('reports in the reference format', () => {
    const lines = formatReport(result, { list: true });
    expect(lines[0]).toBe('doc                                 gold  pred    tp     P     R    F1  strict');
    expect(lines.at(-1)).toBe('figure P 100.0% R 100.0% F1 100.0%   record (figure+name+kind+target) F1 100.0%');
  });
});

describe('parseJsonl', () => {
  it('skips blank lines and names the bad line', () => {
    expect(parseJsonl('{"a":1}\n\n{"b":2}\n')).toHaveLength(2);
    expect(() => parseJsonl('{"a":1}\nnope', 'f.jsonl')).toThrow(/^f\.jsonl:2: not JSON/);
  });
});
