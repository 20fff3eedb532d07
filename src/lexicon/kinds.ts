/** Vocabulary for the kind of a figure: a change, a target, or an actual value. */

/** A rise or fall immediately before the figure (`提升1-3个百分点`, `同比下降5%`). */
export const CHANGE_UP: readonly string[] = ['提升', '提高', '增长', '增加', '上升', '增长了', '提高了', '提升了', '增加了', '上升了', '同比增长', '比上年增长', '较上年增长', '同比提高', '同比上升', '环比增长', '上涨', '回升', '扩大', '加快', '提速', '增加了', '改善', '净增', '净增加', '净增长'];
export const CHANGE_DOWN: readonly string[] = ['下降', '减少', '降低', '下降了', '减少了', '降低了', '同比下降', '比上年下降', '较上年下降', '同比减少', '环比下降', '回落', '收窄', '缩小', '下滑', '下跌', '放缓', '缩减', '压减', '减少了', '净减', '净减少', '净下降'];

/** Names that measure a change by themselves (`工资总额增速`). */
export const CHANGE_NAME_ENDINGS: readonly string[] = ['增速', '增幅', '降幅', '涨幅'];

/**
 * Words in a sentence before the figure that make it a goal. `按照…要求` (as required)
 * and `计划生育` (family planning) are not goals.
 */
export const GOAL_PATTERNS: readonly RegExp[] = [
  /力争|确保|争取(?!上级|中央|省级|省|市级|资金|专项|债券|到位|新增|各类|国家)|目标是|目标为|预期目标|目标:|务必|要达到/u,
  /(?:^|[,;:。])\s*(?:同时,?)?要求/u,
];

/** Goal words that govern only their own clause (`计划新建…`, not `为年度计划的108.7%` nor `年度计划…，已开工21个`). */
export const CLAUSE_GOAL_PATTERNS: readonly RegExp[] = [/计划(?!生育|单列|的|内|任务的|完成|推进|执行)/u];

/** A clause that reports what was done against a plan (`已开工21个`, `实际完成45亿元`): never a goal. */
export const DONE_CLAUSE = /^(?:已|实际|目前已|现已|累计已)/u;

/**
 * A difference from a goal, a schedule or another rate is a change, signed by its direction
 * (`超时序进度3.4个百分点`, `低于年初目标1.6个百分点`, `慢于时序进度1.3个百分点`, `高于…增速4.2个百分点`).
 */
export const GAP_BELOW = /(?:低于|慢于|落后于?|少于|未达)[^,;。:]{0,14}(?:目标|进度|增速|平均水平|平均|水平|计划|预期|幅度)[^,;。:\d]{0,3}$/u;
/** A comparison with a peer or a base (`增速比全省高1.2个百分点`, `比上年少3个`): a change, signed by its word. */
export const PEER_BELOW = /比[^,;。:\d]{1,10}(?:低|慢|少|差)(?:了)?$/u;
export const PEER_ABOVE = /比[^,;。:\d]{1,10}(?:高|快|多|好)(?:了|出)?$/u;
export const GAP_ABOVE = /(?:超出|超过|超|高于|快于|领先|多于)[^,;。:]{0,14}(?:目标|进度|增速|平均水平|平均|水平|计划|预期|幅度)[^,;。:\d]{0,3}$/u;

/** Headings or titles that open a plan: every figure under them is a goal unless it is a change. */
export const PLAN_HEADING = /(?:工作计划|工作安排|工作打算|工作部署|工作思路|工作要点|工作目标|主要目标|预期目标|重点任务|下一步|下步|计划|打算|安排|展望)/u;
/** A first-level heading that goes back to the review (a plan heading's reach ends there). */
export const REVIEW_HEADING = /(?:回顾|完成情况|工作总结|主要成效|主要成绩|工作成效|取得的成绩|存在的问题|问题和不足|存在问题)/u;
/** A title that is a plan and nothing else (no report part). */
export const PLAN_TITLE = /(?:计划|要点|打算|安排)/u;
export const REPORT_TITLE = /(?:总结|亮点|情况|报告|公报|汇报|回顾|成效|述职)/u;

/** A goal tied to the figure before it: `(全年任务62%)`, `任务50%)`, `目标值(37%)`. */
export const TARGET_LEAD = /^\s?[(]?\s?(?:全年任务|年度任务|全年目标|年度目标|目标任务|任务数|任务|目标值|目标|计划)\s?(?:为|是|:)?\s?$/u;
/** Text before a figure that makes it a goal (`筛查任务49名`, `(全年任务62%)`, `目标值(37%)`). */
export const GOAL_LEAD_END = /(?:任务数?|目标值?|计划数?)\s?[(:]?\s?(?:为|是)?\s?$/u;
/** A goal named after the figure (`低于4.2%的控制目标`). */
export const TARGET_AFTER = /^的?(?:控制|年度|全年|市下达|省定|省下达)?(?:目标|指标)/u;
/** A schedule (`2021年40%达到标准`): a year right before the figure and a verb of reaching after it. */
export const SCHEDULE_AFTER = /^(?:达到|完成|实现)/u;
