/**
 * Where the article is: a known container selector with enough text, else the element with
 * the most Han text, grown over the ancestors that add article prose (pages laid out in
 * tables spread the title, the introduction and each section over cells of their own).
 */
import type { CheerioAPI } from 'cheerio';
import {
  ARTICLE_CHUNK_HAN, ARTICLE_HAN_SHARE, ARTICLE_PUNCTUATION, ARTICLE_SELECTORS, BLOCK_TAGS, MIN_ARTICLE_HAN, SKIP_TAGS, WRAPPER_FURNITURE_TAGS,
} from './furniture.js';
import { type DomNode, contains, elements, isElement, matchesSimple, rawText, rootOf, tagName } from './dom.js';
import { countHan } from './text.js';
import { WHITESPACE_RUN } from './patterns.js';

/** Container tags that collect the text of their leaf blocks for density scoring. */
const DENSITY_CONTAINERS: ReadonlySet<string> = new Set(['div', 'section', 'article', 'main', 'td', 'body', 'ul', 'ol', 'table', 'tbody', 'center']);

/** The element with the most Han text in its leaf blocks. */
function densest(body: DomNode): DomNode {
  const score = new Map<DomNode, number>();
  const credit = (n: DomNode, han: number): void => {
    for (let p = n.parent; p !== null; p = p.parent) {
      if (DENSITY_CONTAINERS.has(tagName(p)) && !WRAPPER_FURNITURE_TAGS.has(tagName(p))) {
        score.set(p, (score.get(p) ?? 0) + han);
        return;
      }
    }
  };
  const stack: DomNode[] = [body];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n === undefined) break;
    if (n.type === 'text') {
      const han = countHan(n.data ?? '');
      if (han > 0) credit(n, han);
    } else if (!WRAPPER_FURNITURE_TAGS.has(tagName(n)) || tagName(n) === 'form') {
      for (const c of n.children ?? []) stack.push(c);
    }
  }
  let best = body;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  return best;
}

/** Text chunks of a subtree split at block tags and `<br>`, link text left out (menus and headlines are links). */
function chunks(n: DomNode, out: string[] = [''], inLink = false): string[] {
  if (n.type === 'text') {
    if (!inLink) out[out.length - 1] += n.data ?? '';
    return out;
  }
  if (!isElement(n) || SKIP_TAGS.has(tagName(n))) return out;
  const tag = tagName(n);
  const block = BLOCK_TAGS.has(tag) || tag === 'br' || tag === 'table';
  if (block) out.push('');
  for (const c of n.children ?? []) chunks(c, out, inLink || tag === 'a');
  if (block) out.push('');
  return out;
}

/** Whether a chunk of text reads like article prose: enough Han, mostly Han, with sentence punctuation. */
export function isArticleText(text: string): boolean {
  const compact = text.replace(WHITESPACE_RUN, '');
  const han = countHan(compact);
  return han >= ARTICLE_CHUNK_HAN && han >= compact.length * ARTICLE_HAN_SHARE && ARTICLE_PUNCTUATION.test(compact);
}

/**
 * Grow the densest element over its ancestors while each adds article prose: on a page
 * laid out in tables the title, the introduction and each section sit in cells of their
 * own, and only together are they the article. Menus, headline lists (links), counters
 * and footers add no prose, so the sidebar and the footer stay out.
 */
function grow(best: DomNode, top: DomNode): DomNode {
  let container = best;
  for (let p = best.parent, below = best; p !== null && contains(top, p); below = p, p = p.parent) {
    const added = (p.children ?? []).filter((c) => c !== below).flatMap((c) => chunks(c));
    if (added.some(isArticleText)) container = p;
  }
  return container;
}

/** The article container: a known selector with enough text, else the densest element grown over the cells of its article. */
export function findContainer($: CheerioAPI): DomNode {
  const all = elements(rootOf($));
  for (const sel of ARTICLE_SELECTORS) {
    for (const el of all) {
      if (matchesSimple(el, sel) && countHan(rawText(el)) >= MIN_ARTICLE_HAN) return el;
    }
  }
  const body = all.find((el) => tagName(el) === 'body') ?? rootOf($);
  return grow(densest(body), body);
}
