/**
 * A scraped page → its article: pick the container, drop the furniture, read
 * the title and the date. Rules come from furniture.ts.
 */
import type { CheerioAPI } from 'cheerio';
import {
  AD_LABELS, DATE_META_NAMES, FURNITURE_CLASSES, FURNITURE_CLASS_PREFIXES, FURNITURE_CLASS_SUBSTRINGS, FURNITURE_CONTAINS,
  FURNITURE_CONTAINS_MAX_CHARS, FURNITURE_ID_PREFIXES, FURNITURE_MAX_CHARS, FURNITURE_PREFIXES, FURNITURE_TAGS,
  LINK_LIST_MIN_LINKS, LINK_LIST_SHARE, SKIP_TAGS, TITLE_META_NAMES, WRAPPER_FURNITURE_TAGS,
} from './furniture.js';
import { type DomNode, attr, classTokens, contains, detach, elements, isElement, rawText, rootOf, select, tagName } from './dom.js';
import { collapseSpace, countHan } from './text.js';
import { DATE_IN_TEXT, DATE_LABEL, TITLE_FILE_EXT, TITLE_SITE_SUFFIX, WHITESPACE_RUN } from './patterns.js';

/** A phrase rule never removes more than this share of the article's Han text. */
export const MAX_FURNITURE_SHARE = 0.3;
/** …except that elements with at most this many Han characters may always go. */
export const SMALL_FURNITURE_HAN = 100;

const PREFIXES = FURNITURE_PREFIXES.map((p) => p.replace(WHITESPACE_RUN, ''));
const CONTAINS = FURNITURE_CONTAINS.map((p) => p.replace(WHITESPACE_RUN, ''));

const JUNK_TAGS: ReadonlySet<string> = new Set(FURNITURE_TAGS.filter((t) => !WRAPPER_FURNITURE_TAGS.has(t)));

/** Remove tags that never hold text and are never wrappers (script, style, iframe, inputs…). */
export function removeJunk($: CheerioAPI): void {
  for (const el of elements(rootOf($))) if (JUNK_TAGS.has(tagName(el)) && el.parent !== null) detach($, el);
}

/** Whether an element is furniture by its tag, class or id (FURNITURE_CLASSES and friends). */
export function isFurnitureElement(el: DomNode): boolean {
  if (WRAPPER_FURNITURE_TAGS.has(tagName(el))) return true;
  const id = attr(el, 'id') ?? '';
  if (id !== '' && FURNITURE_ID_PREFIXES.some((p) => id.startsWith(p))) return true;
  for (const t of classTokens(el)) {
    if (FURNITURE_CLASSES.has(t) || FURNITURE_CLASS_PREFIXES.some((p) => t.startsWith(p))) return true;
    if (FURNITURE_CLASS_SUBSTRINGS.some((p) => t.includes(p))) return true;
  }
  return false;
}


export { findContainer, isArticleText } from './html-article.js';
export { matchesSimple } from './dom.js';
export { WRAPPER_FURNITURE_TAGS } from './furniture.js';

/** Remove wrapper-capable furniture and furniture selectors, except what holds the container. */
export function removeFurnitureAround($: CheerioAPI, container: DomNode): void {
  for (const el of elements(rootOf($))) {
    if (el.parent === null || !isFurnitureElement(el) || contains(el, container)) continue;
    detach($, el);
  }
}

/** Every element's text with whitespace removed, computed once bottom-up. */
function compactTexts(top: DomNode): Map<DomNode, string> {
  const out = new Map<DomNode, string>();
  const visit = (n: DomNode): string => {
    if (n.type === 'text') return (n.data ?? '').replace(WHITESPACE_RUN, '');
    if (!isElement(n) || SKIP_TAGS.has(tagName(n))) return '';
    let t = '';
    for (const c of n.children ?? []) t += visit(c);
    out.set(n, t);
    return t;
  };
  visit(top);
  return out;
}

/** Links under every element: how many, and how many characters of text they hold. */
function linkCounts(top: DomNode, texts: ReadonlyMap<DomNode, string>): Map<DomNode, { links: number; chars: number }> {
  const out = new Map<DomNode, { links: number; chars: number }>();
  const visit = (n: DomNode): { links: number; chars: number } => {
    if (!isElement(n)) return { links: 0, chars: 0 };
    if (tagName(n) === 'a') {
      const c = { links: 1, chars: texts.get(n)?.length ?? 0 };
      out.set(n, c);
      return c;
    }
    const c = { links: 0, chars: 0 };
    for (const k of n.children ?? []) {
      const sub = visit(k);
      c.links += sub.links;
      c.chars += sub.chars;
    }
    out.set(n, c);
    return c;
  };
  visit(top);
  return out;
}

/** A list of links (a menu, headlines, related articles): enough links holding most of the element's text. */
function isLinkList(el: DomNode, text: string, links: ReadonlyMap<DomNode, { links: number; chars: number }>): boolean {
  const c = links.get(el);
  return c !== undefined && c.links >= LINK_LIST_MIN_LINKS && c.chars >= text.length * LINK_LIST_SHARE;
}

/** Remove furniture recognised by its words (breadcrumbs, related lists, info bars…) or by its links inside the container. */
export function removeFurnitureWithin($: CheerioAPI, container: DomNode): void {
  const texts = compactTexts(container);
  const links = linkCounts(container, texts);
  const maxHan = Math.max(SMALL_FURNITURE_HAN, countHan(texts.get(container) ?? '') * MAX_FURNITURE_SHARE);
  for (const el of elements(container)) {
    if (el.parent === null || !contains(container, el)) continue;
    const text = texts.get(el) ?? '';
    if (text === '' || text.length > FURNITURE_MAX_CHARS) continue;
    if (AD_LABELS.has(text)) {
      // An ad label ("广告") marks its parent block as the ad.
      const parent = el.parent;
      const parentText = texts.get(parent) ?? '';
      const small = parentText.length <= FURNITURE_MAX_CHARS && countHan(parentText) <= maxHan;
      detach($, parent !== container && small && contains(container, parent) ? parent : el);
      continue;
    }
    const isFurniture =
      isLinkList(el, text, links) ||
      PREFIXES.some((p) => text.startsWith(p)) ||
      (text.length <= FURNITURE_CONTAINS_MAX_CHARS && CONTAINS.some((p) => text.includes(p)));
    if (isFurniture && countHan(text) <= maxHan) detach($, el);
  }
}

function metaContent($: CheerioAPI, names: readonly string[]): string | null {
  const byName = new Map<string, string>();
  for (const el of select($, 'meta')) {
    const key = attr(el, 'name') ?? attr(el, 'property');
    const content = attr(el, 'content')?.trim();
    if (key !== undefined && content !== undefined && content !== '' && !byName.has(key)) byName.set(key, content);
  }
  for (const name of names) {
    const v = byName.get(name);
    if (v !== undefined) return v;
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
