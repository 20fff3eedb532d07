/**
 * Where a report names its issuer, as data: the field labels of site furniture, the words
 * of breadcrumbs, the organs an issuer's name ends with, and the marks of a masked place.
 */

/** `来源:中阳县卫健局`, `发布机构:雁汀县生态环境分局`, … */
export const FIELD_LABELS = ['信息来源', '来源单位', '发布机构', '发布单位', '发文机关', '发文单位', '供稿单位', '来源', '作者'] as const;

/** A breadcrumb line: `您当前的位置: 首页 > 县卫生健康和体育局 > 总结计划`. */
export const BREADCRUMB = /首页|当前位置|您的位置|所在位置|所在的位置|当前的位置|[>»＞]/u;
/** Splits a breadcrumb; the pieces are trimmed after. */
export const BREADCRUMB_SEPARATOR = /[>»＞]|\s\/\s/u;

/** What an issuing body's name ends with, longest first. */
export const ORGANS = [
  '人民代表大会常务委员会',
  '人民政府办公室',
  '人民政府办公厅',
  '人大常委会',
  '人民政府',
  '政府办公室',
  '委员会',
  '调查队',
  '政府办',
  '办事处',
  '办公室',
  '管委会',
  '分局',
  '政府',
  '中心',
  '局',
  '委',
  '厅',
  '办',
] as const;

/** The level words a place name ends with, as they stand before an organ (`县卫健局`, `镇人民政府`). */
export const LEVEL_WORDS = ['自治区', '自治州', '自治县', '地区', '街道', '省', '市', '州', '盟', '县', '区', '旗', '镇', '乡'] as const;

/** Which level an organ's place word speaks for. */
export const LEVEL_OF_WORD: Readonly<Record<string, 'province' | 'city' | 'county' | 'township'>> = {
  省: 'province',
  自治区: 'province',
  市: 'city',
  州: 'city',
  自治州: 'city',
  盟: 'city',
  地区: 'city',
  县: 'county',
  区: 'county',
  旗: 'county',
  自治县: 'county',
  镇: 'township',
  乡: 'township',
  街道: 'township',
};

/** A masked place: `xx区`, `XX县`, `**市`, `某某县`, `X省`. */
export const MASKED_PLACE = /^(?:[xX×*＊○〇]+|某+)(?:自治区|自治县|省|市|县|区|镇|乡|旗)/u;

/** Names that are words as often as places; matched only right after their city (`晋城市城区`). */
export const GENERIC_NAMES = new Set(['城区', '郊区', '矿区', '东区', '西区', '新区', '新县', '南县']);

/** The words of a report's title: a line that names a place is a title only with one of these or an organ. */
export const GENRE_WORDS = /总结|计划|公报|报告|要点|打算|亮点|通知|意见|方案|规划|纲要|情况|工作|统计|年鉴|门户|政务|网站|信息公开/u;

/** Lines of link lists and related-document blocks, never a title (`- 2024年北京市高考政治试卷`). */
export const LIST_LINE = /^(?:[-·•▪►>]\s|\d{1,2}[.、]\s*本站)|^(?:最新文档|相关文档|相关推荐|猜你喜欢|热门文档|相关资源|上一篇|下一篇)/u;

/** How many non-empty lines at the top of a text are read for its title and furniture. */
export const HEAD_LINES = 14;
