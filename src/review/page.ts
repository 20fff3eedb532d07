/**
 * One self-contained review page: the documents and their records embedded as JSON in
 * a `<script type="application/json">` block (with `<`, `>`, `&` and the line
 * separators escaped, so no document text can close the block or become markup), the
 * stylesheet and the script inline, and a Content-Security-Policy that allows no network.
 */
import { CLIENT_JS } from './client.js';
import { REVIEW_CSS } from './style.js';
import type { ReviewDocument } from './data.js';

/** JSON that is safe inside a `<script>` element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text for an HTML text node or attribute. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

export const CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

export interface PageOptions {
  title?: string;
}

export function reviewPage(docs: readonly ReviewDocument[], options: PageOptions = {}): string {
  const title = options.title ?? 'zhibiao review';
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${REVIEW_CSS}</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1><span id="counts"></span><button id="export" type="button" title="every document with a verdict: its records less the wrong ones, with the edits">Export gold JSONL</button></header>
<div class="bar">
<label>kind <select id="f-kind"><option value="">all</option><option>actual</option><option>target</option><option>change</option><option>masked</option></select></label>
<label>unit <select id="f-unit"><option value="">all</option></select></label>
<label>section <select id="f-section"><option value="">all</option></select></label>
<label>verdict <select id="f-verdict"><option value="">all</option><option value="none">unreviewed</option><option value="ok">accepted</option><option value="wrong">wrong</option><option value="edited">edited</option></select></label>
<label>search <input id="f-q" type="search" placeholder="name, figure, sentence"></label>
<span class="keys">j/k move · a accept · x wrong · e edit (Enter saves, Esc cancels) · A accept all shown</span>
<div id="status"></div>
</div>
<ul id="docs"></ul>
<section id="textpane"><p id="doc-title"></p><div id="text"></div></section>
<section id="tablepane"><table><thead><tr><th>#</th><th>name</th><th>raw</th><th>value</th><th>unit</th><th>kind</th><th>target</th><th>section</th><th>✓</th></tr></thead><tbody id="rows"></tbody></table></section>
<script type="application/json" id="zhibiao-data">${scriptJson({ docs })}</script>
<script>${CLIENT_JS}</script>
</body>
</html>
`;
}
