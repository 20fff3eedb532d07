/** extract() never throws, on any string. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { IndicatorRecordSchema } from '../../src/schema.js';

const reportish = fc.stringMatching(/^[0-9xX*.,%‰万亿元人个家次率为达共提升下降任务全年目标()\n、。,;:一二三四五六七八九十两第年月日岁“”]{0,80}$/u);

describe('extract() on arbitrary input', () => {
  it('never throws on empty or whitespace', () => {
    for (const s of ['', ' ', '\n\n', '\t\u3000 ']) expect(extract(s).records).toEqual([]);
  });

  it('never throws on random Unicode, and every record is valid and traceable', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), reportish), (s) => {
        const result = extract(s);
        expect(result.warnings.filter((w) => w.code === 'internal_error')).toEqual([]);
        for (const r of result.records) {
          IndicatorRecordSchema.parse(r);
          expect(result.text.slice(r.span[0], r.span[1])).toBe(r.raw);
          expect(r.sourceSpan[0]).toBeGreaterThanOrEqual(0);
          expect(r.sourceSpan[1]).toBeLessThanOrEqual(s.length);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('survives non-string input from JavaScript callers', () => {
    expect(() => extract(undefined as unknown as string)).not.toThrow();
    expect(() => extract(42 as unknown as string)).not.toThrow();
  });
});
