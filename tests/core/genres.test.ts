/**
 * The classes of the genres issue, each a table: every way a report writes a quantity, names
 * that hold in every genre, and kinds and targets across genres. Each row is a sentence and the
 * records it must give (only the fields named in the row are compared).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import type { IndicatorRecord } from '../../src/schema.js';

type Want = Partial<Pick<IndicatorRecord, 'name' | 'value' | 'valueMax' | 'unit' | 'kind' | 'qualifier' | 'completion'>> & { target?: number | null };

function pick(r: IndicatorRecord, want: Want): Want {
  const out: Want = {};
  for (const k of Object.keys(want) as Array<keyof Want>) {
    if (k === 'target') out.target = r.target?.value ?? null;
    else (out as Record<string, unknown>)[k] = r[k];
  }
  return out;
}

function check(rows: ReadonlyArray<readonly [string, readonly Want[]]>): void {
  it.each(rows.map(([text, want]) => ({ text, want })))('$text', ({ text, want }) => {
    const records = extract(text).records;
    expect(records.map((r, i) => pick(r, want[i] ?? want[0]!))).toEqual(want);
  });
}

describe('every way a report writes a quantity', () => {
  describe('percent in words and tenths', () => check([
    ['农村卫生厕所普及率达到百分之九十五以上。', [{ value: 95, unit: '%', qualifier: 'atLeast' }]],
    ['行政村快递服务覆盖率百分之百。', [{ value: 100, unit: '%' }]],
    ['贫困发生率降至百分之2.4。', [{ value: 2.4, unit: '%' }]],
    ['婴儿死亡率为千分之三。', [{ value: 3, unit: '‰' }]],
    ['群众满意度达九成以上。', [{ value: 90, unit: '%', qualifier: 'atLeast' }]],
  ]));
  describe('Chinese numerals with magnitudes, before any unit', () => check([
    ['新建农村公路四十五公里。', [{ value: 45, unit: '公里' }]],
    ['惠及群众四十万人。', [{ value: 400000, unit: '人' }]],
    ['全社会融资规模一万五千亿元。', [{ value: 1.5e12, unit: '元' }]],
    ['人均补助一千元。', [{ value: 1000, unit: '元' }]],
    ['每桶降价十五美元。', [{ value: 15, unit: '美元' }]],
    ['占比提高二十个百分点。', [{ value: 20, unit: '个百分点', kind: 'change' }]],
    ['新建绿道三百米。', [{ value: 300, unit: '米' }]],
    ['新建中小学两所。', [{ value: 2, unit: '所' }]],
    ['回收废旧物资一吨。', [{ value: 1, unit: '吨' }]],
    ['一是强化组织领导，统一部署，建成一批项目。', []],
  ]));
  describe('mixed and approximate forms', () => check([
    ['城镇新增就业3万4000人。', [{ value: 34000, unit: '人' }]],
    ['发放补贴25万6千元。', [{ value: 256000, unit: '元' }]],
    ['受理案件1千零1件。', [{ value: 1001, unit: '件' }]],
    ['培训学员两千四百五人。', [{ value: 2450, unit: '人' }]],
    ['抽调骨干十余人。', [{ value: 10, unit: '人', qualifier: 'about' }]],
    ['走访企业上百家。', [{ value: 100, unit: '家', qualifier: 'about' }]],
    ['参加活动群众近万人。', [{ value: 10000, unit: '人', qualifier: 'about' }]],
    ['建成示范村数十个。', [{ value: 10, unit: '个', qualifier: 'about' }]],
    ['新建站点两三个。', [{ value: 2, valueMax: 3, unit: '个' }]],
    ['开展一至二轮春耕巡回指导。', [{ value: 1, valueMax: 2, unit: '轮' }]],
  ]));
  describe('signs', () => check([
    ['人口自然增长率为-1.11‰。', [{ value: -1.11, unit: '‰', kind: 'actual' }]],
    ['固定资产投资比上年增长-2.3%。', [{ name: '固定资产投资', value: -2.3, unit: '%', kind: 'change' }]],
    ['净出口负13.5亿元。', [{ value: -1350000000, unit: '元' }]],
  ]));
  describe('a space or a line break between figure and unit, full-width digits', () => check([
    ['新增规上企业xx 家。', [{ value: null, unit: '家' }]],
    ['烤烟种植面积 94 公顷。', [{ name: '烤烟种植面积', value: 94, unit: '公顷' }]],
    ['办理提案3\n件。', [{ value: 3, unit: '件' }]],
    ['地区生产总值６７．３２亿元，增长５．８％。', [{ value: 6732000000, unit: '元' }, { value: 5.8, unit: '%', kind: 'change' }]],
  ]));
  describe('units of measure and compound units', () => check([
    ['粮食总产量21.46万吨。', [{ value: 214600, unit: '吨' }]],
    ['综合能耗8.6万吨标准煤。', [{ value: 86000, unit: '吨标准煤' }]],
    ['夏粮平均亩产386公斤。', [{ value: 386, unit: '公斤' }]],
    ['建设用地0.85平方公里。', [{ value: 0.85, unit: '平方公里' }]],
    ['新增光伏装机12.5万千瓦。', [{ value: 125000, unit: '千瓦' }]],
    ['全社会用电量9.6亿千瓦时。', [{ value: 960000000, unit: '千瓦时' }]],
    ['PM2.5平均浓度32微克/立方米。', [{ value: 32, unit: '微克/立方米' }]],
    ['出水氨氮浓度1.5毫克/升。', [{ value: 1.5, unit: '毫克/升' }]],
    ['货物周转量21.6亿吨公里。', [{ value: 2160000000, unit: '吨公里' }]],
    ['城乡居民收入比由上年的2.08缩小为2.03。', [{ name: '城乡居民收入比', value: 2.08, unit: null }, { name: '城乡居民收入比', value: 2.03, unit: null }]],
    ['美元平均汇率7.12。', [{ name: '美元平均汇率', value: 7.12, unit: null }]],
    ['城市低保标准提高到680元/月。', [{ value: 680, unit: '元/月' }]],
    ['每千人口拥有床位6.2张/千人。', [{ value: 6.2, unit: '张/千人' }]],
    ['食品抽检量达到6.1批次/千人。', [{ value: 6.1, unit: '批次/千人' }]],
    ['人均预期寿命79.8岁。', [{ name: '人均预期寿命', value: 79.8, unit: '岁' }]],
    ['查处治安案件2937起。', [{ value: 2937, unit: '起' }]],
    ['新能源汽车产量增长1.2倍。', [{ value: 1.2, unit: '倍', kind: 'change' }]],
    ['生猪出栏41.26万头，家禽出栏312万羽。', [{ unit: '头', value: 412600 }, { unit: '羽', value: 3120000 }]],
  ]));
});

describe('a hard-wrapped text layer (lines that break inside names and figures, across a page footer)', () => {
  const wrapped = [
    '青禾县2024年国民经济和社会发展统计公报',
    '初步核算，全年全县地区生产总值186.',
    '42亿元，按不变价格计算，比上年增长5.1%。其中，第一产业增',
    '加值31.57亿元，增长3.8%；农村常住居民',
    '人均可支配收入1876',
    '2元，增长7.1%。全年粮食总产量21.',
    '',
    '— 1 —',
    '',
    '青禾县2024年国民经济和社会发展统计公报',
    '46万吨，比上年增长1.9%。',
    '二、工业',
    '规模以上工业增加值比上年增长7.6%。',
  ].join('\n');
  it('joins what the wrap cut, keeps headings, and maps every figure back', () => {
    const { records, text } = extract(wrapped);
    expect(records.map((r) => [r.name, r.value])).toEqual([
      ['地区生产总值', 18642000000], ['地区生产总值', 5.1], ['第一产业增加值', 3157000000], ['第一产业增加值', 3.8],
      ['农村常住居民人均可支配收入', 18762], ['农村常住居民人均可支配收入', 7.1], ['粮食总产量', 214600], ['粮食总产量', 1.9],
      ['规模以上工业增加值', 7.6],
    ]);
    for (const r of records) expect(text.slice(...r.span)).toBe(r.raw);
    const gdp = records[0]!;
    expect(wrapped.slice(...gdp.sourceSpan)).toBe('186.\n42亿元');
    expect(records[8]!.section).toEqual(['二、工业']);
  });
  it('leaves a text of whole lines alone', () => {
    const lines = '关于印发2024年工作要点的通知\n发布时间:2025-01-02\n全县地区生产总值186.4亿元。\n比上年增长6.2%。';
    expect(extract(lines).text).toBe(lines);
  });
});

describe('a table flattened into the text', () => {
  it('gives one record per row, named by its row, with goal and completion from their columns', () => {
    const text = ['表1 主要指标完成情况', '| 指标名称 | 全年任务 | 完成数 | 完成率 |', '| --- | --- | --- | --- |', '| 城镇新增就业 | 5000人 | 5620人 | 112.4% |', '| 新增市场主体 | 3000户 | 3260户 | 108.7% |', '全年城镇新增就业5620人。'].join('\n');
    const { records } = extract(text);
    expect(records.map((r) => [r.name, r.value, r.unit, r.target?.value ?? null, r.completion, r.rule.startsWith('table')])).toEqual([
      ['城镇新增就业', 5620, '人', 5000, 112.4, true], ['新增市场主体', 3260, '户', 3000, 108.7, true], ['城镇新增就业', 5620, '人', null, null, false],
    ]);
    for (const r of records) expect(text.slice(...r.sourceSpan)).toContain(String(r.value));
  });
});

describe('the name is the indicator, in every genre', () => {
  describe('a subject carries along a topic chain', () => check([
    ['全县地区生产总值186.4亿元，比上年增长6.2%。其中：第一产业增加值21.3亿元，同比增长3.1%。', [
      { name: '地区生产总值', kind: 'actual' }, { name: '地区生产总值', value: 6.2, kind: 'change' },
      { name: '第一产业增加值' }, { name: '第一产业增加值', value: 3.1, kind: 'change' },
    ]],
    ['年末常住人口32.6万人，比上年末减少0.31万人。', [{ name: '常住人口' }, { name: '常住人口', value: -3100, kind: 'change' }]],
  ]));
  describe('comparison frames, time, scope and verbs are never names', () => check([
    ['社会消费品零售总额比上年同期增长6.9%。', [{ name: '社会消费品零售总额' }]],
    ['金融机构各项存款余额较2022年末增加47.81亿元。', [{ name: '金融机构各项存款余额', kind: 'change' }]],
    ['与上年相比，粮食总产量增长1.7%。', [{ name: '粮食总产量' }]],
    ['全年全县规模以上工业增加值同比增长7.6%。', [{ name: '规模以上工业增加值' }]],
    ['力争地区生产总值达到260亿元。', [{ name: '地区生产总值', kind: 'target' }]],
  ]));
  describe('levels reached and yearly averages', () => check([
    ['全市地区生产总值由2018年的1856亿元增加到2023年的2630亿元，年均增长5.9%。', [
      { name: '地区生产总值', value: 185600000000, kind: 'actual' }, { name: '地区生产总值', value: 263000000000, kind: 'actual' },
      { name: '地区生产总值', value: 5.9, kind: 'change' },
    ]],
    ['一般公共预算收入从126.5亿元增至168.2亿元。', [{ name: '一般公共预算收入', kind: 'actual' }, { name: '一般公共预算收入', kind: 'actual' }]],
    ['学前三年毛入园率由上年的93.2%提高到95.6%。', [{ name: '学前三年毛入园率', value: 93.2 }, { name: '学前三年毛入园率', value: 95.6, kind: 'actual' }]],
  ]));
  describe('分别 distributes', () => check([
    ['第二、第三产业比重分别回落1.4和0.9个百分点。', [
      { name: '第二产业比重', value: -1.4, unit: '个百分点', kind: 'change' }, { name: '第三产业比重', value: -0.9, unit: '个百分点', kind: 'change' },
    ]],
    ['城镇、农村常住居民人均可支配收入分别为41260元和21385元，分别增长4.8%和6.9%。', [
      { name: '城镇常住居民人均可支配收入', value: 41260 }, { name: '农村常住居民人均可支配收入', value: 21385 },
      { name: '城镇常住居民人均可支配收入', value: 4.8, kind: 'change' }, { name: '农村常住居民人均可支配收入', value: 6.9, kind: 'change' },
    ]],
    ['二氧化氮、二氧化硫年均浓度分别为19、7微克/立方米，同比分别下降9.5%和12.5%。', [
      { name: '二氧化氮年均浓度', value: 19, unit: '微克/立方米' }, { name: '二氧化硫年均浓度', value: 7, unit: '微克/立方米' },
      { name: '二氧化氮年均浓度', value: -9.5 }, { name: '二氧化硫年均浓度', value: -12.5 },
    ]],
  ]));
  describe('one subject, several figures; a name after its figure; generic heads', () => check([
    ['新增低保对象215户398人。', [{ name: '新增低保对象', unit: '户' }, { name: '新增低保对象', unit: '人' }]],
    ['保障城市低保对象8630人，发放低保金3215万元。', [{ name: '保障城市低保对象' }, { name: '低保金' }]],
    // 新增 says what is counted, so it stays (the guide's rule for 新增, 新建, 改造).
    ['建成9个中医馆，新增120张床位。', [{ name: '中医馆', unit: '个' }, { name: '新增床位', unit: '张' }]],
    ['新增规模以上工业企业23家，总数达到186家。', [{ name: '新增规模以上工业企业' }, { name: '规模以上工业企业总数' }]],
    ['民生支出42.7亿元，占一般公共预算支出的81.5%。', [{ name: '民生支出' }, { name: '民生支出占一般公共预算支出' }]],
    ['职工医保基金收入8.6亿元，支出7.9亿元。', [{ name: '职工医保基金收入' }, { name: '职工医保基金支出' }]],
    ['完成城镇老旧小区改造38个小区、4172户。', [{ name: '城镇老旧小区改造', unit: '个' }, { name: '城镇老旧小区改造', unit: '户' }]],
  ]));
  describe('N X do Y: a count that opens its clause keeps its predicate', () => check([
    ['三名教师被评为省级骨干教师。', [{ name: '教师被评为省级骨干教师', value: 3 }]],
    ['全县212个村（社区）全部建立“一站式”服务大厅。', [{ name: '村(社区)建立“一站式”服务大厅', value: 212 }]],
    ['抓获犯罪嫌疑人358人。', [{ name: '抓获犯罪嫌疑人' }]],
  ]));
});

describe('kinds and targets across genres', () => {
  describe('goals and reviews', () => check([
    ['二、2025年主要预期目标\n地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内。', [
      { value: 6, kind: 'change', qualifier: 'about' }, { value: 5.5, kind: 'target', qualifier: 'atMost' },
    ]],
    ['一、2024年工作回顾\n地区生产总值增长5.7%，新增城镇就业5620人。\n二、2025年工作安排\n新增城镇就业5000人以上。', [
      { value: 5.7, kind: 'change' }, { value: 5620, kind: 'actual' }, { value: 5000, kind: 'target', qualifier: 'atLeast' },
    ]],
    ['确保一般公共预算收入突破16亿元。', [{ kind: 'target', qualifier: 'over' }]],
    ['主要预期目标是：居民消费价格涨幅控制在3%左右，单位地区生产总值能耗下降3%。', [
      { name: '居民消费价格涨幅', kind: 'change', qualifier: 'about' }, { name: '单位地区生产总值能耗', value: -3, kind: 'change' },
    ]],
    ['PM2.5年均浓度为31微克/立方米，优良天数比率为86.3%，分别较上年改善3.1%和1.8个百分点。', [
      { name: 'PM2.5年均浓度' }, { name: '优良天数比率' }, { name: 'PM2.5年均浓度', value: 3.1, kind: 'change' }, { name: '优良天数比率', value: 1.8, kind: 'change' },
    ]],
    ['规模以上工业增加值增长7.1%，增速比全省高1.2个百分点。', [{ kind: 'change' }, { name: '规模以上工业增加值增速', value: 1.2, kind: 'change' }]],
  ]));
  describe('tied targets and stated completions', () => check([
    ['计划完成投资50亿元，实际完成45亿元。', [{ value: 4500000000, target: 5000000000, completion: 90 }]],
    ['城镇新增就业2.58万人，完成率103%（目标任务2.5万人）。', [{ value: 25800, target: 25000 }, { name: '完成率', value: 103, target: null }]],
    ['实际使用外资2860万美元，完成市下达任务2500万美元的114.4%。', [
      { value: 28600000, target: 25000000 }, { name: '完成市下达任务', value: 114.4, kind: 'actual', target: null },
    ]],
    ['一般公共预算收入16.83亿元，为年度预算的103.5%。', [{ target: null }, { name: '为年度预算', value: 103.5, target: null }]],
    ['PM2.5年均浓度29微克/立方米，同比下降6.5%，低于32微克/立方米的年度目标。', [{ value: 29, target: 32 }, { value: -6.5, target: null }]],
    ['城镇登记失业率为2.9%，控制在4%以内。城镇调查失业率控制在5.1%。', [{ value: 2.9, target: 4 }, { value: 5.1, kind: 'actual', target: null }]],
    ['脱贫劳动力务工规模3.47万人，超出省定目标0.27万人。', [{ value: 34700, target: null }, { value: 2700, kind: 'change', target: null }]],
    ['固定资产投资增速低于年初目标1.6个百分点。', [{ name: '固定资产投资增速', value: -1.6, kind: 'change' }]],
  ]));
  describe('not records', () => check([
    ['围绕“八大工程”，将医院、学校两所单位纳入。', []],
    ['县第三实验小学、城北初级中学两所学校投入使用。', []],
    ['其中10亿元以上项目5个。', [{ name: '10亿元以上项目', value: 5 }]],
    ['XX年3月5日，召开县十八届人大三次会议。', []],
    ['12345热线办结率98.6%。', [{ value: 98.6 }]],
  ]));
});
