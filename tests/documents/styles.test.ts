/**
 * Documents of every style (fixtures built from corpus texts by fixtures/make/corpus_docs.py):
 * a table-layout county page in GB18030 with no charset, an HTML page with rowspan, a plan
 * DOCX with a 指标 | 目标值 table and Word-numbered items, a bureau DOCX with merged cells,
 * and a PDF whose table runs over a page break. Scored with the project's scorer, in three
 * parts: the table cells alone, the prose of the document, and extract() on the fixture's
 * plain text, so that what the document layer loses shows apart from what extraction loses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/document.js';
import { extract } from '../../src/pipeline.js';
import { parseDocument } from '../../src/ingest/index.js';
import { scoreRecords, type EvalRecord } from '../../src/eval/index.js';
import type { IndicatorRecord } from '../../src/schema.js';
import { asWritten, FIXTURES, goldLines } from '../core/helpers.js';

const DOCS = join(FIXTURES, 'documents');
const gold = goldLines('corpus-fixtures.jsonl') as unknown as EvalRecord[];

/** Fixture → the corpus text it carries (fixtures/corpus-src/). */
const FILES: Record<string, string> = {
  'county-stats-layout.html': 'c01_tongjigongbao_qinghe',
  'tourism-rowspan.html': 'c19_wenlv_weiling',
  'plan-targets.docx': 'c08_gongzuoyaodian_fengdu',
  'bureau-merged.docx': 'c22_weijian_liuting',
  'finance-two-page.pdf': 'c16_caizheng_xingye',
};
const files = Object.keys(FILES);
const docOf = (f: string): string => f.replace(/\.[a-z]+$/u, '');

const byFile = new Map<string, IndicatorRecord[]>();
for (const f of files) {
  const r = await extractDocument(join(DOCS, f));
  if (!r.ok) throw new Error(`${f}: ${r.error.code}: ${r.error.message}`);
  byFile.set(f, r.records);
}

const isTable = (r: IndicatorRecord): boolean => r.rule.startsWith('table.');
const goldOf = (f: string, table: boolean): EvalRecord[] => gold.filter((g) => g.doc === docOf(f) && (g.context === 'table') === table);
const score = (g: EvalRecord[], p: IndicatorRecord[]) => scoreRecords(g, p as unknown as EvalRecord[]).summary;

describe.each(files)('%s', (file) => {
  const records = byFile.get(file)!;
  it('gold covers the fixture', () => {
    expect(goldOf(file, true).length).toBeGreaterThanOrEqual(7);
    expect(goldOf(file, false).length).toBeGreaterThan(40);
  });
  it('reads every table cell: figure and record F1 = 1', () => {
    const s = score(goldOf(file, true), records.filter(isTable));
    expect(s.figure.f1).toBe(1);
    expect(s.record.f1).toBe(1);
  });
  it('loses nothing of the prose against extract() on its plain text', () => {
    const text = readFileSync(join(FIXTURES, 'corpus-src', `${FILES[file]}.txt`), 'utf8');
    const plain = extract(text, { source: docOf(file) }).records;
    const doc = score(goldOf(file, false), records.filter((r) => !isTable(r)));
    const bare = score(goldOf(file, false), plain);
    expect(doc.figure.f1).toBeGreaterThanOrEqual(bare.figure.f1);
    expect(doc.record.f1).toBeGreaterThanOrEqual(bare.record.f1 - 0.02);
  });
  it('whole document: figure F1 ≥ 0.97 and record F1 ≥ 0.92', () => {
    const s = score(gold.filter((g) => g.doc === docOf(file)), records);
    expect(s.figure.f1).toBeGreaterThanOrEqual(0.97);
    expect(s.record.f1).toBeGreaterThanOrEqual(0.92);
  });
  it('records point into the document text and their block', async () => {
    const doc = await parseDocument(join(DOCS, file));
    for (const r of records) {
      const [a, b] = r.sourceSpan;
      expect(asWritten(doc.text.slice(a, b)), r.raw).toBe(r.raw);
      const block = doc.blocks[r.block!]!;
      expect(a).toBeGreaterThanOrEqual(block.start);
      expect(b).toBeLessThanOrEqual(block.end);
    }
  });
});

describe('site furniture gives no records', () => {
  const furniture: Array<[string, RegExp]> = [
    // sidebar headlines, counters, next-article link, footer (phone, ICP, 公网安备, 网站标识码, screen size)
    ['county-stats-layout.html', /^(?:6\.2%|8\.9%|1860户|0283641|1372|453800|4107240012|1024|768|2317)$|0648|ICP|41072402000123|23万吨以上/u],
    ['tourism-rowspan.html', /^(?:687|3408270009|34082702000045|05001234)$|^2家$/u],
  ];
  it.each(furniture)('%s', (file, pattern) => {
    const leaks = byFile.get(file)!.filter((r) => pattern.test(r.raw) || pattern.test(r.sentence));
    expect(leaks.map((r) => `${r.raw} ${r.sentence}`)).toEqual([]);
  });
});

describe('the document layer', () => {
  it('county page: the article across cells, from the title to the notes, without sidebar or footer', async () => {
    const doc = await parseDocument(join(DOCS, 'county-stats-layout.html'));
    expect(doc.meta.encoding).toBe('gb18030');
    const text = doc.text;
    expect(text.startsWith('青禾县2023年国民经济和社会发展统计公报\n')).toBe(true);
    expect(text).toContain('全年全县地区生产总值2866543万元，按不变价格计算，比上年增长5.8%。');
    expect(text).toContain('全年粮食总产量23.85万吨');
    expect(text.endsWith('3．部分数据因四舍五入的原因，存在总计与分项合计不等的情况。')).toBe(true);
    for (const f of ['统计快讯', '访客', '当前位置', '打印本页', '上一篇', '下一篇', '网站标识码', 'ICP', '公网安备', '栏目导航']) {
      expect(text, f).not.toContain(f);
    }
    expect(doc.blocks.filter((b) => b.type === 'table')).toHaveLength(2);
  });
  it('tourism page: rowspan repeats the category, the headerless table is read', () => {
    const rows = byFile.get('tourism-rowspan.html')!.filter(isTable);
    const overnight = rows.find((r) => r.name === '接待过夜游客' && r.kind === 'actual');
    expect(overnight?.sentence).toBe('游客接待 | 接待过夜游客 | 万人次 | 327.5 | 19.6');
    expect(rows.find((r) => r.name === '旅游民宿')).toMatchObject({ value: 412, unit: '家', kind: 'actual' });
  });
  it('plan DOCX: the ①… items are one sentence, the cells keep their Word numbers', async () => {
    const doc = await parseDocument(join(DOCS, 'plan-targets.docx'));
    expect(doc.text).toContain('全县主要预期目标是：①地区生产总值增长6.5%左右，力争达到260亿元；②规模以上工业增加值增长8%以上；');
    const table = doc.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows[1]![0]!.text).toBe('1. 地区生产总值');
    const employment = byFile.get('plan-targets.docx')!.find((r) => isTable(r) && r.name === '城镇新增就业');
    expect(employment).toMatchObject({ value: 4200, unit: '人', kind: 'target', qualifier: 'atLeast' });
  });
  it('bureau DOCX: gridSpan and vMerge expanded, <w:br/> inside a sentence joined', async () => {
    const doc = await parseDocument(join(DOCS, 'bureau-merged.docx'));
    const table = doc.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows.slice(0, 4).map((r) => r.map((c) => c.text))).toEqual([
      ['类别', '指标', '单位', '数值', '数值', '增减'],
      ['类别', '指标', '单位', '本期', '上年同期', '增减'],
      ['医疗资源', '医疗卫生机构床位', '万张', '2.14', '2.06', '0.08'],
      ['医疗资源', '每千人口床位数', '张', '6.82', '6.57', '0.25'],
    ]);
    expect(doc.text).toContain('婴儿死亡率为2.31‰，5岁以下儿童死亡率为3.45‰');
    const beds = byFile.get('bureau-merged.docx')!.filter((r) => isTable(r) && r.name === '医疗卫生机构床位');
    expect(beds.map((r) => [r.kind, r.value, r.unit])).toEqual([['actual', 21400, '张'], ['actual', 20600, '张'], ['change', 800, '张']]);
  });
  it('PDF: the table cut by the page break is one table of 20 rows', async () => {
    const doc = await parseDocument(join(DOCS, 'finance-two-page.pdf'));
    const tables = doc.blocks.filter((b) => b.type === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]?.type === 'table' && tables[0].rows.length).toBe(21);
    expect(tables[0]?.type === 'table' && tables[0].caption).toBe('表1 2024年一般公共预算收支完成情况（单位：亿元）');
    const deed = byFile.get('finance-two-page.pdf')!.find((r) => r.name === '契税');
    expect(deed).toMatchObject({ value: 106000000, unit: '元', target: { value: 112000000, unit: '元' }, completion: 94.6 });
  });
});
