/**
 * Table headers and the role of the column under them. First match wins, so the
 * more specific words (完成率 before 完成) come first.
 */
export type ColumnRole = 'name' | 'target' | 'completion' | 'actual' | 'unit' | 'change' | 'other';

export const COLUMN_ROLES: ReadonlyArray<readonly [RegExp, ColumnRole]> = [
  [/完成率|完成比例|完成进度|完成比率|完成百分比/u, 'completion'],
  [/增幅|增长|增速|同比|比上年|较上年/u, 'change'],
  [/^(?:计量)?单位$/u, 'unit'],
  [/任务|目标|计划|预期|考核值|标准值/u, 'target'],
  [/完成|实际|实绩|实现|数值|结果|完成值|累计|合计|本年|本期|(?:19|20)\d\d年?$/u, 'actual'],
  [/指标|名称|项目|内容|类别|事项/u, 'name'],
];

/** A unit given in a header (`完成数(万元)`, `完成率%`) or a caption (`单位:万元`). */
export const HEADER_UNIT = /[(]\s?(?<unit>[^()]{1,6})\s?[)]\s?$|(?<pct>%)$/u;
export const CAPTION_UNIT = /单位\s?[:]?\s?(?<unit>[^\s,;。)]{1,6})/u;

/** Cells that mean "nothing here". */
export const EMPTY_CELL = /^(?:[-—–/\\]+|无|空|暂无|n\/?a)?$/iu;
