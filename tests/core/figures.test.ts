/** Whole sentences in, the one figure they state out: value, unit, qualifier, kind, target, name. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import type { IndicatorRecord } from '../../src/schema.js';

type Expect = Partial<Pick<IndicatorRecord, 'raw' | 'value' | 'valueMax' | 'unit' | 'qualifier' | 'kind' | 'masked' | 'name' | 'completion' | 'numeral'>> & {
  target?: { value: number | null; unit: string | null } | null;
};

const cases: Array<[string, Expect]> = [
  ['家庭医生签约28.4万人。', { raw: '28.4万人', value: 284000, unit: '人', name: '家庭医生签约' }],
  ['共收到基本公共卫生服务资金4120.38万元。', { value: 41203800, unit: '元', name: '基本公共卫生服务资金' }],
  ['签约率51.2%(任务50%)。', { value: 51.2, unit: '%', target: { value: 50, unit: '%' }, completion: 102.4 }],
  ['健康管理服务率63.9%全年任务62%);', { value: 63.9, target: { value: 62, unit: '%' }, name: '健康管理服务率' }],
  ['确保签约率提升1-3个百分点。', { value: 1, valueMax: 3, unit: '个百分点', kind: 'change' }],
  ['门诊量同比下降5%。', { value: -5, unit: '%', kind: 'change' }],
  ['发病率降至9.3%。', { value: 9.3, kind: 'actual' }],
  ['力争覆盖率达到90%。', { value: 90, kind: 'target' }],
  ['目前已组织专题学习讨论80余次。', { raw: '80余次', value: 80, unit: '次', qualifier: 'about', name: '专题学习讨论' }],
  ['参与居民3.4万余人次。', { raw: '3.4万余人次', value: 34000, unit: '人次', qualifier: 'about' }],
  ['村卫生室都做到了60平米以上。', { raw: '60平米', value: 60, unit: '平米', qualifier: 'atLeast' }],
  ['检出率≥1%。', { raw: '1%', qualifier: 'atLeast' }],
  ['县级医院配备不少于2名。', { raw: '2名', qualifier: 'atLeast' }],
  ['常见病诊治率60%左右。', { raw: '60%', qualifier: 'about' }],
  ['事故率控制在4%以内。', { raw: '4%', qualifier: 'atMost' }],
  ['接种率xx.xx%。', { raw: 'xx.xx%', masked: true, value: null, unit: '%' }],
  ['罚没金额共计xx.xxxx 万元。', { raw: 'xx.xxxx 万元', masked: true, unit: '元' }],
  ['资金**万元。', { raw: '**万元', masked: true, unit: '元' }],
  ['核酸检测能力达xx万管/日。', { unit: '管/日', masked: true }],
  ['千人口献血率达到9.09。', { value: 9.09, unit: '‰' }],
  ['监测率为91.5,发现异常44人。', { value: 91.5, unit: '%' }],
  ['节省费用54977.36。', { value: 54977.36, unit: '元' }],
  ['孕产妇死亡率为x、', { masked: true, unit: '1/10万' }],
  ['另外三所公办幼儿园开设托班。', { raw: '三所', value: 3, unit: '所', numeral: 'zh', name: '公办幼儿园' }],
  ['国家基本公共卫生服务共有十二项。', { value: 12, unit: '项', numeral: 'zh' }],
  ['成立12个督导组,定期检查。', { value: 12, unit: '个', name: '督导组' }],
  ['服务我区55.6万居民。', { value: 556000, unit: null }],
  ['完成FDIxxxx万美元。', { masked: true, unit: '美元', name: 'FDI' }],
  ['产后访视率98.63%o预防接种建卡证3072人。', { raw: '98.63%', name: '产后访视率' }],
  ['全员核酸采样时间压缩至8个小时。', { value: 8, unit: '小时', name: '全员核酸采样时间' }],
  ['融资额1.2——2.5万元。', { value: 12000, valueMax: 25000, unit: '元' }],
  ['门诊挂号1,234,567人次。', { value: 1234567 }],
];

describe.each(cases)('%s', (sentence, expected) => {
  const records = extract(sentence).records;
  it('gives a first record with the expected fields', () => {
    expect(records.length).toBeGreaterThanOrEqual(1);
    const { target, ...rest } = expected;
    expect(records[0]).toMatchObject(rest);
    if (target !== undefined) expect(records[0]!.target === null ? null : { value: records[0]!.target.value, unit: records[0]!.target.unit }).toEqual(target);
  });
});

describe('sentences with several figures', () => {
  it('ties a goal named in the clause before to the next figure', () => {
    const r = extract('上消化道癌高风险人员筛查任务49名,重点筛查49例患者,发现上消化道早癌1例。').records;
    expect(r.map((x) => x.raw)).toEqual(['49例', '1例']);
    expect(r[0]!.target).toMatchObject({ value: 49, unit: '名' });
  });
  it('ties a control goal after a figure to it', () => {
    const r = extract('全县发病率为4.1%,低于4.2%的控制目标。').records;
    expect(r).toHaveLength(1);
    expect(r[0]!.target).toMatchObject({ value: 4.2, unit: '%' });
  });
  it('names a figure with no words of its own after the one before it', () => {
    const r = extract('共签约一般脱贫户6961户,17518人。').records;
    expect(r.map((x) => x.name)).toEqual(['签约一般脱贫户', '签约一般脱贫户']);
  });
  it('gives one record per part of a ratio', () => {
    const r = extract('三次产业结构比为25.72:26.84:47.44。').records;
    expect(r.map((x) => x.value)).toEqual([25.72, 26.84, 47.44]);
  });
  it('reads every figure of a plan as a goal unless it is a change', () => {
    const r = extract('2024年工作计划\n一、重点工作\n新建星级院落5个,签约率提升2个百分点。').records;
    expect(r.map((x) => x.kind)).toEqual(['target', 'change']);
  });
  it('takes the period from the sentence, else the title', () => {
    const r = extract('某县2023年工作总结\n2022年接种1200人次,今年接种1500人次。').records;
    expect(r.map((x) => x.period)).toEqual(['2022', '2022']);
    expect(extract('某县2023年工作总结\n接种1500人次。').records[0]!.period).toBe('2023');
  });
  it('gives a run-on text (no sentence ends) a window of its sentence around each figure', () => {
    const text = '发放资料100份,'.repeat(5000);
    const r = extract(text).records;
    expect(r).toHaveLength(5000);
    for (const x of [r[0]!, r[2500]!, r[4999]!]) {
      expect(x.sentence.length).toBeLessThanOrEqual(400);
      expect(x.sentence).toContain(x.raw);
    }
  });
  it('builds the section path from headings', () => {
    const r = extract('一、工作总结\n(一)疫情防控\n一是建成方舱实验室3个。').records;
    expect(r[0]!.section).toEqual(['一、工作总结', '(一)疫情防控', '一是建成方舱实验室3个']);
  });
});
