/**
 * Table headers and the role of the column under them. First match wins, so the
 * more specific words (完成率 before 完成, 上年同期 before 本期) come first.
 *
 * - `name`: what the row measures; `unit`: the unit of the row's figures;
 * - `actual`: the figure reported (完成数, 本期, `2024年`, 绝对数);
 * - `previous`: the same figure a year before (上年同期), an actual record of its own;
 * - `target`: the goal (全年任务, 目标值, `2023年目标`): the actual's target, or a target record when no actual column;
 * - `completion`: the 完成率 of the actual against the target;
 * - `change`: growth or the difference (比上年增长, 增减), a change record.
 */
export type ColumnRole = 'name' | 'target' | 'completion' | 'actual' | 'previous' | 'unit' | 'change' | 'other';

export const COLUMN_ROLES: ReadonlyArray<readonly [RegExp, ColumnRole]> = [
  [/完成率|完成比例|完成进度|完成比率|完成百分比/u, 'completion'],
  [/增幅|增长|增速|同比|比上年|较上年|增减|增量|变化/u, 'change'],
  [/^(?:计量)?单位$/u, 'unit'],
  [/上年同期|上年|去年同期|去年|上期/u, 'previous'],
  [/任务|目标|计划|预期|预算|考核值|标准值/u, 'target'],
  [/完成|实际|实绩|实现|数值|结果|完成值|累计|合计|本年|本期|本月|绝对数|总量|数量|金额|(?:19|20)\d\d年?$|\d{1,2}月份?$/u, 'actual'],
  [/指标|名称|项目|内容|类别|事项|分类/u, 'name'],
];

/** A change column of rates (`比上年增长`, `增速`, `同比`), in percent when its header gives no unit; `增减` is a difference. */
export const RATE_HEADER = /增长|增速|增幅|同比|比上年|较上年/u;

/** Headers of columns that hold no figure of the row (numbering, ranks, notes, who and when). */
export const NOT_A_FIGURE_HEADER = /序号|编号|排名|排序|名次|备注|说明|责任|牵头|配合|时间|日期|时限|联系|电话|地址|来源|单位$/u;

/** Name columns by how specific they are: an `指标` column names the row before a `类别` one. */
export const SPECIFIC_NAME_HEADER = /指标|名称|项目|事项/u;

/** A unit given in a header (`完成数(万元)`, `完成率%`) or a caption (`单位:万元`). */
export const HEADER_UNIT = /[(]\s?(?:单位\s?[:]?\s?)?(?<unit>[^()]{1,6})\s?[)]\s?$|(?<pct>%)$/u;
export const CAPTION_UNIT = /单位\s?[:：]?\s?(?<unit>[^\s,，;；。)）]{1,6})/u;

/** A header or unit-row cell that is only a unit in brackets (`(万元)`), or `单位:万元`. */
export const UNIT_ONLY_CELL = /^(?:[(]\s?(?<a>[^()\d]{1,6})\s?[)]|单位\s?[:]\s?(?<b>[^\s\d]{1,6}))$/u;

/** Cells that mean "nothing here". */
export const EMPTY_CELL = /^(?:[-—–/\\]+|无|空|暂无|n\/?a)?$/iu;

/** A cell that is a bare number (signed), to which the column's unit is added. */
export const BARE_NUMBER = /^[+-]?[\d.,xX*]+$/u;

/** The magnitude at the start of a column's unit (`万头`), taken off once the figure is scaled. */
export const UNIT_MAGNITUDE = /^(?:千万|百万|万|亿)/u;

/** A leading minus sign on a figure in a cell (`-3.8`, `−0.4`). */
export const MINUS_SIGN = /^[-−－]\s?(?=\d)/u;

/** A list number at the start of a name cell (Word numbering kept: `1.`, `(1)`, `①`). */
export const CELL_LIST_NUMBER = /^(?:\d{1,2}[.、]\s?|[(]\d{1,2}[)]\s?|[①-⑳]\s?)(?=\S)/u;
