import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/index.js';
import { blockText, cellTexts, expectOffsetsExact, fixture } from './helpers.js';

const count = (s: string, sub: string): number => s.split(sub).length - 1;

describe('report-with-table.pdf', async () => {
  const doc = await parseDocument(fixture('report-with-table.pdf'));
  it('joins a sentence across the page break, over footnote, footer and header', () => {
    expect(doc.text).toContain('重点人群签约10.6万人，签约率90.2%（任务85%）');
  });
  it('removes LibreOffice spaces around figures and letter-spaced justification', () => {
    expect(doc.text).toContain('服务我区55.6万居民');
    expect(doc.text).toContain('产后访视率98.63%o预防接种建卡证3072人、建证率达100%');
    expect(doc.text).toContain('2023年度签约任务均已完成，有偿签约服务履约率95.38%（任务95%）');
    expect(doc.text).toContain('家庭医生签约28.4万人，签约率51.2%任务50%）');
    expect(doc.text).toContain('签约率1.4%（任务Ll%）');
    expect(doc.text).not.toMatch(/\p{Script=Han} \d|\d \p{Script=Han}/u);
  });
  it('drops page numbers, footnotes and the running header', () => {
    expect(doc.text).not.toMatch(/第\s?\d\s?页/);
    expect(doc.text).not.toContain('数据来源');
    expect(count(doc.text, '区卫生健康委2023年工作总结和2024年工作计划')).toBeLessThanOrEqual(1);
    expect(doc.meta.title).toBe('区卫生健康委2023年工作总结和2024年工作具体落地实施计划');
    expect(doc.meta.pages).toBe(5);
  });
  it('rebuilds the table on page 3: 13 rows of 4 cells, wrapped names joined', () => {
    const tables = doc.blocks.filter((b) => b.type === 'table');
    expect(tables).toHaveLength(1);
    const t = tables[0]!;
    const rows = cellTexts(t);
    expect(rows).toHaveLength(13);
    for (const r of rows) expect(r).toHaveLength(4);
    expect(rows[0]).toEqual(['指标名称', '全年任务', '完成数', '完成率']);
    expect(rows[3]).toEqual(['65岁及以上老年人中医药健康管理率', '70%', '74.2%', '106.00%']);
    expect(rows[4]).toEqual(['高血压病患规范管理服务率', '62%', '65.5%', '105.65%']);
    expect(rows[11]).toEqual(['传染病与突发公共卫生事件信息报告率', '95%', '100%', '105.26%']);
    expect(t.type === 'table' && t.headerRows).toBe(1);
    expect(t.type === 'table' && t.caption).toBe('2023年基本公共卫生服务主要指标完成情况');
  });
  it('finds the headings', () => {
    const headings = doc.blocks.filter((b) => b.type === 'heading').map((b) => blockText(doc, b));
    expect(headings.slice(0, 2)).toEqual(['一、2023年重点工作指标平稳推进。', '（一）健康XX建设取的新进度。']);
  });
  it('has exact offsets', () => expectOffsetsExact(doc));
});

describe('plan-two-column.pdf', async () => {
  const doc = await parseDocument(fixture('plan-two-column.pdf'));
  it('reads the left column before the right one', () => {
    const i7 = doc.text.indexOf('7.重视提升基层医疗服务能力');
    const i8 = doc.text.indexOf('8.重视提升公共卫生服务能力');
    const i9 = doc.text.indexOf('9.重视提升卫生应急处置能力');
    const i10 = doc.text.indexOf('10.重视提升妇幼健康服务能力');
    expect(i7).toBeGreaterThan(0);
    expect(i7).toBeLessThan(i8);
    expect(i8).toBeLessThan(i9);
    expect(i9).toBeLessThan(i10);
  });
  it('keeps figures and drops page furniture', () => {
    expect(doc.text).toContain('提升1-3个百分点');
    expect(doc.text).toContain('“2+5+1+N”');
    expect(doc.text).not.toContain('- 1 -');
    expect(doc.text).not.toContain('-1-');
    expect(count(doc.text, '厦门市翔安区卫生健康局')).toBe(1);
  });
  it('joins wrapped headings and starts paragraphs at numbered items', () => {
    const headings = doc.blocks.filter((b) => b.type === 'heading').map((b) => blockText(doc, b));
    expect(headings).toContain('一、坚持党的领导，为推进健康翔安建设汇聚强大力量');
    expect(headings).toContain('三、坚持高质量发展主线，持续提升医疗服务能力');
    const starts = doc.blocks.map((b) => blockText(doc, b));
    for (let n = 1; n <= 12; n++) {
      expect(starts.filter((t) => new RegExp(`^${n}\\.\\p{Script=Han}`, 'u').test(t)), `item ${n}`).toHaveLength(1);
    }
  });
  it('has exact offsets', () => expectOffsetsExact(doc));
});
