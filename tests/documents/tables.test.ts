/**
 * Tables of any header, table-driven: a small HTML table in, the records of its cells out
 * (through parseHtmlString, layoutOf and extract, as extractDocument runs them).
 */
import { describe, expect, it } from 'vitest';
import { parseHtmlString } from '../../src/ingest/html.js';
import { layoutOf } from '../../src/document.js';
import { extract } from '../../src/pipeline.js';

type Row = readonly string[];
interface Case {
  what: string;
  caption?: string;
  head: Row[];
  /** The header written in <td> cells (told apart by content: no digits but years). */
  tdHead?: boolean;
  body: Row[];
  /** name, kind, value, unit, qualifier, target value (or null) */
  expected: Array<[string, string, number, string | null, string | null, number | null]>;
}

const CASES: Case[] = [
  {
    what: '指标 | 2023年目标: target records, qualifier from the cell',
    head: [['指标', '2023年目标']],
    body: [['城镇新增就业', '5000人以上'], ['森林覆盖率', '39%以上'], ['城镇调查失业率', '5.5%以内']],
    expected: [['城镇新增就业', 'target', 5000, '人', 'atLeast', null], ['森林覆盖率', 'target', 39, '%', 'atLeast', null], ['城镇调查失业率', 'target', 5.5, '%', 'atMost', null]],
  },
  {
    what: '指标 | 绝对数 | 比上年增长(%): an actual and a change per row, units from the header',
    head: [['指标', '绝对数（万元）', '比上年增长（%）']],
    body: [['地区生产总值', '2866543', '5.8'], ['第一产业增加值', '412376', '-3.9']],
    expected: [['地区生产总值', 'actual', 28665430000, '元', null, null], ['地区生产总值', 'change', 5.8, '%', null, null], ['第一产业增加值', 'actual', 4123760000, '元', null, null], ['第一产业增加值', 'change', -3.9, '%', null, null]],
  },
  {
    what: '项目 | 单位 | 本期 | 上年同期 | 增减: the unit column, a previous-period actual, a change',
    head: [['项目', '单位', '本期', '上年同期', '增减']],
    body: [['门急诊人次', '万人次', '1862.4', '1790.5', '71.9']],
    expected: [['门急诊人次', 'actual', 18624000, '人次', null, null], ['门急诊人次', 'actual', 17905000, '人次', null, null], ['门急诊人次', 'change', 719000, '人次', null, null]],
  },
  {
    what: 'a growth column without a unit holds percents, a difference column counts in the row unit',
    head: [['指标', '单位', '数量', '比上年增长', '增减']],
    body: [['粮食总产量', '万吨', '23.85', '1.7', '0.4']],
    expected: [['粮食总产量', 'actual', 238500, '吨', null, null], ['粮食总产量', 'change', 1.7, '%', null, null], ['粮食总产量', 'change', 4000, '吨', null, null]],
  },
  {
    what: '指标名称 | 全年任务 | 完成数 | 完成率: as before',
    head: [['指标名称', '全年任务', '完成数', '完成率']],
    body: [['高血压病患规范管理服务率', '62%', '65.5%', '105.65%']],
    expected: [['高血压病患规范管理服务率', 'actual', 65.5, '%', null, 62]],
  },
  {
    what: 'a review and a plan: 指标 | 2024年目标 | 2024年完成 | 2025年目标',
    head: [['指标', '2024年目标', '2024年完成', '2025年目标']],
    body: [['城镇新增就业', '5000人', '5210人', '5500人以上']],
    expected: [['城镇新增就业', 'actual', 5210, '人', null, 5000], ['城镇新增就业', 'target', 5500, '人', 'atLeast', null]],
  },
  {
    what: 'a 单位：万元 caption applies to bare numbers',
    caption: '表2 主要收支（单位：万元）',
    head: [['项目', '预算数', '完成数']],
    body: [['税收收入', '11050', '11270']],
    expected: [['税收收入', 'actual', 112700000, '元', null, 110500000]],
  },
  {
    what: 'a caption row across the table above the header',
    tdHead: true,
    head: [['表3 主要指标（单位：万元）', '表3 主要指标（单位：万元）'], ['指标', '2024年']],
    body: [['固定资产投资', '52000']],
    expected: [['固定资产投资', 'actual', 520000000, '元', null, null]],
  },
  {
    what: 'a unit row under the header',
    head: [['指标', '2024年', '2023年目标'], ['', '（万元）', '（万元）']],
    body: [['固定资产投资', '52000', '50000']],
    expected: [['固定资产投资', 'actual', 520000000, '元', null, 500000000]],
  },
  {
    what: 'a header in <td> cells with years: 指标 | 2024年 | 2023年 | 增长(%)',
    tdHead: true,
    head: [['指标', '2024年', '2023年', '增长(%)'], ['', '(万人)', '(万人)', '']],
    body: [['常住人口', '52.13', '52.44', '-0.6']],
    expected: [['常住人口', 'actual', 521300, '人', null, null], ['常住人口', 'actual', 524400, '人', null, null], ['常住人口', 'change', -0.6, '%', null, null]],
  },
  {
    what: 'a column whose header names a quantity with a unit: 地区 | 人口(万人) | 1-6月',
    head: [['地区', '常住人口(万人)', '1-6月']],
    body: [['禾塘镇', '3.2', '1.1亿元']],
    expected: [['禾塘镇常住人口', 'actual', 32000, '人', null, null], ['禾塘镇', 'actual', 110000000, '元', null, null]],
  },
  {
    what: 'columns headed by whom the figures belong to: 指标 | 青禾县 | 云岫市 | 排名 | 备注',
    head: [['指标', '青禾县', '云岫市', '排名', '备注']],
    body: [['地区生产总值', '286.7亿元', '541.7亿元', '2', '增长5.8%'], ['常住人口', '52.13万人', '88.4', '3', '']],
    expected: [['青禾县地区生产总值', 'actual', 28670000000, '元', null, null], ['云岫市地区生产总值', 'actual', 54170000000, '元', null, null], ['青禾县常住人口', 'actual', 521300, '人', null, null]],
  },
  {
    what: 'no name column: the first column names the rows (单位 | 完成投资(亿元))',
    head: [['单位', '完成投资(亿元)']],
    body: [['县交通运输局', '3.2']],
    expected: [['县交通运输局', 'actual', 320000000, '元', null, null]],
  },
  {
    what: 'no header: name | figure with unit',
    head: [],
    body: [['A级旅游景区', '14家'], ['民宿床位', '5860张'], ['说明', '2024']],
    expected: [['A级旅游景区', 'actual', 14, '家', null, null], ['民宿床位', 'actual', 5860, '张', null, null]],
  },
];

/** A page whose article (`#zoom`) holds some prose and then `inner`. */
const page = (inner: string): string =>
  `<html><body><div id="zoom"><p>${'这是一段足够长的正文，用来让页面被识别为文章。'.repeat(4)}</p>${inner}</div></body></html>`;

function html(c: Case): string {
  const tr = (r: Row, tag: string): string => `<tr>${r.map((x) => `<${tag}>${x}</${tag}>`).join('')}</tr>`;
  return page(`${c.caption ? `<p>${c.caption}</p>` : ''}
<table>${c.head.length && !c.tdHead ? `<thead>${c.head.map((r) => tr(r, 'th')).join('')}</thead>` : ''}<tbody>${(c.tdHead ? [...c.head, ...c.body] : c.body).map((r) => tr(r, 'td')).join('')}</tbody></table>`);
}

describe('tables of any header', () => {
  it.each(CASES)('$what', (c) => {
    const doc = parseHtmlString(html(c), 'utf-8');
    const { records } = extract(doc.text, { layout: layoutOf(doc) });
    const rows = records.filter((r) => r.rule.startsWith('table.'));
    expect(rows.map((r) => [r.name, r.kind, r.value, r.unit, r.qualifier, r.target?.value ?? null])).toEqual(c.expected);
    for (const r of rows) expect(doc.text.slice(...r.sourceSpan)).toBe(r.raw);
  });
  it('takes the period from a column header that names a year', () => {
    const c = CASES.find((x) => x.what.startsWith('a review and a plan'))!;
    const doc = parseHtmlString(html(c), 'utf-8');
    const rows = extract(doc.text, { layout: layoutOf(doc) }).records.filter((r) => r.rule.startsWith('table.'));
    expect(rows.map((r) => [r.kind, r.period])).toEqual([['actual', '2024'], ['target', '2025']]);
  });
});

describe('an HTML <caption>', () => {
  it('is the table caption: its unit applies', () => {
    const doc = parseHtmlString(page('<table><caption>表1 主要指标（单位：万元）</caption><tr><th>指标</th><th>2024年</th></tr><tr><td>固定资产投资</td><td>52000</td></tr></table>'), 'utf-8');
    const rows = extract(doc.text, { layout: layoutOf(doc) }).records.filter((r) => r.rule.startsWith('table.'));
    expect(rows.map((r) => [r.name, r.value, r.unit])).toEqual([['固定资产投资', 520000000, '元']]);
  });
});

describe('HTML rowspan and colspan', () => {
  it('repeats a rowspan cell down its rows and a colspan header over its columns', () => {
    const doc = parseHtmlString(
      page(`<table><tr><th rowspan="2">类别</th><th rowspan="2">指标</th><th colspan="2">数值</th></tr><tr><th>本期</th><th>上年同期</th></tr>
<tr><td rowspan="2">资源</td><td>床位</td><td colspan="2">2.1万张</td></tr><tr><td>医师</td><td>3.1人</td><td>3.0人</td></tr></table>`),
      'utf-8',
    );
    const t = doc.blocks.find((b) => b.type === 'table');
    expect(t?.type === 'table' && t.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['类别', '指标', '数值', '数值'],
      ['类别', '指标', '本期', '上年同期'],
      ['资源', '床位', '2.1万张', ''],
      ['资源', '医师', '3.1人', '3.0人'],
    ]);
    expect(t?.type === 'table' && t.headerRows).toBe(2);
  });
  it('bounds a hostile rowspan', () => {
    const doc = parseHtmlString(page('<table><tr><th>指标</th><th>数值</th></tr><tr><td rowspan="99999">a</td><td>1个</td></tr></table>'), 'utf-8');
    const t = doc.blocks.find((b) => b.type === 'table');
    expect(t?.type === 'table' && t.rows.map((r) => r.map((c) => c.text))).toEqual([['指标', '数值'], ['a', '1个']]);
  });
  it('bounds a hostile colspan to a grid of at most 256 columns', () => {
    const wide = '<td colspan="64">x</td>'.repeat(20);
    const doc = parseHtmlString(page(`<table><tr><th>指标</th><th>数值</th></tr><tr>${wide}</tr><tr><td>a</td><td>1个</td></tr></table>`), 'utf-8');
    const t = doc.blocks.find((b) => b.type === 'table');
    expect(t?.type === 'table' && Math.max(...t.rows.map((r) => r.length))).toBe(256);
  });
});
