/**
 * Every regex the figure finder uses, named and documented. A test checks each
 * for catastrophic backtracking.
 */
import { QUALIFIER_INSIDE } from '../lexicon/qualifiers.js';

/** A number token: Arabic digits (thousands separators, decimals), a masked figure, or Chinese numerals. */
export const NUMBER_TOKEN =
  /(?<num>(?<![\dA-Za-z.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|(?<![\dA-Za-z.])\d+(?:\.\d+)?)|(?<masked>(?<![a-z\d.*xX])(?:[xX]{1,8}(?:\.[xX]{1,6})?|\*{2,8}(?:\.\*{1,6})?)(?![a-wyzA-WYZ]))|(?<zh>(?<![零〇一二两三四五六七八九十百千万亿第])[零〇一二两三四五六七八九十百千]{1,6})/gu;

/** A range joiner between two numbers (`1-3`, `1至3`, `1.2——2.5`). */
export const RANGE_JOINER = /\s?(?:-{1,2}|~|—{1,2}|–|至|到)\s?/uy;
/** The second number of a range, Arabic or masked. */
export const RANGE_END = /\d+(?:\.\d+)?|[xX]{1,8}(?:\.[xX]{1,6})?|\*{2,8}/uy;

/** `余`/`多` inside a figure (`80余次`, `3.4万余人次`). */
export const INSIDE_ABOUT = new RegExp(`[${[...QUALIFIER_INSIDE.keys()].join('')}]`, 'uy');
/** A magnitude right after the number. */
export const MAGNITUDE = /万亿|千万|百万|亿|万|千/uy;
/** One space may stand between a figure and its unit (`xx.xxxx 万元`). */
export const UNIT_GAP = / (?=[万亿千元%‰人个家名次份项例])/uy;
/** Qualifier words after the figure. */
export const AFTER_QUALIFIER = /及以上|及以下|左右|上下|以上|以下|以内|内/uy;

/** A clock time or ratio joiner after a number. */
export const COLON_NUMBER = /:(?=\d)/uy;

/** Characters after a unit that show the unit was really the start of a word (`3家庭`). */
export const UNIT_BLOCKERS: ReadonlyMap<string, RegExp> = new Map([
  ['家', /^庭/u],
  ['人', /^[民员]/u],
  ['个', /^[体人]/u],
  ['天', /^然/u],
  ['年', /^[度底初末级]/u],
  ['次', /^[要]/u],
]);
