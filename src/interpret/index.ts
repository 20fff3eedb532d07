/**
 * interpret(): figures found in the text become record drafts: named, typed,
 * goals attached, units inferred, unnamed unitless numbers dropped.
 */
import type { Kind } from '../schema.js';
import type { Figure } from '../extract/figures.js';
import { headingIndexAt, type Sections } from '../segment/headings.js';
import { sentenceAt, type Range } from '../segment/sentences.js';
import type { Segmenter } from '../segment/words.js';
import { inferUnit, lastYear, titleYears } from './infer.js';
import { kindOf } from './kind.js';
import { clauseStart, isEmptyName, isGenericHead, nameBefore, nameFigure, referentStem } from './name.js';
import { COMPLETION_PHRASE, REFERENT_LEADING_VERBS } from '../lexicon/names.js';
import { UNITLESS_NAME_ENDINGS } from '../lexicon/inference.js';
import { linkTargets, type Linkable } from './target.js';
import { distribute } from './distribute.js';

export interface Draft extends Linkable {
  name: string;
  unit: string | null;
  kind: Kind;
  sign: 1 | -1;
  sentence: Range;
  section: string[];
  period: string | null;
  rule: string;
}

export interface InterpretInput {
  text: string;
  figures: Figure[];
  sentences: Range[];
  sections: Sections;
  segmenter: () => Segmenter;
  year?: number;
}

/** How far back in its sentence a figure looks for goal and year words (characters). */
export const LOOKBACK = 400;

/** A figure with neither unit nor magnitude needs its name to give it a unit. */
function weak(f: Figure): boolean {
  return f.unit === null && f.magnitude === 0 && f.ratio === null;
}

export function interpret(input: InterpretInput): Draft[] {
  const { text, sections } = input;
  const drafts: Draft[] = [];
  const years = titleYears(sections.title);
  let floor = 0;
  const figures = input.figures;
  for (let i = 0; i < figures.length; i++) {
    const fig = figures[i]!;
    if (fig.barrier) {
      floor = fig.outerEnd;
      continue;
    }
    const sentence = sentenceAt(input.sentences, fig.start) ?? { start: 0, end: text.length };
    const ceiling = figures[i + 1]?.outerStart ?? text.length;
    const seg = input.segmenter();
    const named = nameFigure(text, fig, Math.max(floor, sentence.start), ceiling, seg);
    const { before } = named;
    let name = named.name;
    if (isEmptyName(name, seg) && drafts.length > 0 && floor > drafts[drafts.length - 1]!.fig.outerEnd) {
      // The figure before took the words after it as its name (`xx家规上企业营业收入达xx.xx亿元`): share them.
      name = nameFigure(text, fig, Math.max(drafts[drafts.length - 1]!.fig.outerEnd, sentence.start), ceiling, seg).name;
    }
    const completion = completionName(text, fig, sentence, drafts);
    if (completion !== null) name = completion;
    else if (isEmptyName(name, seg)) name = fallbackName(text, fig, sentence, drafts, seg);
    else if (isGenericHead(name)) name = withReferent(name, text, fig, sentence, drafts, seg);
    let unit = fig.unit;
    let rule = fig.rule;
    if (weak(fig)) {
      if (UNITLESS_NAME_ENDINGS.some((e) => name.endsWith(e))) rule = `${fig.rule}+unit.none`;
      else {
        unit = inferUnit(name);
        if (unit === null) continue;
        rule = `${fig.rule}+unit.inferred`;
      }
    } else if (unit === null && fig.magnitude > 0 && fig.ratio === null) {
      // `惠及3.8万农村人口`: a magnitude without a unit takes one only by inference from the name.
      unit = inferUnit(name);
      if (unit !== null) rule = `${fig.rule}+unit.inferred`;
    }
    floor = named.consumedEnd;
    const h = headingIndexAt(sections, fig.start);
    const inPlan = (sections.titlePlan && !(h >= 0 && sections.review[h] === true)) || (h >= 0 && sections.plan[h] === true);
    // Goal and year words are looked for in the sentence, at most LOOKBACK characters back,
    // so that a text without sentence ends stays linear.
    const sentenceBefore = text.slice(Math.max(sentence.start, fig.start - LOOKBACK), fig.start);
    const after = text.slice(fig.outerEnd, fig.outerEnd + 6);
    const k = kindOf({ before: text.slice(Math.max(sentence.start, fig.outerStart - 8), fig.outerStart), after, name, sentenceBefore, inPlan, qualifier: fig.qualifier });
    const section = h >= 0 ? sections.paths[h]! : [];
    const period =
      lastYear(sentenceBefore) ??
      [...section].reverse().map(lastYear).find((y) => y !== null) ??
      (input.year !== undefined ? String(input.year) : null) ??
      (inPlan ? years.last : years.first);
    drafts.push({
      fig, sentenceStart: sentence.start, before, goalOf: null, goal: null,
      name, unit, kind: k.kind, sign: k.sign, sentence, section, period,
      rule: k.rule ? `${rule}+${k.rule}` : rule,
    });
  }
  distribute(text, drafts, input.segmenter());
  linkTargets(text, drafts);
  linkControls(drafts);
  return drafts;
}

/**
 * A figure whose clause names nothing (`…脱贫户6961户,17518人`, `…招聘,共3人`) takes the
 * name of the figure just before it in the sentence, else the text of the clause before.
 */
function fallbackName(text: string, fig: Figure, sentence: Range, drafts: Draft[], seg: Segmenter): string {
  const prev = drafts[drafts.length - 1];
  const clause = clauseStart(text, fig.outerStart, sentence.start);
  // A clause between the figure before and this one, with no figure of its own, names what this one counts
  // (`…小型水库84座，全部落实防汛“三个责任人”，共258名`), unless it is only a frame (`按可比价格计算`).
  if (prev && prev.sentence.start === sentence.start && clause > sentence.start) {
    const prevClause = clauseStart(text, clause - 1, sentence.start);
    if (prevClause >= prev.fig.outerEnd && prevClause > prev.fig.start) {
      const between = nameBefore(text.slice(prevClause, clause - 1), seg);
      if (between.length >= 2 && !isEmptyName(between, seg)) return between;
    }
  }
  // The topic carries along the sentence: a clause of only a comparison takes the subject of the figure before it.
  if (prev && prev.sentence.start === sentence.start && prev.name.length > 0) return prev.name;
  if (clause <= sentence.start) return '';
  const prevClause = clauseStart(text, clause - 1, sentence.start);
  return nameBefore(text.slice(prevClause, clause - 1), seg);
}

/**
 * A generic head (`总数`, `支出`, `占…的比重`) takes its referent from the subject before it in
 * the sentence: `新增规模以上工业企业23家，总数达到186家` → `规模以上工业企业总数`,
 * `职工医保基金收入x.xx亿元，支出x.xx亿元` → `职工医保基金支出`, `民生支出…，占…的比重` → `民生支出占…的比重`.
 */
function withReferent(name: string, text: string, fig: Figure, sentence: Range, drafts: Draft[], seg: Segmenter): string {
  const prev = drafts[drafts.length - 1];
  let subject = '';
  if (prev && prev.sentence.start === sentence.start) subject = prev.name;
  else {
    const clause = clauseStart(text, fig.outerStart, sentence.start);
    if (clause > sentence.start) subject = nameBefore(text.slice(clauseStart(text, clause - 1, sentence.start), clause - 1), seg);
  }
  if (subject.length === 0 || subject.endsWith(name)) return name;
  if (name.startsWith('占')) return subject + name.replace(/的$/u, '');
  const verb = REFERENT_LEADING_VERBS.find((v) => subject.startsWith(v) && subject.length > v.length + 1);
  const stem = referentStem(verb ? subject.slice(verb.length) : subject);
  return stem + name;
}

/**
 * `完成全年目标任务的52.4%` is named `完成全年目标任务`; in `完成市下达任务2500万美元的114.4%` the
 * phrase stands before the task figure. Null when the figure is no stated completion.
 */
function completionName(text: string, fig: Figure, sentence: Range, drafts: Draft[]): string | null {
  if (fig.unit !== '%') return null;
  const clause = clauseStart(text, fig.outerStart, sentence.start);
  let phrase = text.slice(clause, fig.outerStart).trim();
  const prev = drafts[drafts.length - 1];
  if (phrase.endsWith('的') && prev && prev.fig.outerEnd >= clause && prev.fig.outerEnd <= fig.outerStart) {
    phrase = text.slice(clauseStart(text, prev.fig.outerStart, sentence.start), prev.fig.outerStart).trim() + '的';
  }
  return COMPLETION_PHRASE.test(phrase) ? phrase.slice(0, -1) : null;
}

/**
 * `城镇登记失业率为2.9%，控制在4%以内`: a level to hold, in the clause after the figure it bounds
 * (same name, same unit, same sentence), is that figure's goal, not a record of its own.
 */
function linkControls(drafts: Draft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const g = drafts[i]!;
    const owner = drafts[i - 1]!;
    if (!g.rule.includes('kind.control') || g.goalOf !== null || g.goal !== null) continue;
    if (owner.sentence.start !== g.sentence.start || owner.goal !== null || owner.goalOf !== null || owner.kind !== 'actual') continue;
    if (owner.name !== g.name || owner.unit !== g.unit) continue;
    owner.goal = i;
    g.goalOf = i - 1;
  }
}
