/**
 * The project's scorer: predicted indicator records against gold ones, per doc and in
 * total. Gold records carry `doc`; predicted ones carry `source` (a path whose base name
 * without extension is the doc). Only docs that appear in the gold are scored.
 */
import { basename, extname } from 'node:path';
import { matchDoc, sameTarget, type EvalRecord } from './match.js';

export { matchDoc, nameSim, sameFigure, sameNumber, sameTarget, unitKey, UNIT_ALIASES } from './match.js';
export type { DocMatch, EvalRecord, EvalTarget, Match } from './match.js';

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface DocScore {
  doc: string;
  gold: number;
  pred: number;
  tp: number;
  P: number;
  R: number;
  F1: number;
  strict: number;
}

/** What `--list` shows for one doc. */
export interface DocList {
  doc: string;
  missed: EvalRecord[];
  extra: EvalRecord[];
  /** Matched pairs whose names overlap less than 0.5: [gold, pred]. */
  weakNames: [EvalRecord, EvalRecord][];
}

/** The summary, field for field what the reference scorer prints with `--json`. */
export interface ScoreSummary {
  docs: number;
  gold: number;
  pred: number;
  matched: number;
  figure: PRF;
  record: PRF;
  nameOverlap50: number;
  nameExact: number;
  kindAccuracy: number;
  qualifierAccuracy: number;
  targetRecall: number;
  falseTargets: number;
  chineseNumeralRecall: number;
  maskedRecall: number;
  unscoredSources: number;
  perDoc: DocScore[];
}

/** Counts the text report needs besides the summary. */
export interface ScoreDetail {
  goldTargets: number;
  maskedGold: number;
  zhGold: number;
}

export interface ScoreResult {
  summary: ScoreSummary;
  detail: ScoreDetail;
  lists: DocList[];
  /** What may make the figures mean less than they seem (see `scoreWarnings`); one sentence each. */
  warnings: string[];
}

export interface ScoreOptions {
  /** Score only these docs (all gold docs when empty or absent). */
  docs?: readonly string[];
}

/** The doc a prediction belongs to: its source's base name without extension. */
export const docOf = (source: unknown): string => basename(String(source), extname(String(source)));

const ratio = (a: number, b: number): number => (b ? a / b : 0);
const f1 = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);
const squash = (s: unknown): string => String(s ?? '').replace(/\s+/g, '');

/** Scores `pred` against `gold`; see `ScoreSummary` for what comes out. */
export function scoreRecords(
  allGold: readonly EvalRecord[],
  pred: readonly EvalRecord[],
  options: ScoreOptions = {},
): ScoreResult {
  const only = options.docs ?? [];
  const warnings = scoreWarnings(allGold, pred, only);
  const gold = allGold.filter(hasDoc);
  const docs = [...new Set(gold.map((g) => String(g.doc)))].filter((d) => !only.length || only.includes(d));
  const predByDoc = new Map<string, EvalRecord[]>();
  for (const p of pred) {
    const d = docOf(p.source ?? p.doc ?? '');
    const list = predByDoc.get(d);
    if (list) list.push(p);
    else predByDoc.set(d, [p]);
  }
  const unscored = [...predByDoc.keys()].filter((d) => !docs.includes(d));

  const t = { gold: 0, pred: 0, tp: 0, name50: 0, nameExact: 0, strict: 0, kindOk: 0, qualOk: 0,
    goldTargets: 0, targetHit: 0, falseTargets: 0, zhGold: 0, zhTp: 0, maskedGold: 0, maskedTp: 0 };
  const perDoc: DocScore[] = [];
  const lists: DocList[] = [];
  for (const d of docs) {
    const g = gold.filter((x) => String(x.doc) === d);
    const p = predByDoc.get(d) ?? [];
    const { matches, missed, extra } = matchDoc(g, p);
    let strict = 0;
    const weakNames: [EvalRecord, EvalRecord][] = [];
    for (const m of matches) {
      const gg = g[m.gi];
      const pp = p[m.pi];
      if (!gg || !pp) continue; // unreachable: matchDoc indexes into g and p
      const nameOk = m.sim >= 0.5;
      const kindOk = (gg.kind ?? 'actual') === (pp.kind ?? 'actual');
      const targetOk = sameTarget(gg.target, pp.target);
      if (nameOk) t.name50++;
      else weakNames.push([gg, pp]);
      if (String(gg.name).replace(/\s+/g, '') === squash(pp.name)) t.nameExact++;
      if (kindOk) t.kindOk++;
      if ((gg.qualifier ?? null) === (pp.qualifier ?? null)) t.qualOk++;
      if (gg.target) {
        t.goldTargets++;
        if (targetOk) t.targetHit++;
      } else if (pp.target) t.falseTargets++;
      if (gg.numeral === 'zh') t.zhTp++;
      if (gg.masked) t.maskedTp++;
      if (nameOk && kindOk && targetOk) strict++;
    }
    t.gold += g.length;
    t.pred += p.length;
    t.tp += matches.length;
    t.strict += strict;
    t.zhGold += g.filter((x) => x.numeral === 'zh').length;
    t.maskedGold += g.filter((x) => x.masked).length;
    const P = ratio(matches.length, p.length);
    const R = ratio(matches.length, g.length);
    perDoc.push({ doc: d, gold: g.length, pred: p.length, tp: matches.length, P, R, F1: f1(P, R), strict });
    lists.push({ doc: d, missed, extra, weakNames });
  }
  const P = ratio(t.tp, t.pred);
  const R = ratio(t.tp, t.gold);
  const sP = ratio(t.strict, t.pred);
  const sR = ratio(t.strict, t.gold);
  const summary: ScoreSummary = {
    docs: docs.length,
    gold: t.gold,
    pred: t.pred,
    matched: t.tp,
    figure: { precision: P, recall: R, f1: f1(P, R) },
    record: { precision: sP, recall: sR, f1: f1(sP, sR) },
    nameOverlap50: ratio(t.name50, t.tp),
    nameExact: ratio(t.nameExact, t.tp),
    kindAccuracy: ratio(t.kindOk, t.tp),
    qualifierAccuracy: ratio(t.qualOk, t.tp),
    targetRecall: ratio(t.targetHit, t.goldTargets),
    falseTargets: t.falseTargets,
    chineseNumeralRecall: ratio(t.zhTp, t.zhGold),
    maskedRecall: ratio(t.maskedTp, t.maskedGold),
    unscoredSources: unscored.length,
    perDoc,
  };
  return { summary, detail: { goldTargets: t.goldTargets, maskedGold: t.maskedGold, zhGold: t.zhGold }, lists, warnings };
}

const hasDoc = (g: EvalRecord): boolean => typeof g.doc === 'string' && g.doc !== '';

/**
 * What makes a score mislead: gold lines without `doc` (not scored), a `--doc` that names
 * no gold doc, gold docs with no predictions (all missed: a wrong `--pred`, or a renamed
 * file?), and two predicted sources with the same base name (`a/x.txt`, `b/x.docx`),
 * scored together against one gold doc.
 */
export function scoreWarnings(gold: readonly EvalRecord[], pred: readonly EvalRecord[], only: readonly string[] = []): string[] {
  const out: string[] = [];
  const noDoc = gold.filter((g) => !hasDoc(g)).length;
  if (noDoc) out.push(`${noDoc} gold ${noDoc === 1 ? 'line has' : 'lines have'} no "doc" and ${noDoc === 1 ? 'was' : 'were'} not scored`);
  const goldDocs = new Set(gold.filter(hasDoc).map((g) => String(g.doc)));
  for (const d of only) if (!goldDocs.has(d)) out.push(`--doc ${d} names no gold doc`);
  const sources = new Map<string, Set<string>>();
  for (const p of pred) {
    const source = String(p.source ?? p.doc ?? '');
    const d = docOf(source);
    const set = sources.get(d) ?? new Set<string>();
    set.add(source);
    sources.set(d, set);
  }
  for (const d of goldDocs) {
    if (only.length && !only.includes(d)) continue;
    const from = sources.get(d);
    if (!from) out.push(`gold doc ${d} has no predictions (all its records count as missed)`);
    else if (from.size > 1) out.push(`gold doc ${d}: ${from.size} predicted sources map to it (${[...from].join(', ')}) and are scored together`);
  }
  return out;
}
