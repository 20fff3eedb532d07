/**
 * Goals tied to figures. A figure led by 任务/目标 (`63.9%(全年任务62%)`, `筛查任务49名,
 * 重点筛查49例`) or followed by 的控制目标 is the goal of a neighbour in its sentence:
 * the figure it directly follows, else the next one, else the previous one.
 */
import { GOAL_LEAD_END, TARGET_AFTER, TARGET_LEAD } from '../lexicon/kinds.js';
import { CLAUSE_DELIMITERS } from '../segment/sentences.js';
import type { Figure } from '../extract/figures.js';

export interface Linkable {
  fig: Figure;
  sentenceStart: number;
  /** Clause text before the figure. */
  before: string;
  /** Index of the figure this one is the goal of. */
  goalOf: number | null;
  /** Index of this figure's goal. */
  goal: number | null;
}

function hasDelimiter(s: string): boolean {
  for (const c of s) if (CLAUSE_DELIMITERS.has(c)) return true;
  return false;
}

export function linkTargets(text: string, items: Linkable[]): void {
  for (let i = 0; i < items.length; i++) {
    const g = items[i]!;
    const ledByGoal = GOAL_LEAD_END.test(g.before);
    const trailedByGoal = TARGET_AFTER.test(text.slice(g.fig.outerEnd, g.fig.outerEnd + 8));
    if (!ledByGoal && !trailedByGoal) continue;
    const prevIndex = findNeighbour(items, i, -1);
    const nextIndex = findNeighbour(items, i, 1);
    const prev = prevIndex === null ? null : items[prevIndex]!;
    let owner: number | null = null;
    if (prev && (trailedByGoal || TARGET_LEAD.test(text.slice(prev.fig.outerEnd, g.fig.outerStart)) || !hasDelimiter(text.slice(prev.fig.outerEnd, g.fig.outerStart)))) {
      owner = prevIndex;
    } else if (nextIndex !== null && ledByGoal) owner = nextIndex;
    else owner = prevIndex;
    if (owner === null) continue;
    items[owner]!.goal = i;
    g.goalOf = owner;
  }
}

/** The nearest figure in the same sentence in `dir` that has no goal and is no goal. */
function findNeighbour(items: Linkable[], i: number, dir: 1 | -1): number | null {
  const me = items[i]!;
  for (let j = i + dir; j >= 0 && j < items.length; j += dir) {
    const o = items[j]!;
    if (o.sentenceStart !== me.sentenceStart) return null;
    if (o.goalOf !== null || o.fig.ratio !== null) continue;
    if (o.goal !== null) return null;
    return j;
  }
  return null;
}
