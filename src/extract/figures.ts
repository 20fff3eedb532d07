/**
 * Find figures: number tokens with their range, magnitude, unit and qualifiers,
 * resolved to exact values. Rejections here are the ones the figure itself shows
 * (dates, ages, ordinals, years, names); what needs the clause is left to interpret.
 */
import type { Qualifier } from '../schema.js';
import { QUALIFIER_AFTER, QUALIFIER_BEFORE, QUALIFIER_FALSE_ENDINGS } from '../lexicon/qualifiers.js';
import { MAGNITUDES, ZH_COUNT_UNITS, type UnitKind } from '../lexicon/units.js';
import { DEFAULT_LEXICON, type Lexicon } from '../lexicon/extend.js';
import { longestPrefix } from '../lexicon/regex.js';
import { RESTATE_BEFORE } from '../lexicon/terms.js';
import { insideName, type Masked } from './context.js';
import { parseChineseNumeral, scaleDecimal } from './numbers.js';
import {
  AFTER_QUALIFIER, COLON_NUMBER, INSIDE_ABOUT, MAGNITUDE, NUMBER_TOKEN, RANGE_END, RANGE_JOINER, UNIT_BLOCKERS, UNIT_GAP,
} from './patterns.js';

export type Numeral = 'arabic' | 'masked' | 'zh';

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
  /** Not a record, but a name never reaches back across it (`产妇出院后3-7天内接受产后访视`). */
  barrier: boolean;
  rule: string;
}

const QUAL_BEFORE = [...QUALIFIER_BEFORE.keys()].sort((a, b) => b.length - a.length);

function sticky(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : null;
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

/** Every figure candidate of the text, in order. */
export function findFigures(text: string, names: Masked, lexicon: Lexicon = DEFAULT_LEXICON): Figure[] {
  const { units: UNITS, unitTerms: UNIT_TERMS, maxUnitLength } = lexicon;
  const out: Figure[] = [];
  let ratioId = 0;
  const tokens = new RegExp(NUMBER_TOKEN);
  for (let m = tokens.exec(text); m !== null; m = tokens.exec(text)) {
    const g = m.groups!;
    const numeral: Numeral = g['num'] !== undefined ? 'arabic' : g['masked'] !== undefined ? 'masked' : 'zh';
    const start = m.index;
    let p = start + m[0].length;
    const first = m[0];
    const before = text[start - 1] ?? '';
    if (before === '第' || (numeral === 'arabic' && /^[xX]/u.test(text[p] ?? ''))) continue;
    if (before === '/' || (numeral === 'arabic' && text[p] === '/' && !text.startsWith('/10万', p))) continue;

    // Ratios and clock times.
    if (numeral === 'arabic' && sticky(COLON_NUMBER, text, p)) {
      const ratio = /^\d+(?:\.\d+)?(?::\d+(?:\.\d+)?)+/u.exec(text.slice(start, start + 60))?.[0] ?? first;
      const parts = ratio.split(':');
      const clock = parts.length === 2 && parts.every((x) => /^\d{1,2}$/u.test(x));
      const method = /按\s*$/u.test(text.slice(Math.max(0, start - 3), start));
      if (!clock && !method && (parts.length >= 3 || ratio.includes('.')) && !insideName(names, start, start + ratio.length)) {
        ratioId++;
        let at = start;
        for (const part of parts) {
          out.push({ start: at, end: at + part.length, outerStart: at, outerEnd: at + part.length, numeral, value: scaleDecimal(part, 0), valueMax: null, masked: false, unit: null, unitKind: null, magnitude: 0, qualifier: null, ratio: ratioId, barrier: false, rule: 'figure.ratio' });
          at += part.length + 1;
        }
      }
      tokens.lastIndex = start + ratio.length;
      continue;
    }

    // Range.
    let second: string | null = null;
    if (numeral !== 'zh') {
      const joiner = sticky(RANGE_JOINER, text, p);
      if (joiner) {
        const end2 = sticky(RANGE_END, text, p + joiner.length);
        if (end2 && /\d/u.test(end2) === (numeral === 'arabic')) {
          second = end2;
          p += joiner.length + end2.length;
        }
      }
    }
    // Tail: 余/多, magnitude, 余/多, unit.
    let qualifier: Qualifier | null = null;
    let about = sticky(INSIDE_ABOUT, text, p);
    if (about) p += 1;
    if (sticky(UNIT_GAP, text, p)) p += 1; // `xx.xxxx 万元`: undone below if no unit follows
    const afterGap = p;
    let magnitude = 0;
    let unitText = longestPrefix(text, p, UNIT_TERMS, maxUnitLength);
    const mag = unitText && unitText.length > 1 ? null : sticky(MAGNITUDE, text, p);
    if (mag && numeral !== 'zh') {
      magnitude = MAGNITUDES.get(mag) ?? 0;
      p += mag.length;
      if (!about && (about = sticky(INSIDE_ABOUT, text, p))) p += 1;
    }
    const gap = p === afterGap && text[p - 1] !== ' ' ? sticky(UNIT_GAP, text, p) : null;
    const unitAt = p + (gap ? 1 : 0);
    unitText = longestPrefix(text, unitAt, UNIT_TERMS, maxUnitLength);
    if (unitText && UNIT_BLOCKERS.get(unitText)?.test(text.slice(unitAt + unitText.length, unitAt + unitText.length + 1))) unitText = null;
    const entry = unitText ? UNITS.get(unitText) : undefined;
    if (entry) p = unitAt + unitText!.length;
    else if (text[p - 1] === ' ') p -= 1;
    if (about) qualifier = 'about';
    const end = p;
    tokens.lastIndex = Math.max(tokens.lastIndex, end);

    if (numeral === 'zh') {
      if (!entry || !ZH_COUNT_UNITS.has(entry.text) || second || parseChineseNumeral(first) === 1) continue;
      if (restatesList(text, start)) continue;
    }
    if (entry && (entry.kind === 'age' || entry.kind === 'page')) continue;
    if (entry?.kind === 'date' && !(entry.text === '日' && text[end] === '内')) continue;
    if (entry?.kind === 'duration' && entry.text === '年' && /^(?:19|20)\d\d$/u.test(first)) continue;
    if (!entry && /^[A-Za-z]/u.test(text[end] ?? '')) continue;
    if (insideName(names, start, end)) continue;

    // Qualifiers standing apart.
    let outerEnd = end;
    const after = entry || magnitude ? sticky(AFTER_QUALIFIER, text, end) : null;
    if (after) {
      if (second && entry?.kind === 'duration' && after === '内') {
        // `3-7天内`: a window describing a group, not a figure of the report.
        out.push({ start, end, outerStart: start, outerEnd: end + 1, numeral, value: null, valueMax: null, masked: false, unit: null, unitKind: null, magnitude: 0, qualifier: null, ratio: null, barrier: true, rule: 'barrier.window' });
        continue;
      }
      qualifier = QUALIFIER_AFTER.get(after) ?? qualifier;
      outerEnd = end + after.length;
    }
    let outerStart = start;
    const lead = QUAL_BEFORE.find((w) => text.startsWith(w, start - w.length) && !QUALIFIER_FALSE_ENDINGS.some((f) => f.endsWith(w) && f.length > w.length && text.startsWith(f, start - f.length)));
    if (lead) {
      qualifier = QUALIFIER_BEFORE.get(lead) ?? qualifier;
      outerStart = start - lead.length;
    }

    const shift = entry?.kind === 'rate' ? 0 : magnitude;
    const masked = numeral === 'masked';
    out.push({
      start, end, outerStart, outerEnd, numeral,
      value: resolve(first, numeral, shift),
      valueMax: second ? resolve(second, numeral, shift) : null,
      masked,
      unit: entry?.unit ?? null,
      unitKind: entry?.kind ?? null,
      magnitude,
      qualifier,
      ratio: null,
      barrier: false,
      rule: masked ? 'figure.masked' : numeral === 'zh' ? 'figure.zh' : second ? 'figure.range' : 'figure.arabic',
    });
    tokens.lastIndex = Math.max(tokens.lastIndex, end);
  }
  return out;
}
