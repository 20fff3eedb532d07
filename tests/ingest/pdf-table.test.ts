/** A PDF table cut by a page break goes on with the next page's rows (synthetic lines). */
import { describe, expect, it } from 'vitest';
import { continueTable, findTables } from '../../src/ingest/pdf-table.js';
import type { PdfLine } from '../../src/ingest/pdf-lines.js';

const COLS = [100, 250, 350];
function line(page: number, y: number, cells: string[], h = 12): PdfLine {
  const groups = cells.map((text, k) => ({ text, x: COLS[k]! - 20, right: COLS[k]! + 20 }));
  return { page, text: cells.join(' '), x: groups[0]!.x, right: groups[groups.length - 1]!.right, y, h, groups };
}

describe('findTables', () => {
  it('joins a header cell wrapped over two lines', () => {
    const wrapped: PdfLine = { page: 1, text: '增长(%)', x: 330, right: 370, y: 286, h: 12, groups: [{ text: '增长(%)', x: 330, right: 370 }] };
    const lines = [line(1, 300, ['项目', '预算数', '比上年']), wrapped, line(1, 264, ['税收收入', '11.05', '4.1']), line(1, 242, ['增值税', '4.32', '3.2'])];
    const [table] = findTables(lines, 400);
    expect(table!.rows).toEqual([['项目', '预算数', '比上年增长(%)'], ['税收收入', '11.05', '4.1'], ['增值税', '4.32', '3.2']]);
  });
});

describe('continueTable', () => {
  const page1 = [line(1, 300, ['项目', '预算数', '完成数']), line(1, 280, ['税收收入', '11.05', '11.27']), line(1, 260, ['增值税', '4.32', '4.41'])];
  it('takes the rows at the top of the next page', () => {
    const [table] = findTables(page1, 400);
    const page2 = [line(2, 700, ['契税', '1.12', '1.06']), line(2, 680, ['非税收入', '5.51', '5.56']), line(2, 640, ['二、保障重点支出'], 16)];
    expect(continueTable(table!, page2, 400)).toBe(2);
    expect(table!.rows.map((r) => r[0])).toEqual(['项目', '税收收入', '增值税', '契税', '非税收入']);
  });
  it('skips a repeated header line', () => {
    const [table] = findTables(page1, 400);
    const page2 = [line(2, 700, ['项目', '预算数', '完成数']), line(2, 680, ['契税', '1.12', '1.06'])];
    expect(continueTable(table!, page2, 400)).toBe(2);
    expect(table!.rows).toHaveLength(4);
  });
  it('takes nothing when the page starts another table', () => {
    const [table] = findTables(page1, 400);
    expect(continueTable(table!, [line(2, 700, ['指标', '单位', '数值']), line(2, 680, ['床位', '张', '6240'])], 400)).toBe(0);
  });
  it('takes nothing when the page starts with prose', () => {
    const [table] = findTables(page1, 400);
    expect(continueTable(table!, [line(2, 700, ['全年教育支出8.62亿元，增长4.7%。'], 16)], 400)).toBe(0);
    expect(table!.rows).toHaveLength(3);
  });
});
