/** Batches: many documents through a worker pool, in order, to an output that survives a kill. */
export { extractMany, defaultJobs } from './extract-many.js';
export type { BatchProgress, ExtractManyOptions } from './extract-many.js';
export { expandInputs, DOCUMENT_EXTENSIONS } from './inputs.js';
export type { BatchInput, WorkItem } from './inputs.js';
export { glob, hasMagic } from './glob.js';
export { runBatch, keepsJournal } from './run-batch.js';
export type { BatchSummary, RunBatchOptions } from './run-batch.js';
export { journalPath, loadJournal } from './journal.js';
export type { DoneEntry, ResumeState } from './journal.js';
