/**
 * Distributed lists: `第一、二、三产业增加值分别为31.57亿元、72.4亿元和98.6亿元，同比分别增长3.8%、5.9%和4.9%`
 * is one record per figure, each named by its own list member plus the shared head
 * (`第一产业增加值`, `第二产业增加值`, …). A list of figures without a subject list of its own
 * (`，分别增长4.7%和6.6%`) takes the members of the list before it in the sentence. A fall, a kind
 * and a qualifier written once for the list belong to every member.
 */
import { DISTRIBUTIVE_COMPOUNDS } from '../lexicon/names.js';
import { LIST_JOINER } from '../extract/patterns.js';
import type { Segmenter } from '../segment/words.js';
import type { Draft } from './index.js';
import { stripLeading, stripTrailing } from './name.js';

/** Where the phrase holding a subject list starts: a clause end other than `、`. */
const PHRASE_END = new Set([',', ';', ':', '。', '!', '?', '\n']);
const MEMBER_SPLIT = /、|和(?=[^、和]*$)/u;
/** How far back a list's phrase is looked for (characters), and how many figures back its members: linear on any text. */
const PHRASE_REACH = 400;
const MEMBERS_REACH = 64;

export function distribute(text: string, drafts: Draft[], segmenter: Segmenter): void {
  let previous: { sentence: number; names: string[] } | null = null;
  for (let a = 0; a < drafts.length; ) {
    let b = a;
    while (
      b + 1 < drafts.length &&
      drafts[b + 1]!.sentence.start === drafts[a]!.sentence.start &&
      LIST_JOINER.test(text.slice(drafts[b]!.fig.outerEnd, drafts[b + 1]!.fig.outerStart))
    ) b++;
    const run = drafts.slice(a, b + 1);
    a = b + 1;
    if (run.length < 2) continue;
    const first = run[0]!;
    const before = drafts[a - run.length - 1];
    let names = subjectList(text, first, run.length, segmenter, before ? before.fig.outerEnd : 0);
    if (names === null && previous && previous.sentence === first.sentence.start && previous.names.length === run.length) names = previous.names;
    // `PM2.5年均浓度为31微克/立方米，优良天数比率为86.3%，分别较上年改善3.1%和1.8个百分点`: the figures
    // just before, each with its own name, are the members.
    if (names === null && saysRespectively(text, first)) names = membersBefore(drafts, a - run.length, run.length, first.sentence.start);
    if (names === null) continue;
    previous = { sentence: first.sentence.start, names };
    run.forEach((d, i) => {
      d.name = names![i]!;
      d.rule += '+name.distributed';
    });
    shareAcross(run);
  }
}

function saysRespectively(text: string, first: Draft): boolean {
  let p = first.fig.outerStart;
  const stop = Math.max(first.sentence.start, first.fig.outerStart - PHRASE_REACH);
  while (p > stop && !PHRASE_END.has(text[p - 1]!)) p--;
  return text.slice(p, first.fig.outerStart).includes('分别');
}

function membersBefore(drafts: readonly Draft[], runStart: number, count: number, sentence: number): string[] | null {
  // The last `count` distinct names of the sentence before the run, in order.
  const names: string[] = [];
  for (let j = runStart - 1; j >= 0 && j >= runStart - MEMBERS_REACH && names.length < count; j--) {
    const d = drafts[j]!;
    if (d.sentence.start !== sentence) break;
    if (d.name.length > 0 && !names.includes(d.name)) names.unshift(d.name);
  }
  return names.length === count ? names : null;
}

/** The members of the subject list before the run's first figure, completed by the shared head; null when none fits. */
function subjectList(text: string, first: Draft, count: number, segmenter: Segmenter, floor: number): string[] | null {
  let p = first.fig.outerStart;
  // The phrase reaches back to a clause end, never across the figure before (`由…8.1%、38.0%调整为8.0%、…`).
  const stop = Math.max(first.sentence.start, floor, first.fig.outerStart - PHRASE_REACH);
  while (p > stop && !PHRASE_END.has(text[p - 1]!)) p--;
  let phrase = text.slice(p, first.fig.outerStart);
  const fenbie = phrase.lastIndexOf('分别');
  if (fenbie >= 0) phrase = phrase.slice(0, fenbie);
  phrase = stripLeading(stripTrailing(phrase, segmenter), segmenter, 2);
  if (phrase.length === 0) return null;
  let members = phrase.split(MEMBER_SPLIT).map((m) => m.trim()).filter((m) => m.length > 0);
  if (members.length === 1 && count === 2) {
    const compound = [...DISTRIBUTIVE_COMPOUNDS.keys()].find((k) => phrase.startsWith(k) && phrase.length > k.length);
    if (compound) return DISTRIBUTIVE_COMPOUNDS.get(compound)!.map((m) => m + phrase.slice(compound.length));
  }
  if (members.length !== count) return null;
  members = [stripLeading(members[0]!, segmenter, 1), ...members.slice(1)];
  return withSharedHead(members);
}

/**
 * `城镇、农村常住居民人均可支配收入` → the short members take the head of the last one
 * (`城镇常住居民人均可支配收入`); `第一、二、三产业` keeps its `第` on every member.
 */
export function withSharedHead(members: readonly string[]): string[] {
  const last = members[members.length - 1]!;
  const others = members.slice(0, -1);
  const longest = Math.max(...others.map((m) => m.length));
  if (longest > 4 || last.length <= longest + 1) return [...members];
  const head = last.slice(others[others.length - 1]!.length);
  const ordinal = others[0]!.startsWith('第') ? '第' : '';
  return members.map((m, i) => {
    const member = ordinal && !m.startsWith('第') ? ordinal + m : m;
    return i === members.length - 1 ? member : member + head;
  });
}

/** A fall or a kind read on one member, and a qualifier written once at the end, hold for the whole list. */
function shareAcross(run: Draft[]): void {
  const lead = run.find((d) => d.kind === 'change') ?? null;
  const qualifier = run[run.length - 1]!.fig.qualifier;
  for (const d of run) {
    if (lead && d.kind !== 'change') {
      d.kind = 'change';
      d.sign = lead.sign;
    } else if (lead && d.sign !== lead.sign && d.fig.value !== null && d.fig.value >= 0) d.sign = lead.sign;
    if (qualifier && d.fig.qualifier === null) d.fig.qualifier = qualifier;
  }
}
