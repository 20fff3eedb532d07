export { CATALOGUE_ROWS } from './catalogue.js';
export type { Domain, UnitFamily } from './catalogue.js';
export { DEFAULT_CATALOGUE, IndicatorCatalogue, ID_PATTERN, SIMILARITY_MARGIN, SIMILARITY_THRESHOLD, unitFits } from './match.js';
export type { Indicator, IndicatorInput, IndicatorMatch, MatchInput, MatchMethod } from './match.js';
export { annotate, catalogueFor } from './annotate.js';
export { readIndicatorFile } from './file.js';
