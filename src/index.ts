/**
 * zhibiao (指标): typed, traceable indicator records from Chinese work reports.
 *
 *   extract(text)            report text → records (sync, pure)
 *   extractDocument(file)    HTML / DOCX / PDF / text → records, or a typed error
 *   extractMany(inputs)      many documents on a worker pool, in input order
 *   scoreRecords(gold, pred) the evaluation the project measures itself with
 */
export * from './schema.js';
export { extract } from './pipeline.js';
export type { DocumentLayout, ExtractOptions } from './pipeline.js';
export { extractDocument, extractParsed } from './document.js';
export type { DocumentExtraction, ExtractDocumentOptions } from './document.js';
export { normalize, mapSpan } from './normalize/index.js';
export type { Normalized, OffsetMap } from './normalize/index.js';
export type { Segmenter } from './segment/words.js';
export type { LexiconExtension } from './lexicon/extend.js';
export type { UnitKind } from './lexicon/units.js';
export { parseDocument, readArchive, sniffFormat, DEFAULT_MAX_BYTES } from './ingest/index.js';
export type { ArchiveEntry, ArchiveOptions, Block, Cell, DocumentFormat, DocumentMeta, ParsedDocument, ParseOptions } from './ingest/index.js';
export { extractMany, defaultJobs } from './batch/index.js';
export type { BatchProgress, ExtractManyOptions, BatchInput } from './batch/index.js';
export { scoreRecords, formatReport } from './eval/index.js';
export type { EvalRecord, ScoreOptions, ScoreResult, ScoreSummary } from './eval/index.js';
export { recordJsonSchema, resultJsonSchema } from './json-schema.js';
export { findRegion, divisions, DIVISION_CHANGES } from './region/index.js';
export type { Division, DivisionChange, DivisionLevel, FindRegionOptions, RegionFinding, RegionReason } from './region/index.js';
export { CATALOGUE_ROWS, DEFAULT_CATALOGUE, IndicatorCatalogue, annotate, catalogueFor, readIndicatorFile } from './indicators/index.js';
export type { Domain, Indicator, IndicatorInput, IndicatorMatch, MatchInput, MatchMethod, UnitFamily } from './indicators/index.js';
export { buildPanel, PanelBuilder, widePanel, longTable, wideTable, sideTable, writeTable } from './panel/index.js';
export type { BuildPanelOptions, Panel, PanelKind, PanelRow, PanelSummary, SideReason, SideRow, Table, WidePanel } from './panel/index.js';
export { locateRecords } from './locate/index.js';
export { reviewDocument, reviewPage } from './review/index.js';
export type { PageOptions, ReviewDocument } from './review/index.js';
