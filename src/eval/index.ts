/** The scorer as a library: match, score and report predicted records against gold ones. */
export { scoreRecords, docOf, matchDoc, nameSim, sameFigure, sameNumber, sameTarget, unitKey, UNIT_ALIASES } from './score.js';
export type { DocList, DocScore, PRF, ScoreDetail, ScoreOptions, ScoreResult, ScoreSummary } from './score.js';
export type { DocMatch, EvalRecord, EvalTarget, Match } from './match.js';
export { formatReport } from './report.js';
export type { ReportOptions } from './report.js';
export { parseJsonl, readJsonl } from './read.js';
export { parseCsv, readRecords } from './read.js';
export { scoreWarnings } from './score.js';
export { goldTemplate, goldTemplateLines } from './template.js';
