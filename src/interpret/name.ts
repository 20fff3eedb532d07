/**
 * A figure's name: the nearest noun phrase of its clause. Counts followed by a noun
 * are named by it (`12个督导组`), rates followed by a predicate by both sides
 * (`疾控机构xxx%具备…能力`), everything else by the text before the figure,
 * cut free of time, scope, reporting verbs and linking words.
 */
import {
  FOLLOWING_STOPS, LEADING_PATTERNS, LEADING_WORDS, LINKING_VERBS, MEASURE_NOUN_ENDINGS, SPLIT_VERBS, TRAILING_WORDS,
} from '../lexicon/names.js';
import { CHANGE_DOWN, CHANGE_UP } from '../lexicon/kinds.js';
import { CLAUSE_DELIMITERS } from '../segment/sentences.js';
import { cutWords, type Segmenter } from '../segment/words.js';
import type { Figure } from '../extract/figures.js';

const STOPS: ReadonlySet<string> = new Set(FOLLOWING_STOPS);
const SPLIT: ReadonlySet<string> = new Set(SPLIT_VERBS);
const FUNCTION_WORDS: ReadonlySet<string> = new Set([...LEADING_WORDS, ...TRAILING_WORDS]);
const TRAILING = [...new Set([...TRAILING_WORDS, ...CHANGE_UP, ...CHANGE_DOWN])].sort((a, b) => b.length - a.length);
const HAN = /^\p{Script=Han}/u;
const MIN = 2;

/** How far a clause scan walks from its figure (characters): text without delimiters stays linear. */
export const CLAUSE_REACH = 400;

/** Start of the clause holding `pos`, never before `floor` nor more than CLAUSE_REACH back. */
export function clauseStart(text: string, pos: number, floor: number): number {
  const stop = Math.max(floor, pos - CLAUSE_REACH);
  let i = pos;
  while (i > stop && !CLAUSE_DELIMITERS.has(text[i - 1]!)) i--;
  return i;
}

/** End of the clause holding `pos`, at most CLAUSE_REACH on. */
export function clauseEnd(text: string, pos: number): number {
  const stop = Math.min(text.length, pos + CLAUSE_REACH);
  let i = pos;
  while (i < stop && !CLAUSE_DELIMITERS.has(text[i]!)) i++;
  return i;
}

/** Strips linking words from the end, a whole word at a time (`签约` keeps its 约). */
function stripTrailing(s: string, segmenter: Segmenter): string {
  let out = s.trim();
  for (let changed = true; changed && out.length > 0; ) {
    changed = false;
    let words: string[] | undefined;
    for (const w of TRAILING) {
      if (out.length > w.length && out.endsWith(w) && endsOnWord((words ??= cutWords(out, segmenter)), w)) {
        out = out.slice(0, -w.length).trimEnd();
        changed = true;
        break;
      }
    }
  }
  return out;
}

/** Whether the last words of `words` spell exactly `tail`. */
function endsOnWord(words: readonly string[], tail: string): boolean {
  let acc = '';
  for (let i = words.length - 1; i >= 0 && acc.length < tail.length; i--) acc = words[i]! + acc;
  return acc === tail;
}

function stripLeading(s: string, segmenter: Segmenter, min: number): string {
  let out = s.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const re of LEADING_PATTERNS) {
      const m = re.exec(out);
      if (m && m[0].length > 0 && out.length - m[0].length >= min) {
        out = out.slice(m[0].length).trimStart();
        changed = true;
      }
    }
    const first = cutWords(out, segmenter)[0];
    if (first !== undefined && LEADING_WORDS.has(first) && out.length - first.length >= min) {
      out = out.slice(first.length).trimStart();
      changed = true;
    }
  }
  return out;
}

/** The name from the text before a figure. */
export function nameBefore(pre: string, segmenter: Segmenter, min = MIN): string {
  let s = stripTrailing(pre, segmenter);
  for (const verb of LINKING_VERBS) {
    const at = s.indexOf(verb, 1);
    if (at > 0 && MEASURE_NOUN_ENDINGS.some((e) => s.slice(0, at).endsWith(e))) {
      s = s.slice(0, at);
      break;
    }
  }
  const words = cutWords(s, segmenter);
  let from = 0;
  let pos = 0;
  for (const w of words) {
    pos += w.length;
    if (SPLIT.has(w) && s.length - pos >= MIN && s[pos] !== '率') from = pos;
  }
  s = s.slice(from);
  for (const mark of ['的', '等']) {
    const at = s.lastIndexOf(mark);
    if (at >= 0 && s.length - at - 1 >= MIN) s = s.slice(at + 1);
  }
  return stripTrailing(stripLeading(s, segmenter, min), segmenter);
}

/** The name from the text after a count (`个督导组`), cut before the word that starts the predicate. */
export function nameAfterCount(post: string, segmenter: Segmenter): string {
  const s = post.startsWith('的') ? post.slice(1) : post;
  if (!HAN.test(s) && !s.startsWith('“')) return '';
  let words = cutWords(s, segmenter);
  if (words[0] === '为' && words.length > 1) words = words.slice(1);
  if (words.length === 0 || STOPS.has(words[0]!)) return '';
  let end = 0;
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && STOPS.has(words[i]!)) break;
    end += words[i]!.length;
  }
  return stripTrailing(words.join('').slice(0, end), segmenter);
}

export interface NameResult {
  name: string;
  /** The clause text before the figure, kept for kind and target rules. */
  before: string;
  /** Where the name ends when it follows the figure; the next figure's name starts after it. */
  consumedEnd: number;
}

/** Names that are only function words (`共`) say nothing. */
export function isEmptyName(name: string, segmenter: Segmenter): boolean {
  return name.length === 0 || FUNCTION_WORDS.has(name) || (name.length <= 6 && nameBefore(name, segmenter, 0).length === 0);
}

export function nameFigure(text: string, fig: Figure, floor: number, ceiling: number, segmenter: Segmenter): NameResult {
  const from = clauseStart(text, fig.outerStart, floor);
  const before = text.slice(from, fig.outerStart);
  const after = text.slice(fig.outerEnd, Math.min(ceiling, clauseEnd(text, fig.outerEnd)));
  const pre = nameBefore(before, segmenter).replace(/\([^()]{1,12}\)$/u, '');
  const countLike = fig.unitKind === 'count' || fig.unitKind === 'duration' || (fig.unit === null && fig.magnitude > 0);
  if (countLike && after.length > 0 && !/^[(]|^[任目]/u.test(after)) {
    const post = nameAfterCount(after, segmenter);
    if (post.length > 0) {
      const core = nameBefore(before, segmenter, 0);
      const joined = before.trimEnd().endsWith('的') || (core.length > 0 && core.length <= 4);
      const consumedEnd = fig.outerEnd + Math.max(0, after.indexOf(post)) + post.length;
      return { name: joined ? core + post : post, before, consumedEnd };
    }
  }
  if (fig.unitKind === 'rate' && /^的?\p{Script=Han}/u.test(after) && !/^的?(?:全年任务|任务|目标|控制目标)/u.test(after)) {
    const post = stripTrailing(after.replace(/^的/u, ''), segmenter);
    return { name: pre + post, before, consumedEnd: fig.outerEnd + after.length };
  }
  return { name: pre, before, consumedEnd: fig.outerEnd };
}
