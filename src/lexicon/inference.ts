/**
 * Units inferred from a name when the text gives none, exactly as the record
 * contract lists them; the first rule that matches wins. Nothing else is ever inferred.
 */
export interface InferenceRule {
  /** The name ends with one of these. */
  readonly endsWith: readonly string[];
  /** And, when given, contains one of these. */
  readonly contains?: readonly string[];
  readonly unit: string;
}

export const UNIT_INFERENCE: readonly InferenceRule[] = [
  { endsWith: ['率'], contains: ['千人口', '每千人', '千人'], unit: '‰' },
  { endsWith: ['数'], contains: ['每千人口'], unit: '‰' },
  { endsWith: ['孕产妇死亡率'], unit: '1/10万' },
  { endsWith: ['率'], unit: '%' },
  { endsWith: ['费用', '资金', '金额', '收入', '经费', '费'], unit: '元' },
  { endsWith: ['人数', '人口'], unit: '人' },
  { endsWith: ['户数'], unit: '户' },
];

/**
 * Quantities that never had a unit: a ratio or an index written as one number (`城乡居民收入比2.03`,
 * `灌溉水有效利用系数0.562`, `美元平均汇率7.12`). They are records with unit null, and a name that
 * ends so takes no unit by inference (an exchange rate is no percentage).
 */
export const UNITLESS_NAME_ENDINGS: readonly string[] = ['收入比', '比值', '系数', '指数', '汇率', '倍数', '基尼系数', '之比'];
