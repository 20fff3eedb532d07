export * from './schema.js';
export { extract } from './pipeline.js';
export type { ExtractOptions } from './pipeline.js';
export { extractDocument } from './document.js';
export type { ExtractDocumentOptions } from './document.js';
