/**
 * The few DOM node facts ingestion needs, typed structurally so no parser
 * internals leak into our types (cheerio's nodes satisfy this shape).
 */
import type { CheerioAPI } from 'cheerio';
import { SKIP_TAGS } from './furniture.js';
import { WHITESPACE_RUN } from './patterns.js';

export interface DomNode {
  type: string;
  data?: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  parent: DomNode | null;
}

export function isElement(n: DomNode): boolean {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

export function tagName(n: DomNode): string {
  return isElement(n) ? (n.name ?? '').toLowerCase() : '';
}

export function attr(n: DomNode, name: string): string | undefined {
  return n.attribs?.[name];
}

/** Elements matching `selector` as DomNodes. */
export function select($: CheerioAPI, selector: string, context?: DomNode): DomNode[] {
  const found = context === undefined ? $(selector) : $(context as never).find(selector);
  return found.get() as unknown as DomNode[];
}

/** Raw text of a node (skipping script/style and other non-text tags), with no separators added. */
export function rawText(n: DomNode): string {
  if (n.type === 'text') return n.data ?? '';
  if (!isElement(n) && n.type !== 'root') return '';
  if (SKIP_TAGS.has(tagName(n))) return '';
  let out = '';
  for (const c of n.children ?? []) out += rawText(c);
  return out;
}

/** Text with all whitespace removed (for phrase tests and lengths). */
export function compactText(n: DomNode): string {
  return rawText(n).replace(WHITESPACE_RUN, '');
}

/** Remove a node from the tree. */
export function detach($: CheerioAPI, n: DomNode): void {
  $(n as never).remove();
}

/** Whether `a` is `b` or an ancestor of it. */
export function contains(a: DomNode, b: DomNode): boolean {
  for (let n: DomNode | null = b; n !== null; n = n.parent) if (n === a) return true;
  return false;
}

/** Element descendants of `root` in document order. */
export function elements(root: DomNode): DomNode[] {
  const out: DomNode[] = [];
  const stack: DomNode[] = [...(root.children ?? [])].reverse();
  while (stack.length > 0) {
    const n = stack.pop();
    if (n === undefined) break;
    if (!isElement(n)) continue;
    out.push(n);
    const kids = n.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (k !== undefined) stack.push(k);
    }
  }
  return out;
}

/** The document root of a cheerio tree. */
export function rootOf($: CheerioAPI): DomNode {
  return $.root().get()[0] as unknown as DomNode;
}

/** The class names of an element. */
export function classTokens(el: DomNode): string[] {
  const c = attr(el, 'class');
  return c === undefined || c === '' ? [] : c.split(' ').filter((t) => t !== '');
}

/** Whether an element matches a simple selector: `#id`, `.class` or `tag`. */
export function matchesSimple(el: DomNode, sel: string): boolean {
  if (sel.startsWith('#')) return attr(el, 'id') === sel.slice(1);
  if (sel.startsWith('.')) return classTokens(el).includes(sel.slice(1));
  return tagName(el) === sel;
}
