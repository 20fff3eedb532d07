/**
 * Kind of a figure: a change (`提升1-3个百分点`; a fall is negative), a target
 * (a goal in a plan, or after 力争/确保/要求), or an actual value.
 */
import type { Kind } from '../schema.js';
import { gapAtEnd } from './name.js';
import {
  CHANGE_DOWN, CHANGE_NAME_ENDINGS, CHANGE_UP, CLAUSE_GOAL_PATTERNS, DONE_CLAUSE, GOAL_PATTERNS, SCHEDULE_AFTER,
} from '../lexicon/kinds.js';

const UP = [...CHANGE_UP].sort((a, b) => b.length - a.length);
const DOWN = [...CHANGE_DOWN].sort((a, b) => b.length - a.length);

export interface KindInput {
  /** Clause text right before the figure (qualifier words excluded). */
  before: string;
  /** Text right after the figure. */
  after: string;
  name: string;
  /** Sentence text before the figure. */
  sentenceBefore: string;
  inPlan: boolean;
  /** The figure's qualifier (`以内` makes `控制在…` a bound to hold). */
  qualifier?: string | null;
}

export interface KindResult {
  kind: Kind;
  /** -1 for a fall, else 1. */
  sign: 1 | -1;
  rule: string | null;
}

export function kindOf(k: KindInput): KindResult {
  const lead = k.before.trimEnd();
  if (DOWN.some((w) => lead.endsWith(w))) return { kind: 'change', sign: -1, rule: 'kind.fall' };
  if (UP.some((w) => lead.endsWith(w))) return { kind: 'change', sign: 1, rule: 'kind.rise' };
  const gap = gapAtEnd(lead);
  if (gap) return { kind: 'change', sign: gap.sign, rule: 'kind.gap' };
  if (CHANGE_NAME_ENDINGS.some((w) => k.name.endsWith(w) || lead.endsWith(w))) return { kind: 'change', sign: 1, rule: 'kind.rate-of-change' };
  if (k.inPlan) return { kind: 'target', sign: 1, rule: 'kind.plan' };
  if (DONE_CLAUSE.test(lead)) return { kind: 'actual', sign: 1, rule: null };
  // `控制在4%以内` is a bound to hold; `控制在5.1%` in a review reports where it was held.
  if (/控制(?:在|到)$/u.test(lead) && k.qualifier === 'atMost') return { kind: 'target', sign: 1, rule: 'kind.control' };
  if (GOAL_PATTERNS.some((re) => re.test(k.sentenceBefore))) return { kind: 'target', sign: 1, rule: 'kind.goal' };
  if (CLAUSE_GOAL_PATTERNS.some((re) => re.test(lead))) return { kind: 'target', sign: 1, rule: 'kind.goal' };
  if (/(?:19|20)\d\d年$/u.test(lead) && SCHEDULE_AFTER.test(k.after)) return { kind: 'target', sign: 1, rule: 'kind.schedule' };
  return { kind: 'actual', sign: 1, rule: null };
}
