/**
 * Markup made safe to parse: lone surrogates replaced (parse5 throws on them), and a bound
 * on element nesting. An HTML5 tree
 * builder looks through its stack of open elements for each tag, so 100,000 nested `<div>`s
 * cost quadratic time, and every walk over the tree is as deep as the nesting. Real pages
 * nest a few dozen levels; tags deeper than MAX_NESTING are dropped (their text is kept).
 */
import { HTML_TAG_NAME, LONE_SURROGATE } from './patterns.js';

/** Deepest element nesting kept. */
export const MAX_NESTING = 512;

/** Elements that never hold children or whose end tag is implied by the next one: not counted. */
export const UNCOUNTED_TAGS: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'rb', 'rt', 'rp', 'colgroup', 'caption',
  'html', 'head', 'body',
]);

/** `html` with every tag nested deeper than `max` removed; the same string when none is. */
export function limitNesting(html: string, max: number = MAX_NESTING): string {
  let depth = 0;
  let kept = 0;
  let gt = -1;
  const pieces: string[] = [];
  const name = new RegExp(HTML_TAG_NAME);
  for (let lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', lt + 1)) {
    const closing = html[lt + 1] === '/';
    name.lastIndex = lt + (closing ? 2 : 1);
    const tag = name.exec(html)?.[0].toLowerCase();
    if (tag === undefined || UNCOUNTED_TAGS.has(tag)) continue;
    if (gt < lt) gt = html.indexOf('>', lt); // the next '>' moves forward only: one pass over the text
    if (gt < 0) break;
    if (html[gt - 1] === '/') continue;
    if (!closing) depth++;
    const drop = depth > max;
    if (closing) depth = Math.max(0, depth - 1);
    if (!drop) continue;
    pieces.push(html.slice(kept, lt));
    kept = gt + 1;
  }
  if (pieces.length === 0) return html;
  pieces.push(html.slice(kept));
  return pieces.join('');
}

/** `s` with every lone surrogate (a half of a pair without its other half) as U+FFFD. */
export function wellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, '\ufffd');
}

/** What the HTML parsers are given: well-formed, nesting bounded. */
export function safeMarkup(html: string): string {
  return limitNesting(wellFormed(html));
}
