/**
 * Standard terms, slogans and names that hold numbers which are not figures
 * (`2型糖尿病`, `健康66条`, `x种严重精神障碍`, `八项规定`). A figure inside one is skipped.
 */
export const NAME_TERMS: readonly string[] = [
  '2型糖尿病', '1型糖尿病', '健康素养66条', '健康66条', '三减三健', '八项规定', '中央八项规定',
  'x种严重精神障碍', 'X种严重精神障碍', '6种严重精神障碍', '六种严重精神障碍', '十四五', '十三五', '十五五',
  '一老一小', '一岗双责', '三次产业', '一次性', '三医联动', '五医联动', '二十大', '二十届', '七项重点指标', '两项补贴',
];

/** Paired marks whose short content is a name or slogan, not a figure (`“3+1”`, `《…(20xx年版)》`). */
export const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['"', '"'],
  ['《', '》'],
  ['【', '】'],
  ['「', '」'],
  ['『', '』'],
];

/** Longest quoted content still treated as a name (characters). */
export const QUOTE_MAX = 40;

/** Text before a Chinese-numeral count that makes it restate a list (`“A”“B”后两个阶段`, `上述三项`). */
export const RESTATE_BEFORE = /(?:”[后前]|这|此|上述|该)$/u;

/**
 * Shapes of names that hold numbers: service numbers (`12345热线`, `110接处警`), session ordinals
 * (`十八届人大三次会议`), parts of indicator names (`日最大8小时平均`), and thresholds that define a
 * group (`10亿元以上项目`, `56人以上大班额`, `潜逃10年以上逃犯`, `年经营性收入不足5万元的村`).
 * Each is tried only on a text that holds one of its hints.
 */
export const NAME_TERM_PATTERNS: ReadonlyArray<{ readonly pattern: RegExp; readonly hints: readonly string[] }> = [
  { pattern: /\d{3,5}(?=(?:政务服务便民|服务|便民)?热线|接处警|急救|投诉|举报|平台|指挥)/gu, hints: ['热线', '接处警', '急救', '投诉', '举报', '平台', '指挥'] },
  { pattern: /[一二三四五六七八九十\dxX]{1,3}届[^,;。:]{0,10}?[一二三四五六七八九十\dxX]{1,3}次(?:全体)?会议/gu, hints: ['届'] },
  { pattern: /\d{1,2}小时平均/gu, hints: ['小时平均'] },
  { pattern: /(?<![\d.])\d{1,9}(?:\.\d{1,4})?[万亿]?(?:元|人|年|吨|亩|家|个|平方米|公里)及?以[上下](?=\p{Script=Han})(?![的达为占增提下降实完均全已比较同到是和或，,、])/gu, hints: ['以上', '以下'] },
  { pattern: /(?<![\d.])\d{1,9}(?:\.\d{1,4})?[万亿]?(?:元|人|年|吨|亩|家|个|平方米|公里)及?以[上下]的(?=\p{Script=Han}{1,3}(?:还有|有|达|共|\d))/gu, hints: ['以上的', '以下的'] },
  { pattern: /(?:不足|低于|超过|超)\d{1,9}(?:\.\d{1,4})?[万亿]?元的(?=\p{Script=Han}{1,2}(?:还有|有|达|共|\d))/gu, hints: ['元的'] },
];

/** After a count, the noun that shows it restates a list just named (`城北初级中学两所学校`, `“…”四项重点`). */
export const RESTATE_AFTER = /^\p{Script=Han}/u;
