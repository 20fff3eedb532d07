/**
 * Unit lexicon. `unit` is what a record carries (as written, 個→个 done by normalize);
 * `kind` tells how the figure behaves.
 * - count: a measure word; a noun may follow it and name the figure (`12个督导组`).
 * - rate: percent-like; never scaled by a magnitude.
 * - date / age / page: the quantity is not a record (`3月`, `65岁`, `15页`).
 */
export type UnitKind = 'count' | 'rate' | 'money' | 'measure' | 'duration' | 'date' | 'age' | 'page';

export interface UnitEntry {
  readonly text: string;
  readonly unit: string;
  readonly kind: UnitKind;
}

const table: Array<[string, string, UnitKind]> = [
  // rates
  ['%', '%', 'rate'],
  ['‰', '‰', 'rate'],
  ['个百分点', '个百分点', 'rate'],
  ['百分点', '个百分点', 'rate'],
  ['/10万', '1/10万', 'rate'],
  ['倍', '倍', 'rate'],
  // money
  ['元', '元', 'money'],
  ['美元', '美元', 'money'],
  ['欧元', '欧元', 'money'],
  ['港元', '港元', 'money'],
  ['元/天', '元/天', 'money'],
  ['元/人', '元/人', 'money'],
  ['元/年', '元/年', 'money'],
  ['元/月', '元/月', 'money'],
  ['元/吨', '元/吨', 'money'],
  ['元/亩', '元/亩', 'money'],
  ['元/平方米', '元/平方米', 'money'],
  ['日元', '日元', 'money'],
  // people and services
  ['人', '人', 'count'],
  ['名', '名', 'count'],
  ['位', '位', 'count'],
  ['人次', '人次', 'count'],
  ['人剂次', '人剂次', 'count'],
  ['剂次', '剂次', 'count'],
  ['剂', '剂', 'count'],
  ['户', '户', 'count'],
  ['户次', '户次', 'count'],
  ['家', '家', 'count'],
  ['家次', '家次', 'count'],
  ['个', '个', 'count'],
  ['例', '例', 'count'],
  ['份', '份', 'count'],
  ['次', '次', 'count'],
  ['场', '场', 'count'],
  ['场次', '场次', 'count'],
  ['张', '张', 'count'],
  ['支', '支', 'count'],
  ['条', '条', 'count'],
  ['件', '件', 'count'],
  ['本', '本', 'count'],
  ['箱', '箱', 'count'],
  ['所', '所', 'count'],
  ['项', '项', 'count'],
  ['种', '种', 'count'],
  ['类', '类', 'count'],
  ['轮', '轮', 'count'],
  ['批', '批', 'count'],
  ['台', '台', 'count'],
  ['套', '套', 'count'],
  ['辆', '辆', 'count'],
  ['座', '座', 'count'],
  ['处', '处', 'count'],
  ['间', '间', 'count'],
  ['床', '床', 'count'],
  ['张床', '张床', 'count'],
  ['篇', '篇', 'count'],
  ['期', '期', 'count'],
  ['块', '块', 'count'],
  ['棵', '棵', 'count'],
  ['册', '册', 'count'],
  ['部', '部', 'count'],
  ['组', '组', 'count'],
  ['队', '队', 'count'],
  ['头', '头', 'count'],
  ['只', '只', 'count'],
  ['羽', '羽', 'count'],
  ['对', '对', 'count'],
  ['起', '起', 'count'],
  ['笔', '笔', 'count'],
  ['栋', '栋', 'count'],
  ['幢', '幢', 'count'],
  ['艘', '艘', 'count'],
  ['架', '架', 'count'],
  ['株', '株', 'count'],
  ['棒', '棒', 'count'],
  ['宗', '宗', 'count'],
  ['眼', '眼', 'count'],
  ['辆次', '辆次', 'count'],
  ['批次', '批次', 'count'],
  ['台件', '台件', 'count'],
  ['台套', '台套', 'count'],
  ['份次', '份次', 'count'],
  ['架次', '架次', 'count'],
  ['车次', '车次', 'count'],
  ['封', '封', 'count'],
  ['分', '分', 'measure'],
  ['管/日', '管/日', 'measure'],
  ['管', '管', 'count'],
  // measures
  ['平方米', '平方米', 'measure'],
  ['平米', '平米', 'measure'],
  ['㎡', '平方米', 'measure'],
  ['公顷', '公顷', 'measure'],
  ['亩', '亩', 'measure'],
  ['公里', '公里', 'measure'],
  ['千米', '千米', 'measure'],
  ['米', '米', 'measure'],
  ['吨', '吨', 'measure'],
  ['千克', '千克', 'measure'],
  ['公斤', '公斤', 'measure'],
  ['立方米', '立方米', 'measure'],
  ['千瓦时', '千瓦时', 'measure'],
  ['千瓦', '千瓦', 'measure'],
  ['兆瓦', '兆瓦', 'measure'],
  ['吨公里', '吨公里', 'measure'],
  ['人公里', '人公里', 'measure'],
  ['吨标准煤', '吨标准煤', 'measure'],
  ['标准箱', '标准箱', 'measure'],
  ['平方公里', '平方公里', 'measure'],
  ['立方米/秒', '立方米/秒', 'measure'],
  ['微克/立方米', '微克/立方米', 'measure'],
  ['毫克/立方米', '毫克/立方米', 'measure'],
  ['毫克/升', '毫克/升', 'measure'],
  ['毫米', '毫米', 'measure'],
  ['厘米', '厘米', 'measure'],
  ['升', '升', 'measure'],
  ['斤', '斤', 'measure'],
  ['克', '克', 'measure'],
  ['摄氏度', '摄氏度', 'measure'],
  ['℃', '℃', 'measure'],
  ['秒', '秒', 'duration'],
  ['度', '度', 'measure'],
  // durations
  ['个小时', '小时', 'duration'],
  ['小时', '小时', 'duration'],
  ['分钟', '分钟', 'duration'],
  ['个工作日', '个工作日', 'duration'],
  ['工作日', '工作日', 'duration'],
  ['个月', '个月', 'duration'],
  ['天', '天', 'duration'],
  ['周', '周', 'duration'],
  ['年', '年', 'duration'],
  // not records
  ['月', '月', 'date'],
  ['月份', '月', 'date'],
  ['日', '日', 'date'],
  ['号', '号', 'date'],
  ['岁', '岁', 'age'],
  ['周岁', '周岁', 'age'],
  ['页', '页', 'page'],
  ['周年', '周年', 'date'],
  ['届', '届', 'date'],
];

export const UNITS: ReadonlyMap<string, UnitEntry> = new Map(
  table.map(([text, unit, kind]) => [text, { text, unit, kind }]),
);

/**
 * What may stand after `/` to make a rate per unit of a unit (`张/千人`, `批次/千人`, `元/月`,
 * `人/万人`, `公斤/亩`): the compound is the record's unit, as written.
 */
export const PER_DENOMINATORS: readonly string[] = [
  '千人', '万人', '百人', '十万人', '人', '户', '千户', '百户', '人·月', '人月', '人次',
  '日', '天', '月', '年', '小时', '周', '亩', '公顷', '吨', '平方米', '平方公里', '立方米', '升', '公里', '辆', '床', '台',
];

/** Measure words that Chinese-numeral counts take (`三项`, `两所`); others are names (`三类`, `十四五`). */
export const ZH_COUNT_UNITS: ReadonlySet<string> = new Set([
  '项', '名', '所', '次', '个', '家', '支', '场', '户', '件', '条', '位', '批', '轮', '人', '座', '处', '套', '台', '辆', '栋', '对', '起', '人次', '个月', '个工作日',
]);

/** Magnitudes and the power of ten they shift by. */
export const MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ['万亿', 12],
  ['千万', 7],
  ['百万', 6],
  ['亿', 8],
  ['万', 4],
  ['千', 3],
]);

/** Units that are the same unit written another way: one table for completion and for the scorer. */
export const UNIT_ALIASES: ReadonlyMap<string, string> = new Map([
  ['名', '人'],
  ['位', '人'],
  ['平米', '平方米'],
  ['㎡', '平方米'],
  ['百分点', '个百分点'],
  ['/10万', '1/10万'],
  ['个小时', '小时'],
]);
