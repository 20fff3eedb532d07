import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/index.js';
import { blockText, cellTexts, expectOffsetsExact, fixture } from './helpers.js';

interface ExpectedRow { row: number; name: string; value: number; target: { value: number } | null; completion: number | null }
const expected = readFileSync(fixture('report-with-table.expected.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as ExpectedRow);

describe('masked-template.docx', async () => {
  const doc = await parseDocument(fixture('masked-template.docx'));
  const headings = doc.blocks.filter((b) => b.type === 'heading').map((b) => [b.type === 'heading' ? b.level : 0, blockText(doc, b)]);
  it('rebuilds Word list numbers on the headings (chineseCounting %1、 and （%2）)', () => {
    expect(headings).toEqual([
      [1, '一、工作总结'],
      [2, '（一）精准开展疫情防控工作'],
      [2, '（二）持续提升医疗卫生服务水平'],
    ]);
  });
  it('keeps the body and the masked figures, and leaves the footer watermark out', () => {
    expect(doc.format).toBe('docx');
    expect(doc.text).toContain('xx万管/日');
    expect(doc.text).toContain('累计接种xxxxxxx剂次');
    expect(doc.text).not.toContain('850500');
    expect(doc.meta.title).toBe('区卫健局工作总结暨2024年工作部署范文');
  });
  it('has exact offsets', () => expectOffsetsExact(doc));
});

describe('report-with-table.docx', async () => {
  const doc = await parseDocument(fixture('report-with-table.docx'));
  const tables = doc.blocks.filter((b) => b.type === 'table');
  it('has one 13×4 table with one header row and its caption', () => {
    expect(tables).toHaveLength(1);
    const t = tables[0]!;
    const rows = cellTexts(t);
    expect(rows).toHaveLength(13);
    for (const r of rows) expect(r).toHaveLength(4);
    expect(t.type === 'table' && t.headerRows).toBe(1);
    expect(rows[0]).toEqual(['指标名称', '全年任务', '完成数', '完成率']);
    expect(rows[4]).toEqual(['高血压病患规范管理服务率', '62%', '65.5%', '105.65%']);
    expect(rows[1]).toEqual(['居民电子健康档案建档率', '—', '85.6%', '—']);
    expect(t.type === 'table' && t.caption).toBe('2023年基本公共卫生服务主要指标完成情况');
  });
  it('matches the expected rows', () => {
    const rows = cellTexts(tables[0]!);
    for (const e of expected) {
      const r = rows[e.row]!;
      expect(r[0]).toBe(e.name);
      expect(parseFloat(r[2]!)).toBeCloseTo(e.value, 5);
      if (e.target === null) expect(r[1]).toBe('—');
      else expect(parseFloat(r[1]!)).toBeCloseTo(e.target.value, 5);
      if (e.completion !== null) expect(Math.abs(parseFloat(r[3]!) - e.completion)).toBeLessThan(0.005);
    }
  });
  it('keeps literal heading numbers without doubling them', () => {
    const headings = doc.blocks.filter((b) => b.type === 'heading').map((b) => blockText(doc, b));
    expect(headings).toEqual(['一、2023年重点工作指标平稳推进。', '（一）健康XX建设取的新进度。']);
  });
  it('leaves out footnotes, their marks, the page header and the footer', () => {
    expect(doc.text).not.toContain('数据来源');
    expect(doc.text).not.toContain('[1]');
    expect(doc.text).not.toContain('第 1 页');
    expect(doc.text).not.toContain('页 共');
    expect(doc.text).not.toContain('区卫生健康委2023年工作总结和2024年工作计划');
    expect(doc.text).toContain('聘任卫生监督协管员199名');
    expect(doc.text).toContain('2023年基本公共卫生服务主要指标完成情况\n指标名称 | 全年任务 | 完成数 | 完成率\n');
  });
  it('has exact offsets', () => expectOffsetsExact(doc));
});
