/** `zhibiao review`: a self-contained HTML page to check records against their documents and export gold. */
export { reviewDocument, type ReviewDocument } from './data.js';
export { CSP, escapeHtml, reviewPage, scriptJson, type PageOptions } from './page.js';
