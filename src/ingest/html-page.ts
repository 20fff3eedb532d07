/**
 * A scraped page → its article: pick the container, drop the furniture, read
 * the title and the date. Rules come from furniture.ts.
 */
import type { CheerioAPI } from 'cheerio';
import {
  AD_LABELS, ARTICLE_SELECTORS, DATE_META_NAMES, FURNITURE_CONTAINS, FURNITURE_CONTAINS_MAX_CHARS,
  FURNITURE_MAX_CHARS, FURNITURE_PREFIXES, FURNITURE_SELECTORS, FURNITURE_TAGS, MIN_ARTICLE_HAN, TITLE_META_NAMES,
} from './furniture.js';
import { type DomNode, compactText, contains, detach, elements, rawText, select, tagName } from './dom.js';
import { collapseSpace, countHan } from './text.js';
import { DATE_IN_TEXT, DATE_LABEL, TITLE_FILE_EXT, TITLE_SITE_SUFFIX, WHITESPACE_RUN } from './patterns.js';

/** Tags that can wrap a whole page (ASP.NET puts everything in a <form>), removed only if they do not hold the article. */
export const WRAPPER_FURNITURE_TAGS: ReadonlySet<string> = new Set(['nav', 'header', 'footer', 'form', 'aside']);
/** A phrase rule never removes more than this share of the article's Han text. */
export const MAX_FURNITURE_SHARE = 0.3;
/** …except that elements with at most this many Han characters may always go. */
export const SMALL_FURNITURE_HAN = 100;
/** Container tags that collect the text of their leaf blocks for density scoring. */
const DENSITY_CONTAINERS: ReadonlySet<string> = new Set(['div', 'section', 'article', 'main', 'td', 'body', 'ul', 'ol', 'table', 'tbody', 'center']);

const PREFIXES = FURNITURE_PREFIXES.map((p) => p.replace(WHITESPACE_RUN, ''));
const CONTAINS = FURNITURE_CONTAINS.map((p) => p.replace(WHITESPACE_RUN, ''));

/** Remove tags that never hold text and are never wrappers. */
export function removeJunk($: CheerioAPI): void {
  const tags = FURNITURE_TAGS.filter((t) => !WRAPPER_FURNITURE_TAGS.has(t));
  $(tags.join(',')).remove();
}

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

/** The article container: a known selector with enough text, else the densest element. */
export function findContainer($: CheerioAPI): DomNode {
  for (const sel of ARTICLE_SELECTORS) {
    for (const el of select($, sel)) {
      if (countHan(rawText(el)) >= MIN_ARTICLE_HAN) return el;
    }
  }
  const body = select($, 'body')[0] ?? ($.root().get()[0] as unknown as DomNode);
  return densest(body);
}

/** Remove wrapper-capable furniture and furniture selectors, except what holds the container. */
export function removeFurnitureAround($: CheerioAPI, container: DomNode): void {
  const targets = [...select($, [...WRAPPER_FURNITURE_TAGS].join(',')), ...select($, FURNITURE_SELECTORS.join(','))];
  for (const el of targets) {
    if (el.parent === null || contains(el, container)) continue;
    detach($, el);
  }
}

/** Remove furniture recognised by its words (breadcrumbs, related lists, info bars…) inside the container. */
export function removeFurnitureWithin($: CheerioAPI, container: DomNode): void {
  const maxHan = Math.max(SMALL_FURNITURE_HAN, countHan(rawText(container)) * MAX_FURNITURE_SHARE);
  for (const el of elements(container)) {
    if (el.parent === null || !contains(container, el)) continue;
    const text = compactText(el);
    if (text === '' || text.length > FURNITURE_MAX_CHARS) continue;
    if (countHan(text) > maxHan) continue;
    if (AD_LABELS.has(text)) {
      const parent = el.parent;
      detach($, parent !== container && contains(container, parent) ? parent : el);
      continue;
    }
    const isFurniture =
      PREFIXES.some((p) => text.startsWith(p)) ||
      (text.length <= FURNITURE_CONTAINS_MAX_CHARS && CONTAINS.some((p) => text.includes(p)));
    if (isFurniture) detach($, el);
  }
}

function metaContent($: CheerioAPI, names: readonly string[]): string | null {
  for (const name of names) {
    const v = $(`meta[name="${name}"], meta[property="${name}"]`).attr('content');
    if (v !== undefined && v.trim() !== '') return v.trim();
  }
  return null;
}

/** `<h1>` near the article, else `meta[name=ArticleTitle]`, else `<title>` without its site suffix. */
export function findTitle($: CheerioAPI, container: DomNode): string | null {
  let scope: DomNode | null = container;
  for (let level = 0; level < 4 && scope !== null; level++, scope = scope.parent) {
    const h1 = select($, 'h1', scope)[0];
    if (h1 !== undefined) {
      const t = collapseSpace(rawText(h1)).replace(TITLE_FILE_EXT, '');
      if (t !== '') return t;
    }
  }
  const meta = metaContent($, TITLE_META_NAMES);
  if (meta !== null) return collapseSpace(meta);
  const title = collapseSpace($('title').first().text());
  if (title === '') return null;
  return title.replace(TITLE_SITE_SUFFIX, '').replace(TITLE_FILE_EXT, '') || title;
}

function isoDate(m: RegExpExecArray | null): string | null {
  const g = m?.groups;
  if (g?.['y'] === undefined || g['m'] === undefined || g['d'] === undefined) return null;
  const mo = Number(g['m']);
  const d = Number(g['d']);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${g['y']}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `meta[name=PubDate]`, else a `发布时间:`/`日期:` label on the page. */
export function findDate($: CheerioAPI): string | null {
  const meta = metaContent($, DATE_META_NAMES);
  if (meta !== null) {
    const d = isoDate(DATE_IN_TEXT.exec(meta));
    if (d !== null) return d;
  }
  const body = select($, 'body')[0];
  return body === undefined ? null : isoDate(DATE_LABEL.exec(rawText(body)));
}
