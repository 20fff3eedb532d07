/**
 * Every record is traceable: `span` slices `raw` out of the normalized text, and the
 * original input sliced at `sourceSpan` holds the same figure as written.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { asWritten, seeds } from './helpers.js';

describe.each(seeds())('spans of $doc', ({ text, doc }) => {
  const result = extract(text, { source: doc });
  it('has records', () => expect(result.records.length).toBeGreaterThan(0));
  it('span slices raw out of the normalized text', () => {
    for (const r of result.records) expect(result.text.slice(r.span[0], r.span[1])).toBe(r.raw);
  });
  it('sourceSpan slices the figure as written out of the input', () => {
    for (const r of result.records) {
      const [a, b] = r.sourceSpan;
      expect(b).toBeGreaterThan(a);
      expect(asWritten(text.slice(a, b))).toBe(r.raw);
    }
  });
});

describe('spans across repairs', () => {
  it('maps a figure joined across a page marker back over the marker', () => {
    const input = '1、聘任卫生监督协管员19\n2、9名,同时全区承担服务的\n3、99家医疗机构。';
    const r = extract(input).records.find((x) => x.value === 199)!;
    expect(r.raw).toBe('199名');
    expect(input.slice(...r.sourceSpan)).toBe('19\n2、9名');
  });
  it('maps an OCR-repaired figure back to the letters', () => {
    const input = '咨询活动157场次,参与居民L17万余人次。';
    const r = extract(input).records.find((x) => x.value === 11700)!;
    expect(r.raw).toBe('1.17万余人次');
    expect(input.slice(...r.sourceSpan)).toBe('L17万余人次');
  });
  it('maps through removed pinyin glosses and traditional script', () => {
    const input = '衛(wèi)生機構開展巡診義診10次,累計檢測209.6萬人次。';
    const r = extract(input).records.find((x) => x.value === 2096000)!;
    expect(r.unit).toBe('人次');
    expect(input.slice(...r.sourceSpan)).toBe('209.6萬人次');
  });
});
