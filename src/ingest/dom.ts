/**
 * The few DOM node facts ingestion needs, typed structurally so no parser
 * internals leak into our types (cheerio's nodes satisfy this shape).
 */
import type { CheerioAPI } from 'cheerio';
import { SKIP_TAGS } from './furniture.js';
import { BARE_TAG_SELECTOR, WHITESPACE_RUN } from './patterns.js';

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

/**
 * Elements matching `selector` as DomNodes. A bare tag name is matched by one walk: cheerio's
 * `find` takes the context's children as its starting set and dedupes it pairwise, which is
 * quadratic for a container of 50,000 paragraphs.
 */
export function select($: CheerioAPI, selector: string, context?: DomNode): DomNode[] {
  if (BARE_TAG_SELECTOR.test(selector)) {
    const top = context ?? ($.root().get()[0] as unknown as DomNode);
    return elements(top).filter((el) => tagName(el) === selector);
  }
  const found = context === undefined ? $(selector) : $(context as never).find(selector);
  return found.get() as unknown as DomNode[];
}

/** Raw text of a node (skipping script/style and other non-text tags), with no separators added. */
export function rawText(n: DomNode): string {
  // Iterative: a page of 20,000 nested elements must not exhaust the call stack.
  let out = '';
  const stack: DomNode[] = [n];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'text') out += node.data ?? '';
    else if ((isElement(node) || node.type === 'root') && !SKIP_TAGS.has(tagName(node))) {
      const kids = node.children ?? [];
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
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
