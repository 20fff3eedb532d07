/**
 * The scorer's text report: a per-doc table, the optional `--list` of misses, extras and
 * weak names, two lines of accuracies and the last line with figure and record F1.
 */
import type { EvalRecord } from './match.js';
import type { ScoreResult } from './score.js';

export interface ReportOptions {
  /** Include the per-doc lists of missed, extra and weakly named records. */
  list?: boolean;
}

/** A ratio as a percentage, one decimal, padded to 5 characters: ` 93.4`. */
export const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

/** `pct` of `x`, or `  n/a` when it is 0/0 (`of` is its denominator). */
export const pctOf = (x: number, of: number): string => (of === 0 ? 'n/a'.padStart(5) : pct(x));

/** `93.4%`, or `n/a` for 0/0 (no `%`). */
const pctSign = (x: number, of: number): string => (of === 0 ? pctOf(x, of) : `${pct(x)}%`);

/** One record in a list line: name | raw | value, unit, target, context. */
export function showRecord(x: EvalRecord): string {
  const target = x.target ? ` target=${String(x.target.value)}${String(x.target.unit ?? '')}` : '';
  const context = x.context ? ` | ${String(x.context)}` : '';
  return `${String(x.name ?? '')} | ${String(x.raw ?? '')} | value=${String(x.value)} unit=${String(x.unit)}${target}${context}`;
}

/** The text report, one string per line (join with "\n"). */
export function formatReport(result: ScoreResult, options: ReportOptions = {}): string[] {
  const { summary, detail, lists } = result;
  const out: string[] = [];
  out.push('doc                                 gold  pred    tp     P     R    F1  strict');
  for (const r of summary.perDoc) {
    out.push(
      `${r.doc.padEnd(34)} ${String(r.gold).padStart(5)} ${String(r.pred).padStart(5)} ${String(r.tp).padStart(5)} ` +
        `${pctOf(r.P, r.pred)} ${pctOf(r.R, r.gold)} ${pctOf(r.F1, r.pred + r.gold)} ${String(r.strict).padStart(7)}`,
    );
  }
  if (options.list) {
    for (const l of lists) {
      out.push('', `== ${l.doc}`);
      for (const m of l.missed) out.push(`  missed  ${showRecord(m)}`);
      for (const e of l.extra) out.push(`  extra   ${showRecord(e)}`);
      for (const [g, p] of l.weakNames) {
        out.push(`  name    gold "${String(g.name)}" vs "${String(p.name)}" (${String(g.raw ?? '')})`);
      }
    }
  }
  out.push('');
  const tp = summary.matched;
  out.push(
    `names: overlap>=0.5 ${pctSign(summary.nameOverlap50, tp)}  exact ${pctSign(summary.nameExact, tp)}   ` +
      `kind ${pctSign(summary.kindAccuracy, tp)}   qualifier ${pctSign(summary.qualifierAccuracy, tp)}`,
  );
  out.push(
    `targets: recall ${pctSign(summary.targetRecall, detail.goldTargets)} of ${detail.goldTargets}, false ${summary.falseTargets}   ` +
      `masked recall ${pctSign(summary.maskedRecall, detail.maskedGold)} of ${detail.maskedGold}   ` +
      `chinese-numeral recall ${pctSign(summary.chineseNumeralRecall, detail.zhGold)} of ${detail.zhGold}`,
  );
  if (summary.unscoredSources) {
    out.push(`(${summary.unscoredSources} predicted sources have no gold and were not scored)`);
  }
  const { figure, record } = summary;
  const both = summary.pred + summary.gold;
  out.push(
    `figure P ${pctSign(figure.precision, summary.pred)} R ${pctSign(figure.recall, summary.gold)} F1 ${pctSign(figure.f1, both)}   ` +
      `record (figure+name+kind+target) F1 ${pctSign(record.f1, both)}`,
  );
  return out;
}
