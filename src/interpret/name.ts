/**
 * A figure's name: the nearest noun phrase of its clause. Counts followed by a noun
 * are named by it (`12个督导组`), rates followed by a predicate by both sides
 * (`疾控机构xxx%具备…能力`), everything else by the text before the figure,
 * cut free of time, scope, reporting verbs and linking words.
 */
import {
  COMPARISON_FRAME, LEVEL_FRAME_END, METHOD_FRAME, PER_FRAME, COUNT_PREDICATE_ADVERBS, COUNT_PREDICATE_MAX, COUNT_PREDICATE_VERBS, FOLLOWING_STOPS, FRAME_WORDS_END, FRAME_WORDS_START, GENERIC_HEADS, LEADING_PATTERNS, LEADING_WORDS,
  LEVEL_VERBS, LINKING_VERBS, MEASURE_NOUN_ENDINGS, SPLIT_VERBS, TRAILING_WORDS,
} from '../lexicon/names.js';
import { alternation } from '../lexicon/regex.js';
import { CHANGE_DOWN, CHANGE_UP, GAP_ABOVE, GAP_BELOW, PEER_ABOVE, PEER_BELOW } from '../lexicon/kinds.js';
import { CLAUSE_DELIMITERS } from '../segment/sentences.js';
import { cutWords, type Segmenter } from '../segment/words.js';
import type { Figure } from '../extract/figures.js';

const STOPS: ReadonlySet<string> = new Set(FOLLOWING_STOPS);
const SPLIT: ReadonlySet<string> = new Set(SPLIT_VERBS);
const PREDICATE: ReadonlySet<string> = new Set(COUNT_PREDICATE_VERBS);
const ADVERBS: ReadonlySet<string> = new Set(COUNT_PREDICATE_ADVERBS);
const FUNCTION_WORDS: ReadonlySet<string> = new Set([...LEADING_WORDS, ...TRAILING_WORDS, ...FRAME_WORDS_END, ...FRAME_WORDS_START]);
const TRAILING = [...new Set([...TRAILING_WORDS, ...CHANGE_UP, ...CHANGE_DOWN, ...FRAME_WORDS_END])].sort((a, b) => b.length - a.length);
/** Trailing words by their last character, longest first, so that a name is tested only against words it can end with. */
const TRAILING_BY_LAST: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const w of TRAILING) {
    const last = w[w.length - 1]!;
    m.set(last, [...(m.get(last) ?? []), w]);
  }
  return m;
})();
/** The longest comparison or level frame (characters): only that much of a name's end is read for one. */
const FRAME_REACH = 16;
/** Characters a comparison frame can end with (`比上年`, `同比`, `较2022年末`, `与上年相比`). */
const FRAME_LAST: ReadonlySet<string> = new Set(['年', '比', '期', '末', '底', '初', '月', '度', '的', '由', '从']);
const LEADING_SET: ReadonlySet<string> = new Set([...LEADING_WORDS, ...FRAME_WORDS_START]);
const FRAME_AT_END = new RegExp(`${COMPARISON_FRAME}$`, 'u');
const FRAME_AT_START = new RegExp(`^${COMPARISON_FRAME}`, 'u');
const GENERIC: ReadonlySet<string> = new Set(GENERIC_HEADS);
const GENERIC_BY_LENGTH = [...GENERIC_HEADS].sort((a, b) => b.length - a.length);

/** A head that needs its referent (`总数`, `支出`, `占…的比重`). */
export function isGenericHead(name: string): boolean {
  return GENERIC.has(name) || /^占/u.test(name);
}

/** `城乡居民医保基金收入` → `城乡居民医保基金`: the referent without its own generic head. */
export function referentStem(name: string): string {
  const head = GENERIC_BY_LENGTH.find((h) => name.endsWith(h) && name.length > h.length + 1);
  return head ? name.slice(0, -head.length) : name;
}
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

/** A rate followed by the verb of a level or a change (`93.2%提高到95.6%`) is named by what stands before it only. */
const LEVEL_VERB_AFTER = new RegExp(`^(?:${alternation([...CHANGE_UP, ...CHANGE_DOWN, ...LEVEL_VERBS])})`, 'u');

/** Strips linking words from the end, a whole word at a time (`签约` keeps its 约). */
export function stripTrailing(s: string, segmenter: Segmenter): string {
  let out = s.trim();
  for (let changed = true; changed && out.length > 0; ) {
    changed = false;
    const frameFrom = Math.max(0, out.length - FRAME_REACH);
    const tail = FRAME_LAST.has(out[out.length - 1]!) ? out.slice(frameFrom) : null;
    const frame = tail === null ? null : FRAME_AT_END.exec(tail) ?? LEVEL_FRAME_END.exec(tail);
    if (frame && frameFrom + frame.index > 0) {
      out = out.slice(0, frameFrom + frame.index).trimEnd();
      changed = true;
      continue;
    }
    let words: string[] | undefined;
    for (const w of TRAILING_BY_LAST.get(out[out.length - 1]!) ?? []) {
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

export function stripLeading(s: string, segmenter: Segmenter, min: number): string {
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
    const frame = FRAME_AT_START.exec(out);
    if (frame && out.length - frame[0].length >= min) {
      out = out.slice(frame[0].length).trimStart();
      changed = true;
      continue;
    }
    const first = cutWords(out, segmenter)[0];
    // A verb stays when dropping it would leave only a generic head (`完成投资`, `实现收入`).
    if (first !== undefined && LEADING_SET.has(first) && out.length - first.length >= min && !(min > 0 && GENERIC.has(out.slice(first.length).trim()))) {
      out = out.slice(first.length).trimStart();
      changed = true;
    }
  }
  return out;
}

/** The name from the text before a figure. */
export function nameBefore(pre: string, segmenter: Segmenter, min = MIN): string {
  let s = stripTrailing(pre, segmenter);
  // A gap against a goal or schedule (`…增速低于年初目标`) is the figure's kind, not its name.
  const gap = gapAtEnd(s);
  if (gap) s = stripTrailing(s.slice(0, gap.at), segmenter);
  for (const verb of LINKING_VERBS) {
    const at = s.indexOf(verb, 1);
    // `…率达全年资金的` is cut before the verb; a share (`税收收入占一般公共预算收入的比重`) is a name whole.
    if (at > 0 && MEASURE_NOUN_ENDINGS.some((e) => s.slice(0, at).endsWith(e)) && !(verb === '占' && isShare(s.slice(at)))) {
      s = s.slice(0, at);
      break;
    }
  }
  const words = cutWords(s, segmenter);
  let from = 0;
  let pos = 0;
  for (const w of words) {
    pos += w.length;
    // After `完成`/`实现` the rest is the name, unless the rest is a bare generic head (`完成投资`).
    if (SPLIT.has(w) && s.length - pos >= MIN && s[pos] !== '率' && !GENERIC.has(stripTrailing(s.slice(pos), segmenter))) from = pos;
  }
  s = s.slice(from);
  for (const mark of ['的', '等']) {
    const at = s.lastIndexOf(mark);
    if (at < 0 || s.length - at - 1 < MIN || (mark === '的' && GENERIC.has(stripTrailing(s.slice(at + 1), segmenter)))) continue;
    // Only the word itself (`…等23个项目`), not a character of another word (`等级`, `目的`).
    if (!standsAlone(cutWords(s, segmenter), at)) continue;
    s = s.slice(at + 1);
  }
  return stripTrailing(stripLeading(s, segmenter, min), segmenter);
}

/** Whether the one-character word at `at` is a word of its own in `words`. */
function standsAlone(words: readonly string[], at: number): boolean {
  let pos = 0;
  for (const w of words) {
    if (pos === at) return w.length === 1;
    if (pos > at) return false;
    pos += w.length;
  }
  return false;
}

/** `占一般公共预算收入的比重`: a share phrase. */
function isShare(s: string): boolean {
  return /^占.{1,30}(?:比重|比例|份额|占比)?$/u.test(s);
}

/** Where a gap phrase (`低于年初目标`, `比全省高`) ends the string and its direction, or null; only its last characters are read. */
export function gapAtEnd(s: string): { at: number; sign: 1 | -1 } | null {
  const from = Math.max(0, s.length - GAP_REACH);
  const tail = s.slice(from);
  if (!GAP_TRIGGER.test(tail)) return null;
  const below = GAP_BELOW.exec(tail) ?? PEER_BELOW.exec(tail);
  if (below) return { at: from + below.index, sign: -1 };
  const above = GAP_ABOVE.exec(tail) ?? PEER_ABOVE.exec(tail);
  return above ? { at: from + above.index, sign: 1 } : null;
}
/** The longest gap phrase (characters), and the characters one must hold. */
const GAP_REACH = 28;
const GAP_TRIGGER = /[低慢落少未超高快领多比]/u;

/** `按可比价格计算`, `平均每个乡镇`: a frame of method or distribution standing alone. */
function isMethodOrPer(s: string): boolean {
  return (s.endsWith('算') && METHOD_FRAME.test(s)) || (s.includes('每') && PER_FRAME.test(s));
}

/** Whether a name is only frames, verbs and linking words (`比上年`, `同比分别`, `力争`, `和`). */
export function isFrameOnly(name: string, segmenter: Segmenter): boolean {
  let s = name.trim();
  if (isMethodOrPer(s)) return true;
  for (let i = 0; i < 8 && s.length > 0; i++) {
    const before = s;
    const frame = (FRAME_LAST.has(s[s.length - 1]!) ? FRAME_AT_END.exec(s) : null) ?? FRAME_AT_START.exec(s);
    if (frame) s = (s.slice(0, frame.index) + s.slice(frame.index + frame[0].length)).trim();
    const end = (TRAILING_BY_LAST.get(s[s.length - 1]!) ?? []).find((w) => s.endsWith(w));
    if (end) s = s.slice(0, -end.length).trim();
    const first = cutWords(s, segmenter)[0];
    if (first !== undefined && LEADING_SET.has(first)) s = s.slice(first.length).trim();
    if (s === before) break;
  }
  return s.length === 0;
}

/** The name from the text after a count (`个督导组`), cut before the word that starts the predicate. */
export function nameAfterCount(post: string, segmenter: Segmenter, opensClause = false): string {
  const s = post.startsWith('的') ? post.slice(1) : post;
  if (!HAN.test(s) && !s.startsWith('“')) return '';
  let words = cutWords(s, segmenter);
  if (words[0] === '为' && words.length > 1) words = words.slice(1);
  if (words.length === 0 || STOPS.has(words[0]!)) return '';
  let end = 0;
  let i = 0;
  for (; i < words.length; i++) {
    if (i > 0 && words[i] === '(' && opensClause) {
      // `村(社区)`: an alternative in parentheses belongs to the noun.
      const close = words.indexOf(')', i);
      if (close > i && close - i <= 4) {
        for (; i <= close; i++) end += words[i]!.length;
        i--;
        continue;
      }
    }
    if (i > 0 && STOPS.has(words[i]!)) break;
    end += words[i]!.length;
  }
  const head = stripTrailing(words.join('').slice(0, end), segmenter);
  // `N X do Y`: a count that opens its clause keeps its predicate (`三名教师被评为省级骨干教师`).
  if (opensClause && i < words.length && PREDICATE.has(words[i]!)) {
    const rest = words.slice(i).filter((w) => !ADVERBS.has(w)).join('');
    if (rest.length > 0 && rest.length <= COUNT_PREDICATE_MAX && !/[\d%]/u.test(rest)) return head + rest;
  }
  return head;
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
  return name.length === 0 || FUNCTION_WORDS.has(name) || isMethodOrPer(name) || (name.length <= 8 && (nameBefore(name, segmenter, 0).length === 0 || isFrameOnly(name, segmenter)));
}

export function nameFigure(text: string, fig: Figure, floor: number, ceiling: number, segmenter: Segmenter): NameResult {
  const from = clauseStart(text, fig.outerStart, floor);
  const before = text.slice(from, fig.outerStart);
  const after = text.slice(fig.outerEnd, Math.min(ceiling, clauseEnd(text, fig.outerEnd)));
  const pre = nameBefore(before, segmenter).replace(/\([^()]{1,12}\)$/u, '');
  const countLike = fig.unitKind === 'count' || fig.unitKind === 'duration' || (fig.unit === null && fig.magnitude > 0);
  if (countLike && after.length > 0 && !/^[(]|^[任目]/u.test(after)) {
    const core = nameBefore(before, segmenter, 0);
    const post = nameAfterCount(after, segmenter, core.length === 0);
    if (post.length > 0) {
      const joined = before.trimEnd().endsWith('的') || (core.length > 0 && core.length <= 4);
      const consumedEnd = fig.outerEnd + Math.max(0, after.indexOf(post)) + post.length;
      // `城镇老旧小区改造38个小区`: the noun after the count repeats one the name before holds.
      if (core.length > post.length && core.includes(post)) return { name: core, before, consumedEnd };
      return { name: joined ? core + post : post, before, consumedEnd };
    }
  }
  if (fig.unitKind === 'rate' && /^的?\p{Script=Han}/u.test(after) && !/^的?(?:全年任务|任务|目标|控制目标)/u.test(after) && !LEVEL_VERB_AFTER.test(after)) {
    const post = stripTrailing(after.replace(/^的/u, ''), segmenter);
    return { name: pre + post, before, consumedEnd: fig.outerEnd + after.length };
  }
  return { name: pre, before, consumedEnd: fig.outerEnd };
}
