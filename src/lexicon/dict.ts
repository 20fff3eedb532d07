/**
 * Domain words added to jieba's dictionary so that indicator names cut cleanly
 * (`签约率` stays one word, `我区` is a scope word). Format: word, frequency.
 */
export const DOMAIN_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['我区', 5000], ['我县', 5000], ['我市', 5000], ['全区', 5000], ['全县', 5000], ['辖区', 5000],
  ['签约率', 3000], ['完成率', 3000], ['建档率', 3000], ['管理率', 3000], ['接种率', 3000], ['覆盖率', 3000],
  ['履约率', 3000], ['检出率', 3000], ['采集率', 3000], ['报告率', 3000], ['死亡率', 3000], ['增长率', 3000],
  ['互认', 3000], ['人次', 3000], ['剂次', 3000], ['家次', 3000], ['户次', 3000], ['场次', 3000],
  ['家庭医生', 4000], ['医联体', 3000], ['医共体', 3000], ['卫生院', 4000], ['卫生室', 4000], ['社区卫生服务中心', 4000],
  ['健康管理', 3000], ['规范管理', 3000], ['系统管理', 3000], ['严重精神障碍', 3000], ['公共卫生', 4000],
  ['制作更新', 2000], ['刊载印发', 2000], ['科学规范', 2000], ['共计', 3000], ['累计', 3000], ['现已有', 2000],
];

/** jieba's user-dictionary text for the table above. */
export function domainDictText(): string {
  return DOMAIN_WORDS.map(([w, f]) => `${w} ${f}`).join('\n');
}
