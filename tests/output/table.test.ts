import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { fitCells, padCells, showNumber, tableHeader, tableRows } from '../../src/output/table.js';
import { record } from './record.js';

describe('terminal cells', () => {
  it.each([
    ['abc', 5, 'abc'],
    ['高血压病患规范管理服务率', 24, '高血压病患规范管理服务率'],
    ['高血压病患规范管理服务率', 10, '高血压病…'],
    ['高血压病患规范管理服务率', 9, '高血压病…'],
    ['a高b', 3, 'a…'],
    ['two\nlines', 20, 'two lines'],
  ])('fitCells(%j, %i) → %j', (s, cells, expected) => {
    expect(fitCells(s, cells)).toBe(expected);
    expect(stringWidth(fitCells(s, cells))).toBeLessThanOrEqual(cells);
  });

  it.each([
    ['人', 4, 'left', '人  '],
    ['人', 4, 'right', '  人'],
    ['65.5', 6, 'right', '  65.5'],
  ] as const)('padCells(%j, %i, %s) → %j', (s, cells, align, expected) => expect(padCells(s, cells, align)).toBe(expected));

  it.each([
    [556000, '556000'],
    [65.5, '65.5'],
    [1 / 3, '0.3333'],
    [-5, '-5'],
    [null, ''],
  ])('showNumber(%j) → %j', (n, s) => expect(showNumber(n)).toBe(s));
});

describe('the table', () => {
  it('aligns columns by cells, CJK and ASCII names alike, within the width', () => {
    const rows = tableRows([record({ name: '托位' }), record({ name: 'beds', value: 12.5, unit: '张' })], 90, 'a.txt').split('\n').filter(Boolean);
    const header = tableHeader(90).split('\n')[0]!;
    const valueEnd = stringWidth(header.slice(0, header.indexOf('value') + 5));
    for (const row of rows.slice(0, 2)) {
      let cells = 0;
      let text = '';
      for (const ch of row) {
        if (cells >= valueEnd) break;
        cells += stringWidth(ch);
        text += ch;
      }
      expect(text).toMatch(/\d$/);
      expect(stringWidth(row)).toBeLessThanOrEqual(90);
    }
    expect(rows[2]).toBe('== a.txt: 2 records');
  });

  it('shows a range as low~high', () => {
    expect(tableRows([record({ value: 1, valueMax: 3, unit: '个百分点' })], 100)).toMatch(/ 1~3 +个百…/);
  });

  it('shows a masked figure as written, and target and completion', () => {
    const row = tableRows([record({ value: null, raw: 'xx.xx%', masked: true, unit: '%', target: { value: 62, unit: '%', raw: '62%', masked: false }, completion: 105.65 })], 100);
    expect(row).toMatch(/xx\.xx% +% +actual +62% +105\.65%/);
    expect(row).toMatch(/: 1 record, 1 with a target, 1 masked$/m);
  });
});
