import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, scaleDecimal } from '../../src/extract/numbers.js';

describe('scaleDecimal shifts the decimal point as a string', () => {
  it.each([
    ['28.4', 4, 284000],
    ['4120.38', 4, 41203800],
    ['16.4', 8, 1640000000],
    ['0.7', 4, 7000],
    ['1.17', 4, 11700],
    ['209.6', 4, 2096000],
    ['1,234.5', 0, 1234.5],
    ['54977.36', 0, 54977.36],
    ['3.14159', 3, 3141.59],
  ] as const)('%s × 10^%i = %d', (digits, shift, expected) => {
    expect(scaleDecimal(digits, shift)).toBe(expected);
  });
  it('rejects what is not a number', () => expect(scaleDecimal('1.2.3', 0)).toBeNull());
});

describe('parseChineseNumeral', () => {
  it.each([
    ['三', 3], ['两', 2], ['十', 10], ['十二', 12], ['二十', 20], ['二十五', 25], ['一百零五', 105],
    ['两百', 200], ['三千零一', 3001], ['三万五千', 35000], ['一亿二千万', 120000000], ['二〇二三', 2023], ['零', 0], ['十万', 100000],
  ] as const)('%s = %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n));
  it.each(['', '三四', '百', 'abc'])('rejects %j', (s) => expect(parseChineseNumeral(s)).toBeNull());
});
