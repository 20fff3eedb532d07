/**
 * Find figures: number tokens with their range, magnitude, unit and qualifiers,
 * resolved to exact values. Rejections here are the ones the figure itself shows
 * (dates, ages, ordinals, years, names); what needs the clause is left to interpret.
 */
import type { Qualifier } from '../schema.js';
import { ZH_COUNT_UNITS, type UnitKind } from '../lexicon/units.js';
import { DEFAULT_LEXICON, type Lexicon } from '../lexicon/extend.js';
import { RESTATE_AFTER, RESTATE_BEFORE } from '../lexicon/terms.js';
import { RESTATING_NOUNS } from '../lexicon/names.js';
import { insideName, type Masked } from './context.js';
import { parseChineseNumeral, scaleDecimal } from './numbers.js';
import { COLON_NUMBER, LIST_JOINER, MIXED_REST, NUMBER_TOKEN, PERCENT_WORDS, TENTHS, ZH_PAIR_RANGE } from './patterns.js';
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

/**
 * `“A”“B”两个项目` after 将, `后两个阶段`, `县第三实验小学、城北初级中学两所学校`: a count followed
 * by its noun that restates the list just named (as many members as it counts).
 */
function restatesList(text: string, start: number, end: number, count: number | null): boolean {
  const lead = text.slice(Math.max(0, start - 40), start);
  if (RESTATE_BEFORE.test(lead)) return true;
  // `两项指标分别恢复至…`: the count and a generic noun restate the figures just named.
  if (count !== null && count >= 2 && count <= 10 && RESTATING_NOUNS.some((n) => text.startsWith(n, end))) return true;
  if (count !== null && count >= 2 && count <= 10 && RESTATE_AFTER.test(text.slice(end, end + 1))) {
    const phrase = lead.slice(Math.max(0, ...[',', ';', '。', ':', '\n'].map((c) => lead.lastIndexOf(c) + 1)));
    const quoted = (phrase.match(/“[^”]{1,20}”/gu) ?? []).length;
    const members = phrase.split(/[、和及与]/u).filter((m) => m.trim().length > 0).length;
    if ((quoted === count && /”$/u.test(phrase)) || (members === count && /[、和及与]/u.test(phrase))) return true;
  }
  if (!lead.endsWith('”')) return false;
  const jiang = lead.lastIndexOf('将');
  return jiang >= 0 && !/[,;。]/u.test(lead.slice(jiang));
}

function resolve(token: string, numeral: Numeral, shift: number): number | null {
  if (numeral === 'masked') return null;
  if (numeral === 'zh') return parseChineseNumeral(token);
  return scaleDecimal(token, shift);
}

/** What a figure in 岁 measures when it is a record: life expectancy, in its clause. */
const LIFE_EXPECTANCY = /预期寿命[^,;。]{0,16}$/u;

/** Why the figure itself shows it is no record: a date, an age, a page, a year, a name, an ordinal list item. */
function rejected(text: string, names: Masked, token: string, numeral: Numeral, second: string | null, tail: Tail, start: number): boolean {
  const unit = tail.unit;
  if (numeral === 'zh') {
    if (!unit) return true;
    // Counts take only the measure words of counts (`三项`, `两所`; `三类`, `十四五` are names); measures,
    // money and rates take any (`四十五公里`, `一千元`, `二十个百分点`, `九成`).
    const counted = unit.kind === 'count' || unit.kind === 'duration' ? ZH_COUNT_UNITS.has(unit.text) : unit.kind === 'measure' || unit.kind === 'money' || unit.kind === 'rate';
    if (!counted) return true;
    // `一` counts only as a measure (`一吨`) or a range's start (`一至二轮`); `一批`, `一是`, `统一` are words.
    if (parseChineseNumeral(token) === 1 && !second && (unit.kind === 'count' || unit.kind === 'duration' || /[统唯之同单]$/u.test(text[start - 1] ?? ''))) return true;
    if (restatesList(text, start, tail.end, parseChineseNumeral(token))) return true;
  }
  if (unit && unit.kind === 'page') return true;
  // An age describes a group (`65岁及以上`), except life expectancy, a measured quantity (`人均预期寿命79.8岁`).
  if (unit && unit.kind === 'age' && !(unit.text === '岁' && LIFE_EXPECTANCY.test(text.slice(Math.max(0, start - 24), start)))) return true;
  if (unit?.kind === 'date' && !(unit.text === '日' && text[tail.end] === '内')) return true;
  if (unit?.kind === 'duration' && unit.text === '年' && (/^(?:19|20)\d\d$/u.test(token) || numeral === 'masked')) return true; // a year, or a masked one (`20xx年`, `XX年`)
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

/** `4000` → 4000, `6千` → 6000, `零1` → 1: the rest of a mixed figure. */
function mixedRest(rest: string): number | null {
  const body = rest.replace(/^零/u, '');
  const scale = body.endsWith('千') ? 1000 : body.endsWith('百') ? 100 : 1;
  const digits = scale === 1 ? body : body.slice(0, -1);
  const n = /^\d+$/u.test(digits) ? Number(digits) : parseChineseNumeral(digits);
  return n === null ? null : n * scale;
}

/** `一至二轮`, `三到五个`: a Chinese-numeral range; `两三个` is read from the token itself. */
function readZhRange(text: string, p: number, token: string): { second: string | null; end: number } {
  if (ZH_PAIR_RANGE.test(token)) return { second: null, end: p };
  const m = /^(?:至|到|-|~)([一二两三四五六七八九十百千万]{1,6})/u.exec(text.slice(p, p + 8));
  if (!m || parseChineseNumeral(m[1]!) === null) return { second: null, end: p };
  return { second: m[1]!, end: p + m[0].length };
}

const APPROX_VALUES: ReadonlyMap<string, number> = new Map([
  ['十', 10], ['百', 100], ['千', 1000], ['万', 1e4], ['亿', 1e8], ['百万', 1e6], ['千万', 1e7],
]);

/** `百分之九十五`, `千分之三` (a percentage in words) and `上百家`, `近万人`, `数十个` (about a magnitude). */
function wordFigure(text: string, start: number, token: string, percent: boolean, names: Masked, lexicon: Lexicon): Figure | null {
  if (insideName(names, start, start + token.length)) return null;
  let value: number | null;
  let unit: string;
  let end = start + token.length;
  let magnitude = 0;
  let unitKind: UnitKind = 'rate';
  let numeral: Numeral = 'zh';
  if (percent) {
    const body = token.slice(3);
    numeral = /\d/u.test(body) ? 'arabic' : 'zh';
    value = numeral === 'arabic' ? scaleDecimal(body, 0) : parseChineseNumeral(body === '百' ? '一百' : body);
    unit = PERCENT_WORDS.get(token.slice(0, 3)) ?? '%';
  } else {
    const tail = readTail(text, end, 'zh', lexicon);
    if (!tail.unit || !['count', 'money', 'measure'].includes(tail.unit.kind)) return null;
    value = APPROX_VALUES.get(token) ?? null;
    unit = tail.unit.unit;
    unitKind = tail.unit.kind;
    magnitude = 0;
    end = tail.end;
  }
  if (value === null) return null;
  const after = qualifierAfter(text, end);
  const lead = qualifierBefore(text, percent ? start : start - 1);
  const qualifier = after?.qualifier ?? (percent ? lead?.qualifier ?? null : 'about');
  const outerStart = percent ? (lead ? start - lead.word.length : start) : start - 1 - (lead ? lead.word.length : 0);
  return {
    ...bare(start, end, numeral), outerStart, outerEnd: end + (after ? after.word.length : 0), value, unit, unitKind, magnitude, qualifier,
    token, rule: percent ? 'figure.percent-words' : 'figure.approx',
  };
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
    if (g['pct'] !== undefined || g['approx'] !== undefined) {
      const word = wordFigure(text, m.index, m[0], g['pct'] !== undefined, names, lexicon);
      if (word) {
        out.push(word);
        tokens.lastIndex = Math.max(tokens.lastIndex, word.end);
      }
      continue;
    }
    const numeral: Numeral = g['num'] !== undefined ? 'arabic' : g['masked'] !== undefined ? 'masked' : 'zh';
    const token = m[0];
    const start = m.index;
    const tokenEnd = start + token.length;
    const before = text[start - 1] ?? '';
    if (before === '第' || before === '/' || before === '图') continue; // an ordinal, a fraction's denominator, a figure caption
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

    const range = numeral === 'zh' ? readZhRange(text, tokenEnd, token) : readRange(text, tokenEnd, numeral);
    let tail = readTail(text, range.end, numeral, lexicon);
    // `3万4000`, `25万6千`: the rest of a mixed figure after its magnitude.
    const mixed = numeral === 'arabic' && !range.second && tail.magnitude > 0 && tail.unit === null && !token.includes('.') ? sticky(MIXED_REST, text, tail.end) : null;
    let mixedValue: number | null = null;
    if (mixed) {
      const rest = mixedRest(mixed);
      const base = scaleDecimal(token, tail.magnitude);
      if (rest !== null && base !== null && rest < 10 ** tail.magnitude) {
        mixedValue = base + rest;
        tail = { ...readTail(text, tail.end + mixed.length, numeral, lexicon), magnitude: 0 };
      }
    }
    // `九成`: tenths, as a percentage.
    const tenths = numeral === 'zh' && !range.second && tail.unit === null ? sticky(TENTHS, text, tail.end) : null;
    if (tenths) tail = { ...tail, unit: { text: '成', unit: '%', kind: 'rate' }, end: tail.end + 1 };
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
    const zhPair = numeral === 'zh' && range.second === null ? ZH_PAIR_RANGE.exec(token) : null;
    let value = mixedValue ?? resolve(zhPair ? zhPair[1]! : token, numeral, shift);
    if (tenths && value !== null) value *= 10;
    out.push({
      start: figStart, end, outerStart: lead ? figStart - lead.word.length : figStart, outerEnd, numeral,
      value: value !== null && signAt > 0 ? -value : value,
      valueMax: zhPair ? parseChineseNumeral(zhPair[2]!) : range.second ? resolve(range.second, numeral, shift) : null,
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
