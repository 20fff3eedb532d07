export { findRegion } from './find.js';
export type { FindRegionOptions, RegionFinding, RegionReason } from './find.js';
export { divisions } from './data.js';
export type { Division, DivisionLevel } from './data.js';
export { DIVISION_CHANGES } from './changes.js';
export type { DivisionChange } from './changes.js';
