/**
 * The matching rules of the project's scorer: when a predicted record's figure is the
 * gold one, how alike two names are, and the greedy one-to-one pairing within a doc.
 * Pure functions; `score.ts` adds them up.
 */
import { UNIT_ALIASES } from '../lexicon/units.js';

/** A gold or predicted record as read from JSONL: only the fields the scorer looks at. */
export interface EvalRecord {
  doc?: unknown;
  source?: unknown;
  name?: unknown;
  value?: unknown;
  valueMax?: unknown;
  unit?: unknown;
  kind?: unknown;
  target?: EvalTarget | null;
  qualifier?: unknown;
  masked?: unknown;
  numeral?: unknown;
  raw?: unknown;
  context?: unknown;
}

export interface EvalTarget {
  value?: unknown;
  unit?: unknown;
}

export { UNIT_ALIASES };

/** Relative tolerance for two values to be the same number. */
export const RELATIVE_ERROR = 1e-6;

/** The unit a comparison uses: aliases folded, null/undefined/"" as "". */
export function unitKey(u: unknown): string {
  if (u === null || u === undefined || u === '') return '';
  const s = String(u).trim();
  return UNIT_ALIASES.get(s) ?? s;
}

/** Two numbers within 1e-6 relative error (absolute below 1); null only equals null. */
export function sameNumber(a: unknown, b: unknown): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return a == null && b == null;
  const x = Number(a);
  const y = Number(b);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  return Math.abs(x - y) <= RELATIVE_ERROR * Math.max(1, Math.abs(x));
}

/** Same unit, and: both masked, or neither masked with the same value and upper end. */
export function sameFigure(g: EvalRecord, p: EvalRecord): boolean {
  if (unitKey(g.unit) !== unitKey(p.unit)) return false;
  if (g.masked || p.masked) return Boolean(g.masked) && Boolean(p.masked);
  return sameNumber(g.value, p.value) && sameNumber(g.valueMax ?? null, p.valueMax ?? null);
}

/** Both targets absent, or the same value in the same unit. */
export function sameTarget(a: EvalTarget | null | undefined, b: EvalTarget | null | undefined): boolean {
  const ta = a ?? null;
  const tb = b ?? null;
  if (ta === null || tb === null) return ta === tb;
  return sameNumber(ta.value ?? null, tb.value ?? null) && unitKey(ta.unit) === unitKey(tb.unit);
}

/** Character-bag F1 between two names, whitespace ignored; 0 when either is empty. */
export function nameSim(a: unknown, b: unknown): number {
  const ca = [...String(a ?? '').replace(/\s+/g, '')];
  const cb = [...String(b ?? '').replace(/\s+/g, '')];
  if (!ca.length || !cb.length) return 0;
  const bag = new Map<string, number>();
  for (const c of ca) bag.set(c, (bag.get(c) ?? 0) + 1);
  let common = 0;
  for (const c of cb) {
    const n = bag.get(c) ?? 0;
    if (n > 0) {
      common++;
      bag.set(c, n - 1);
    }
  }
  if (!common) return 0;
  const p = common / cb.length;
  const r = common / ca.length;
  return (2 * p * r) / (p + r);
}

/** One gold/pred pairing: indexes into the doc's lists, name similarity, position gap. */
export interface Match {
  gi: number;
  pi: number;
  sim: number;
  posGap: number;
}

export interface DocMatch<R extends EvalRecord = EvalRecord> {
  matches: Match[];
  missed: R[];
  extra: R[];
}

/**
 * Pairs gold and predicted records of one doc: every same-figure pair is a candidate;
 * best name first, then the smaller gap between relative positions; greedy, one-to-one.
 */
export function matchDoc<R extends EvalRecord>(gold: readonly R[], pred: readonly R[]): DocMatch<R> {
  const pairs: Match[] = [];
  gold.forEach((g, gi) => {
    pred.forEach((p, pi) => {
      if (!sameFigure(g, p)) return;
      const posGap = Math.abs(gi / Math.max(1, gold.length) - pi / Math.max(1, pred.length));
      pairs.push({ gi, pi, sim: nameSim(g.name, p.name), posGap });
    });
  });
  pairs.sort((a, b) => b.sim - a.sim || a.posGap - b.posGap);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  const matches: Match[] = [];
  for (const pr of pairs) {
    if (gUsed.has(pr.gi) || pUsed.has(pr.pi)) continue;
    gUsed.add(pr.gi);
    pUsed.add(pr.pi);
    matches.push(pr);
  }
  return {
    matches,
    missed: gold.filter((_, i) => !gUsed.has(i)),
    extra: pred.filter((_, i) => !pUsed.has(i)),
  };
}
