import type { IndicatorRecord } from '../../src/schema.js';

/** A valid record, with overrides. */
export function record(over: Partial<IndicatorRecord> = {}): IndicatorRecord {
  return {
    source: 'a.txt',
    name: '托位',
    value: 110,
    valueMax: null,
    unit: '个',
    raw: '110个',
    kind: 'actual',
    target: null,
    completion: null,
    qualifier: null,
    masked: false,
    numeral: 'arabic',
    period: '2024',
    section: ['一、工作', '(一)托育'],
    span: [3, 7],
    sourceSpan: [10, 14],
    sentence: '设有110个托位。',
    rule: 'count',
    block: 2,
    duplicateOf: null,
    ...over,
  };
}
