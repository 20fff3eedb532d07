/**
 * Every regex the figure finder uses, named and documented. A test checks each
 * for catastrophic backtracking.
 */
import { QUALIFIER_INSIDE } from '../lexicon/qualifiers.js';

/** A number token: Arabic digits (thousands separators, decimals), a masked figure, or Chinese numerals. */
export const NUMBER_TOKEN =
  /(?=[\dxX*百千万十亿零〇一二两三四五六七八九])(?:(?<num>(?<![\dA-Za-z.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|(?<![\dA-Za-z.])\d+(?:\.\d+)?)|(?<masked>(?<![a-z\d.*xX])(?:[xX]{1,8}(?:\.[xX]{1,6})?|\*{2,8}(?:\.\*{1,6})?)(?![a-wyzA-WYZ]))|(?<pct>[百千万]分之(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]{1,6}))|(?<approx>(?<=[上近数几])(?:百万|千万|十|百|千|万|亿))|(?<zh>(?<![零〇一二两三四五六七八九十百千万亿第])[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]{0,9}))/gu;

/** `百分之九十五` → `%`, `千分之三` → `‰`, `万分之一` → `‱`. */
export const PERCENT_WORDS: ReadonlyMap<string, string> = new Map([['百分之', '%'], ['千分之', '‰'], ['万分之', '‱']]);

/** `九成`: 成 is ten percent, unless it starts a word (`成为`, `成立`). */
export const TENTHS = /成(?![为立功果效本员绩长熟交型片规就绩])/uy;

/** The rest of a mixed figure after its magnitude (`3万4000`, `25万6千`, `1千零1`). */
export const MIXED_REST = /零?(?:\d{1,4}(?![\d.])|[一二两三四五六七八九](?=[千百]))[千百]?/uy;

/** Two neighbouring digits written together are a range (`两三个`, `三四家`). */
export const ZH_PAIR_RANGE = /^([一二两三四五六七八九])([二三四五六七八九])$/u;

/** A range joiner between two numbers (`1-3`, `1至3`, `1.2——2.5`). */
export const RANGE_JOINER = /\s?(?:-{1,2}|~|—{1,2}|–|至|到)\s?/uy;
/** The second number of a range, Arabic or masked. */
export const RANGE_END = /\d+(?:\.\d+)?|[xX]{1,8}(?:\.[xX]{1,6})?|\*{2,8}/uy;

/** `余`/`多` inside a figure (`80余次`, `3.4万余人次`). */
export const INSIDE_ABOUT = new RegExp(`[${[...QUALIFIER_INSIDE.keys()].join('')}]`, 'uy');
/** A magnitude right after the number. */
export const MAGNITUDE = /万亿|千万|百万|亿|万|千/uy;
/** One space or line break may stand between a figure and its unit (`xx.xxxx 万元`, `38 公顷`); kept only when a unit follows. */
export const UNIT_GAP = /[ \n](?=[^\s\d])/uy;
/** Qualifier words after the figure. */
export const AFTER_QUALIFIER = /及以上|及以下|左右|上下|以上|以下|以内|内/uy;

/** A clock time or ratio joiner after a number. */
export const COLON_NUMBER = /:(?=\d)/uy;

/** Characters after a unit that show the unit was really the start of a word (`3家庭`). */
export const UNIT_BLOCKERS: ReadonlyMap<string, RegExp> = new Map([
  ['家', /^庭/u],
  ['张床', /^位/u],
  ['人', /^[民员]/u],
  ['个', /^[体人]/u],
  ['天', /^然/u],
  ['年', /^[度底初末级]/u],
  ['次', /^[要]/u],
  ['对', /^[\d象于接口照比标外应]/u],
  ['起', /^[到来步草诉见始]/u],
  ['只', /^[有是能要需在]/u],
  ['分', /^[别之类钟局配期批解管布步析]/u],
  ['升', /^[级至到为高]/u],
  ['眼', /^[睛光]/u],
  ['克', /^[服难]/u],
  ['架', /^[构]/u],
  ['宗', /^[旨教]/u],
  ['头', /^[等]/u],
  ['笔', /^[记试]/u],
]);

/** What stands between two figures of one list (`48、19、7微克/立方米`, `0.1和0.3个百分点`). */
export const LIST_JOINER = /^\s?[、和及与]\s?$/u;
