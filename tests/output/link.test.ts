import { describe, expect, it } from 'vitest';
import { linkDuplicates, nameAffinity } from '../../src/link.js';
import type { IndicatorRecord } from '../../src/schema.js';
import { record } from './record.js';

describe('names that say the same thing', () => {
  it.each([
    ['电子档案建档率', '居民电子健康档案建档率', 5],
    ['健康管理率', '0-6岁儿童健康管理率', 5],
    ['管理率', '结核病病患管理率', 3],
    ['完成率', '结核病病患管理率', 0],
    ['疫苗接种率', '疫苗接种率', 5],
    ['', '疫苗接种率', 0],
  ])('%s / %s → %i', (a, b, n) => expect(nameAffinity(a, b)).toBe(n));
});

describe('linkDuplicates', () => {
  const table = (over: Parameters<typeof record>[0]) => record({ rule: 'table.row', unit: '%', ...over });
  const prose = (over: Parameters<typeof record>[0]) => record({ rule: 'figure.arabic', unit: '%', ...over });

  it('links a prose record to the table record of the same figure, one to one, best name first', () => {
    const out = linkDuplicates([
      prose({ name: '信息报告率', value: 100 }),
      prose({ name: '管理率', value: 100 }),
      prose({ name: '完成率', value: 100 }),
      table({ name: '传染病与突发公共卫生事件信息报告率', value: 100 }),
      table({ name: '结核病病患管理率', value: 100 }),
    ]);
    expect(out.map((r) => r.duplicateOf)).toEqual([3, 4, null, null, null]);
  });

  const masked: Partial<IndicatorRecord> = { value: null, masked: true };
  it.each<[string, Partial<IndicatorRecord>, Partial<IndicatorRecord>]>([
    ['another value', { value: 99 }, {}],
    ['another unit', { unit: '个' }, {}],
    ['another year', { period: '2023' }, {}],
    ['masked figures', masked, masked],
  ])('does not link %s', (_, proseOver, tableOver) => {
    const base: Partial<IndicatorRecord> = { value: 90, period: '2024' };
    const out = linkDuplicates([prose({ name: '接种率', ...base, ...proseOver }), table({ name: '疫苗接种率', ...base, ...tableOver })]);
    expect(out[0]!.duplicateOf).toBeNull();
  });

  it('leaves documents without tables as they were', () => {
    const rs = [prose({ name: 'a', value: 1 }), prose({ name: 'a', value: 1 })];
    expect(linkDuplicates(rs)).toEqual(rs);
  });
});
