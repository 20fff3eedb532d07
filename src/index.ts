export * from './schema.js';
export { extract } from './pipeline.js';
export type { ExtractOptions } from './pipeline.js';
