/**
 * Vocabulary for cutting a figure's name out of its clause. Every table is data;
 * `interpret/name.ts` holds the logic that uses them.
 */

/** Time and scope phrases that open a clause and are not part of the name. */
export const LEADING_PATTERNS: readonly RegExp[] = [
  /^(?:\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、|\(\d{1,2}\)|\d{1,2}[.、](?!\d)|[①-⑳])/u,
  /^(?:截至|截止)(?:目前|[\dxX]{1,2}月(?:底|末)?|今年[\dxX]{1,2}月(?:底|末)?|年底)?/u,
  /^(?:19|20)[\dxX]{2}年(?:度|上半年|下半年|[\dxX]{1,2}月(?:底|末)?)?/u,
  /^(?:今年|去年|年初|上半年|下半年|全年|年内|当年|本年度?)(?:以来)?/u,
  /^(?:一|二|三|四)季度/u,
  /^(?:全区|全县|全市|全省|全镇|全乡|全国|全镇街|我区|我县|我市|我省|辖区|本区|本县|本市|区内|县内|市内)/u,
  /^[xX]{1,4}(?:区|县|市|省)/u,
  /^在[^,;。]{1,8}?(?:内|中|上|里)/u,
  /^按[^,;。]{1,12}?(?:计算|折算|测算|统计|口径)/u,
];

/** Words stripped from the front of a name (one jieba word at a time), when enough is left. */
export const LEADING_WORDS: ReadonlySet<string> = new Set([
  '目前', '现', '现有', '现已有', '已有', '已', '已经', '共', '共计', '总共', '合计', '累计', '共有', '其中', '另外', '另', '同时', '并', '且', '均', '都', '各', '对', '在', '于', '为', '向', '按',
  '建成', '签订', '设置', '组织', '开展', '举办', '发放', '成立', '成立了', '指导', '实施', '化解', '办理', '创建', '招引', '促进', '设立', '聘任',
  '建立', '收到', '制作', '更新', '制作更新', '刊载', '印发', '刊载印发', '下发', '接受', '出动', '检查', '评选', '拨付', '组建', '提供', '入户', '通过',
  '遴选', '配备', '投入', '争取', '完成', '实现', '科学', '规范', '科学规范', '合理', '设有', '录入', '共录入', '了', '有', '开设', '培训', '救治',
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

/**
 * Comparison frames (`比上年`, `同比`, `较2022年末`, `与上年相比`): never part of a name.
 * A fragment, matched at the end or the start of a name by `interpret/name.ts`.
 */
export const COMPARISON_FRAME =
  '(?:同比|环比|(?:比|较|与|同)(?:上年同期|去年同期|上年末|去年末|上年底|上年|去年|年初|上月|上季度|同期|上半年|(?:19|20)[\\dxX]{2}年(?:末|底|同期|的)?)(?:相比|同期)?)';

/**
 * The start of a level reached (`由2018年的1856亿元增加到2023年的2630亿元`, `从126.5亿元增至168.2亿元`):
 * the base's `由…的` and the level's `…年的` frame the figures and are no part of their names.
 */
export const LEVEL_FRAME_END = /(?:(?:由|从)(?:(?:19|20)[\dxX]{2}年(?:末|底)?|上年|去年|年初)?的?|(?:19|20)[\dxX]{2}年(?:末|底)?的)$/u;

/** Goal, reporting and linking words that open or close a clause and are not part of a name. */
export const FRAME_WORDS_END: readonly string[] = [
  '年均', '年平均', '分别', '均', '还有', '剩余', '保持在', '稳定在', '维持在', '保持', '稳定', '高达', '约合', '折合', '仅为', '只有', '突破', '超过', '达',
  '力争', '确保', '争取', '力求', '预计', '计划', '努力', '要', '将', '同比', '环比', '调整为', '缩小为', '扩大为', '提高为', '调整', '由',
];
export const FRAME_WORDS_START: readonly string[] = [
  '力争', '确保', '争取', '力求', '预计', '努力', '要', '将', '和', '及', '与', '并', '、', '其中', '全年', '年末', '年底', '当年',
];

/**
 * Heads that say nothing alone (`总数达到186家`, `支出x.xx亿元`, `占…的比重`): they take their
 * referent from the subject before them (`规模以上工业企业总数`, `职工医保基金支出`).
 */
export const GENERIC_HEADS: readonly string[] = [
  '总数', '总量', '总额', '总产', '总产量', '总产值', '产值', '产量', '投资', '支出', '收入', '比重', '比例', '占比', '份额', '余额',
  '规模', '增速', '增幅', '降幅', '金额', '资金', '数量', '人数', '户数', '面积', '亩产', '单产', '结余', '利润', '营收', '营业收入',
];

/** Verbs that open a count's name and are not part of the referent a generic head takes (`新增规模以上工业企业23家，总数达到186家`). */
export const REFERENT_LEADING_VERBS: readonly string[] = ['新增', '新建', '新开工', '新签约', '新引进', '引进', '培育', '认定', '实现', '完成'];

/** Words that name two members at once, for lists distributed by 分别 (`城乡居民…分别`). */
export const DISTRIBUTIVE_COMPOUNDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['城乡', ['城镇', '农村']],
  ['中小学', ['中学', '小学']],
  ['进出口', ['进口', '出口']],
  ['男女', ['男性', '女性']],
]);

/**
 * A completion stated in the text (`完成全年目标任务的52.4%`, `为预算的101.6%`, `占年计划的53.4%`):
 * named by its phrase, verb kept, without `的`.
 */
export const COMPLETION_PHRASE = /^(?:超额)?(?:完成|为|占|达到|相当于)[^,;。:]{0,20}(?:计划|任务|目标|预算|进度|指标)(?:数|值)?的$/u;

/**
 * `N X do Y` (`三名教师被评为省级骨干教师`, `212个村全部建立“一站式”服务大厅`): when a count opens its
 * clause, a predicate that starts with one of these stays in the name; the adverbs among them go.
 */
export const COUNT_PREDICATE_VERBS: readonly string[] = ['被', '获评', '获', '实现', '完成', '达到', '受到', '建立', '全部', '均', '通过', '获得'];
export const COUNT_PREDICATE_ADVERBS: readonly string[] = ['全部', '均', '都', '已', '已经', '顺利'];
/** Longest predicate kept in such a name (characters). */
export const COUNT_PREDICATE_MAX = 24;

/** A method frame (`按可比价格计算`, `按年平均汇率折算`): a clause that says how, never what. */
export const METHOD_FRAME = /^(?:按照?)?[^,;。]{0,12}(?:计算|折算|测算)$/u;

/** A distributive frame standing alone (`平均每个乡镇不到两人`): it says per what, never what. */
export const PER_FRAME = /^(?:平均)?每个?(?:乡镇|村|社区|学校|医院|企业|单位|县|区|市|人|户|家)$/u;

/** After a count, a generic noun that restates the figures just named (`两项指标分别…`). */
export const RESTATING_NOUNS: readonly string[] = ['指标', '数据', '数字'];

/** Verbs of a level reached (`93.2%提高到95.6%`): a rate before one is named by what stands before it only. */
export const LEVEL_VERBS: readonly string[] = ['提高到', '增加到', '降至', '升至', '增至', '提升至', '下降到', '调整为', '缩小为', '扩大为'];
