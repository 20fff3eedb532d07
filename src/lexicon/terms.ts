/**
 * Standard terms, slogans and names that hold numbers which are not figures
 * (`2型糖尿病`, `健康66条`, `x种严重精神障碍`, `八项规定`). A figure inside one is skipped.
 */
export const NAME_TERMS: readonly string[] = [
  '2型糖尿病', '1型糖尿病', '健康素养66条', '健康66条', '三减三健', '八项规定', '中央八项规定',
  'x种严重精神障碍', 'X种严重精神障碍', '6种严重精神障碍', '六种严重精神障碍', '十四五', '十三五', '十五五',
  '一老一小', '一岗双责', '三次产业', '一次性', '三医联动', '五医联动', '二十大', '二十届', '七项重点指标',
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
