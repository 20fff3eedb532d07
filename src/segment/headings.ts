/**
 * Headings into section paths. A heading opens a line or a sentence (`一、` `(一)` `1.`
 * `(1)` `一是`); its text runs to the first 。 or the end of the line.
 */
import { HEADING_MAX, HEADING_PATTERNS } from '../lexicon/headings.js';
import { PLAN_HEADING, PLAN_TITLE, REPORT_TITLE, REVIEW_HEADING } from '../lexicon/kinds.js';

export interface Heading {
  start: number;
  level: number;
  text: string;
}

export interface Sections {
  headings: Heading[];
  /** The section path in force after each heading. */
  paths: string[][];
  /** Whether a plan heading (工作计划, 工作安排) is in force after each heading. */
  plan: boolean[];
  /** Whether a first-level review heading (工作回顾, 完成情况) is in force after each heading: a plan title does not reach there. */
  review: boolean[];
  title: string | null;
  titlePlan: boolean;
}

const OPENERS = /(?:^|\n|[。!?])\s*/gu;

export function findSections(text: string): Sections {
  const headings: Heading[] = [];
  for (const m of text.matchAll(OPENERS)) {
    const at = m.index + m[0].length;
    const rest = text.slice(at, at + HEADING_MAX + 2);
    for (const h of HEADING_PATTERNS) {
      if (!h.pattern.test(rest)) continue;
      const cut = rest.search(/[。\n]/u);
      const body = (cut >= 0 ? rest.slice(0, cut) : rest).slice(0, HEADING_MAX).trim();
      headings.push({ start: at, level: h.level, text: body });
      break;
    }
  }
  const paths: string[][] = [];
  const plan: boolean[] = [];
  const review: boolean[] = [];
  const stack: Heading[] = [];
  // Plans follow the review in these genres: once a first-level plan heading opens, the first-level
  // headings after it stay in the plan until one goes back to the review (`存在的问题`, `工作回顾`).
  let inPlan = false;
  for (const h of headings) {
    while (stack.length > 0 && stack[stack.length - 1]!.level >= h.level) stack.pop();
    stack.push(h);
    paths.push(stack.map((s) => s.text));
    if (h.level === 1) inPlan = PLAN_HEADING.test(h.text) ? !REVIEW_HEADING.test(h.text) : inPlan && !REVIEW_HEADING.test(h.text);
    plan.push(inPlan && stack.some((s) => s.level === 1));
    review.push(stack.some((s) => s.level === 1 && REVIEW_HEADING.test(s.text) && !PLAN_HEADING.test(s.text)));
  }
  const title = findTitle(text);
  const titlePlan = title !== null && PLAN_TITLE.test(title) && !REPORT_TITLE.test(title);
  return { headings, paths, plan, review, title, titlePlan };
}

/** Index of the last heading at or before `pos`, or -1. */
export function headingIndexAt(s: Sections, pos: number): number {
  let lo = 0;
  let hi = s.headings.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s.headings[mid]!.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A breadcrumb (`首页 > 信息公开 > 规划计划`) names a site's folder, not the report. */
const BREADCRUMB = /[>›»]|当前位置|您的位置/u;
const TITLE_WORDS = /(?:总结|计划|报告|要点|亮点|公报|打算|安排|部署|情况)/u;

/** The document title: the first of the opening lines that names a report. */
function findTitle(text: string): string | null {
  const lines = text.slice(0, 2000).split('\n', 12);
  for (const line of lines) {
    const t = line.trim();
    if (t.length >= 4 && t.length <= 120 && TITLE_WORDS.test(t) && !BREADCRUMB.test(t)) return t.slice(0, 120);
  }
  return null;
}
