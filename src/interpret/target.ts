/**
 * Goals tied to figures. A figure led by 任务/目标 (`63.9%(全年任务62%)`, `筛查任务49名,
 * 重点筛查49例`) or followed by 的控制目标 is the goal of a neighbour in its sentence:
 * the figure it directly follows, else the next one, else the previous one.
 */
import { GOAL_LEAD_END, TARGET_AFTER, TARGET_LEAD } from '../lexicon/kinds.js';
import { CLAUSE_DELIMITERS } from '../segment/sentences.js';
import type { Figure } from '../extract/figures.js';
import { UNIT_ALIASES } from '../lexicon/units.js';
import { gapAtEnd } from './name.js';

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
    // `超出省定目标0.27万人`: a gap against a goal is a change of its own, not the goal.
    const ledByGoal = GOAL_LEAD_END.test(g.before) && gapAtEnd(g.before) === null;
    const trailedByGoal = TARGET_AFTER.test(text.slice(g.fig.outerEnd, g.fig.outerEnd + 8));
    const planned = !ledByGoal && !trailedByGoal && plannedBeforeDone(text, items, i);
    if (!ledByGoal && !trailedByGoal && !planned) continue;
    const owner = planned ? i + 1 : ownerOf(text, items, i, ledByGoal, trailedByGoal);
    if (owner === null) continue;
    items[owner]!.goal = i;
    g.goalOf = owner;
  }
}

/**
 * The figure a goal belongs to. A goal in the unit of a figure of its sentence ties to the nearest
 * such figure before it, else after it (`城镇新增就业2.58万人，完成率103%(目标任务2.5万人)`,
 * `实际使用外资2860万美元，完成市下达任务2500万美元的114.4%`); a goal in no neighbour's unit ties
 * as written (`筛查任务49名,重点筛查49例患者`).
 */
function ownerOf(text: string, items: Linkable[], i: number, ledByGoal: boolean, trailedByGoal: boolean): number | null {
  const g = items[i]!;
  const same = (j: number | null): boolean => j !== null && sameUnit(items[j]!.fig.unit, g.fig.unit);
  const back = findNeighbour(items, i, -1, (o) => sameUnit(o.fig.unit, g.fig.unit));
  if (back !== null) return back;
  const ahead = ledByGoal ? findNeighbour(items, i, 1, (o) => sameUnit(o.fig.unit, g.fig.unit)) : null;
  if (ahead !== null) return ahead;
  const prevIndex = findNeighbour(items, i, -1);
  const nextIndex = findNeighbour(items, i, 1);
  if (same(prevIndex) || same(nextIndex)) return null;
  // Units that differ but count the same people (`49名` and `49例`).
  const people = (j: number | null): boolean => j !== null && PEOPLE.has(items[j]!.fig.unit ?? '') && PEOPLE.has(g.fig.unit ?? '');
  const prev = prevIndex === null ? null : items[prevIndex]!;
  if (prev && people(prevIndex) && (trailedByGoal || TARGET_LEAD.test(text.slice(prev.fig.outerEnd, g.fig.outerStart)) || !hasDelimiter(text.slice(prev.fig.outerEnd, g.fig.outerStart)))) return prevIndex;
  if (ledByGoal && people(nextIndex)) return nextIndex;
  return null;
}

/** `年度计划新开工项目36个，已开工21个`, `整改任务28项，已完成26项`: the planned count is the goal of the done one. */
function plannedBeforeDone(text: string, items: Linkable[], i: number): boolean {
  const g = items[i]!;
  const next = items[i + 1];
  if (!next || next.sentenceStart !== g.sentenceStart || !sameUnit(next.fig.unit, g.fig.unit) || next.goal !== null) return false;
  const between = text.slice(g.fig.outerEnd, next.fig.outerStart);
  return /(?:计划|任务)/u.test(g.before) && /^[,;]\s?(?:已|实际|其中已|目前已)[\p{Script=Han}]{0,8}$/u.test(between);
}

const PEOPLE: ReadonlySet<string> = new Set(['人', '名', '例', '位', '人次']);

function sameUnit(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  return (UNIT_ALIASES.get(a) ?? a) === (UNIT_ALIASES.get(b) ?? b);
}

/** The nearest figure in the same sentence in `dir` that has no goal and is no goal (and passes `ok`, when given). */
function findNeighbour(items: Linkable[], i: number, dir: 1 | -1, ok?: (o: Linkable) => boolean): number | null {
  const me = items[i]!;
  for (let j = i + dir; j >= 0 && j < items.length; j += dir) {
    const o = items[j]!;
    if (o.sentenceStart !== me.sentenceStart) return null;
    if (o.goalOf !== null || o.fig.ratio !== null) continue;
    if (ok) {
      if (o.goal === null && ok(o)) return j;
      continue;
    }
    if (o.goal !== null) return null;
    return j;
  }
  return null;
}
