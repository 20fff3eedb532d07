/**
 * Vocabulary for cutting a figure's name out of its clause. Every table is data;
 * `interpret/name.ts` holds the logic that uses them.
 */

/** Time and scope phrases that open a clause and are not part of the name. */
export const LEADING_PATTERNS: readonly RegExp[] = [
  /^(?:截至|截止)(?:目前|[\dxX]{1,2}月(?:底|末)?|今年[\dxX]{1,2}月(?:底|末)?|年底)?/u,
  /^(?:19|20)[\dxX]{2}年(?:度|上半年|下半年|[\dxX]{1,2}月(?:底|末)?)?/u,
  /^(?:今年|去年|年初|上半年|下半年|全年|年内|当年|本年度?)(?:以来)?/u,
  /^(?:一|二|三|四)季度/u,
  /^(?:全区|全县|全市|全省|全镇|全乡|全国|全镇街|我区|我县|我市|我省|辖区|本区|本县|本市|区内|县内|市内)/u,
  /^[xX]{1,4}(?:区|县|市|省)/u,
  /^在[^,;。]{1,8}?(?:内|中|上|里)/u,
];

/** Words stripped from the front of a name (one jieba word at a time), when enough is left. */
export const LEADING_WORDS: ReadonlySet<string> = new Set([
  '目前', '现', '现有', '现已有', '已有', '已', '已经', '共', '共计', '总共', '合计', '累计', '共有', '其中', '另外', '另', '同时', '并', '且', '均', '都', '各', '对', '在', '于', '为', '向', '按',
  '建成', '签订', '设置', '组织', '开展', '举办', '发放', '成立', '成立了', '指导', '实施', '化解', '办理', '创建', '招引', '促进', '设立', '聘任',
  '建立', '收到', '制作', '更新', '制作更新', '刊载', '印发', '刊载印发', '下发', '接受', '出动', '检查', '评选', '拨付', '组建', '提供', '入户', '通过',
  '新建', '遴选', '配备', '投入', '争取', '完成', '实现', '科学', '规范', '科学规范', '合理', '设有', '录入', '共录入', '了', '有', '开设', '培训', '救治',
  '每天', '每年', '每月', '先后', '进一步', '持续', '积极', '大力', '全力', '累计完成', '顺利', '圆满',
]);

/** Words stripped from the end of a name (what links the name to the figure). */
export const TRAILING_WORDS: readonly string[] = [
  '分别为', '分别达', '分别是', '做到了', '做到', '达到了', '达到', '提高到', '提升到', '提升至', '提高至', '增加到', '增加至', '降低到', '降低至', '下降到', '下降至', '减少到', '减少至', '压缩至', '压缩到', '降至', '升至', '增至', '缩短至', '控制在',
  '为', '达', '是', '约', '共', '共计', '总计', '合计', '累计', '共有', '有', '了', '至', '到', '均', '都', '各', '等', '近', '逾', '超', '仅', '已', '已达', '占', '计',
];

/** Linking verbs: a name that ends in a measure noun is cut before them (`资金支出率达全年资金的`). */
export const LINKING_VERBS: readonly string[] = ['达到', '达', '为', '是', '占'];

/** A name before a linking verb must end in one of these to be cut there. */
export const MEASURE_NOUN_ENDINGS: readonly string[] = ['率', '数', '量', '额', '金', '费', '值', '比', '速', '度', '收入', '税收', '营收', '人口'];

/** After these verbs the rest of the clause is the name (`…筛查完成宫颈癌筛查`), unless a rate follows. */
export const SPLIT_VERBS: readonly string[] = ['完成', '实现', '共', '共计', '已经'];

/** A name that follows a count stops before these (`147名村医进行了…`). */
export const FOLLOWING_STOPS: readonly string[] = [
  '(', '进行', '被', '参与', '参加', '继续', '纳入', '延伸', '已经', '已', '均', '为', '采取', '进入', '建成', '开设', '持续', '和', '与', '获得', '通过', '作为', '实现', '全部', '共', '累计', '正在', '将', '按', '的',
];
