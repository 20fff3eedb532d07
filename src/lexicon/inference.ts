/**
 * Units inferred from a name when the text gives none, exactly as the record
 * contract lists them; first match wins. Nothing else is ever inferred.
 */
export const UNIT_INFERENCE: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:千人口|每千人|千人).*率$|每千人口.*数$/u, '‰'],
  [/孕产妇死亡率$/u, '1/10万'],
  [/率$/u, '%'],
  [/(?:费用|资金|金额|收入|经费|费)$/u, '元'],
  [/(?:人数|人口)$/u, '人'],
  [/户数$/u, '户'],
];
