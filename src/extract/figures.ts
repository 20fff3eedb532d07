/**
 * Find figures: number tokens with their range, magnitude, unit and qualifiers,
 * resolved to exact values. Rejections here are the ones the figure itself shows
 * (dates, ages, ordinals, years, names); what needs the clause is left to interpret.
 */
import type { Qualifier } from '../schema.js';
import { ZH_COUNT_UNITS, type UnitKind } from '../lexicon/units.js';
import { DEFAULT_LEXICON, type Lexicon } from '../lexicon/extend.js';
import { RESTATE_BEFORE } from '../lexicon/terms.js';
import { insideName, type Masked } from './context.js';
import { parseChineseNumeral, scaleDecimal } from './numbers.js';
import { COLON_NUMBER, NUMBER_TOKEN } from './patterns.js';
import { qualifierAfter, qualifierBefore, readRange, readRatio, readTail, sticky, type Numeral, type Tail } from './readers.js';

export type { Numeral } from './readers.js';

export interface Figure {
  /** `raw` is text.slice(start, end). */
  start: number;
  end: number;
  /** Start including a qualifier word before it; end including one after it. */
  outerStart: number;
  outerEnd: number;
  numeral: Numeral;
  value: number | null;
  valueMax: number | null;
  masked: boolean;
  unit: string | null;
  unitKind: UnitKind | null;
  magnitude: number;
  qualifier: Qualifier | null;
  /** Figures in a ratio (`25.72:26.84:47.44`) share a group id. */
  ratio: number | null;
  /** The number as written (digits, mask or numeral) and a range's second number: kept to rescale a list's figures. */
  token: string;
  second: string | null;
  /** Not a record, but a name never reaches back across it (`产妇出院后3-7天内接受产后访视`). */
  barrier: boolean;
  rule: string;
}

/** `“A”“B”两个项目` after 将, or `后两个阶段`: a count that restates a list just named. */
function restatesList(text: string, start: number): boolean {
  const lead = text.slice(Math.max(0, start - 40), start);
  if (RESTATE_BEFORE.test(lead)) return true;
  if (!lead.endsWith('”')) return false;
  const jiang = lead.lastIndexOf('将');
  return jiang >= 0 && !/[,;。]/u.test(lead.slice(jiang));
}

function resolve(token: string, numeral: Numeral, shift: number): number | null {
  if (numeral === 'masked') return null;
  if (numeral === 'zh') return parseChineseNumeral(token);
  return scaleDecimal(token, shift);
}

/** Why the figure itself shows it is no record: a date, an age, a page, a year, a name, an ordinal list item. */
function rejected(text: string, names: Masked, token: string, numeral: Numeral, second: string | null, tail: Tail, start: number): boolean {
  const unit = tail.unit;
  if (numeral === 'zh') {
    if (!unit || !ZH_COUNT_UNITS.has(unit.text) || second || parseChineseNumeral(token) === 1) return true;
    if (restatesList(text, start)) return true;
  }
  if (unit && (unit.kind === 'age' || unit.kind === 'page')) return true;
  if (unit?.kind === 'date' && !(unit.text === '日' && text[tail.end] === '内')) return true;
  if (unit?.kind === 'duration' && unit.text === '年' && /^(?:19|20)\d\d$/u.test(token)) return true;
  if (!unit && /^[A-Za-z]/u.test(text[tail.end] ?? '')) return true;
  return insideName(names, start, tail.end);
}

/** Length of a minus sign right before an Arabic figure (`-`, `−`, `负`), 0 when none or when it joins a range or a code. */
function minusBefore(text: string, start: number): number {
  const c = text[start - 1];
  if (c === '负') return 1;
  if (c !== '-' && c !== '−') return 0;
  const b = text[start - 2] ?? '';
  return /[\p{Script=Han},;:(。、 ]|^$/u.test(b) ? 1 : 0;
}

const bare = (start: number, end: number, numeral: Numeral): Figure => ({
  start, end, outerStart: start, outerEnd: end, numeral, value: null, valueMax: null, masked: false,
  unit: null, unitKind: null, magnitude: 0, qualifier: null, ratio: null, token: '', second: null, barrier: false, rule: '',
});

/** Every figure candidate of the text, in order. */
export function findFigures(text: string, names: Masked, lexicon: Lexicon = DEFAULT_LEXICON): Figure[] {
  const out: Figure[] = [];
  let ratioId = 0;
  const tokens = new RegExp(NUMBER_TOKEN);
  for (let m = tokens.exec(text); m !== null; m = tokens.exec(text)) {
    const g = m.groups!;
    const numeral: Numeral = g['num'] !== undefined ? 'arabic' : g['masked'] !== undefined ? 'masked' : 'zh';
    const token = m[0];
    const start = m.index;
    const tokenEnd = start + token.length;
    const before = text[start - 1] ?? '';
    if (before === '第' || before === '/') continue; // an ordinal, or a fraction's denominator
    if (numeral === 'arabic' && (/^[xX]/u.test(text[tokenEnd] ?? '') || (text[tokenEnd] === '/' && !text.startsWith('/10万', tokenEnd)))) continue;

    if (numeral === 'arabic' && sticky(COLON_NUMBER, text, tokenEnd)) {
      const ratio = readRatio(text, start);
      if (ratio.isRatio && !insideName(names, start, start + ratio.length)) {
        ratioId++;
        let at = start;
        for (const part of ratio.parts) {
          out.push({ ...bare(at, at + part.length, numeral), value: scaleDecimal(part, 0), ratio: ratioId, rule: 'figure.ratio' });
          at += part.length + 1;
        }
      }
      tokens.lastIndex = Math.max(tokens.lastIndex, start + ratio.length);
      continue;
    }

    const range = readRange(text, tokenEnd, numeral);
    const tail = readTail(text, range.end, numeral, lexicon);
    const end = tail.end;
    tokens.lastIndex = Math.max(tokens.lastIndex, end);
    if (rejected(text, names, token, numeral, range.second, tail, start)) continue;

    let qualifier: Qualifier | null = tail.inside;
    let outerEnd = end;
    const after = tail.unit || tail.magnitude ? qualifierAfter(text, end) : null;
    if (after) {
      if (range.second && tail.unit?.kind === 'duration' && after.word === '内') {
        // `3-7天内`: a window describing a group, not a figure of the report.
        out.push({ ...bare(start, end, numeral), outerEnd: end + 1, barrier: true, rule: 'barrier.window' });
        continue;
      }
      qualifier = after.qualifier;
      outerEnd = end + after.word.length;
    }

    const shift = tail.unit?.kind === 'rate' ? 0 : tail.magnitude;
    const masked = numeral === 'masked';
    // A written minus sign (`增长-2.3%`, `为-1.11‰`, `负13.5`) belongs to the figure and to its raw.
    const signAt = numeral === 'arabic' && !range.second ? minusBefore(text, start) : 0;
    const figStart = start - signAt;
    const lead = qualifierBefore(text, figStart);
    if (lead) qualifier = lead.qualifier;
    const value = resolve(token, numeral, shift);
    out.push({
      start: figStart, end, outerStart: lead ? figStart - lead.word.length : figStart, outerEnd, numeral,
      value: value !== null && signAt > 0 ? -value : value,
      valueMax: range.second ? resolve(range.second, numeral, shift) : null,
      masked,
      unit: tail.unit?.unit ?? null,
      unitKind: tail.unit?.kind ?? null,
      magnitude: tail.magnitude,
      qualifier,
      ratio: null,
      token,
      second: range.second,
      barrier: false,
      rule: masked ? 'figure.masked' : numeral === 'zh' ? 'figure.zh' : range.second ? 'figure.range' : 'figure.arabic',
    });
  }
  carryListUnits(text, out);
  return out;
}

/** What stands between two figures of one list (`48、19、7微克/立方米`, `0.1和0.3个百分点`). */
const LIST_JOINER = /^\s?[、和及与]\s?$/u;

/**
 * A unit written only after the last figure of a list belongs to every figure of it
 * (`分别为48、19、7微克/立方米`, `分别上升0.1和0.3个百分点`, `x.x个和x.x个百分点`).
 */
function carryListUnits(text: string, figs: Figure[]): void {
  for (let i = figs.length - 2; i >= 0; i--) {
    const f = figs[i]!;
    const next = figs[i + 1]!;
    if (f.barrier || next.barrier || f.ratio !== null || next.unit === null || f.numeral !== next.numeral) continue;
    if (!LIST_JOINER.test(text.slice(f.outerEnd, next.outerStart))) continue;
    const bareFigure = f.unit === null && f.magnitude === 0;
    const partOfUnit = f.unit !== null && f.unit !== next.unit && next.unit.startsWith(f.unit) && f.magnitude === next.magnitude;
    if (!bareFigure && !partOfUnit) continue;
    const shift = next.unitKind === 'rate' ? 0 : next.magnitude;
    const sign = f.value !== null && f.value < 0 ? -1 : 1;
    const value = resolve(f.token, f.numeral, shift);
    f.unit = next.unit;
    f.unitKind = next.unitKind;
    f.magnitude = next.magnitude;
    f.value = value === null ? null : sign * value;
    f.valueMax = f.second ? resolve(f.second, f.numeral, shift) : null;
    f.rule += '+unit.list';
  }
}
