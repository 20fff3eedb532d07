/**
 * The record contract: zod schemas for what zhibiao emits, and the types
 * inferred from them. Everything a user receives is described here.
 */
import { z } from 'zod';
import { ERROR_CODES } from './errors.js';

/** A half-open offset pair `[start, end)`. */
export const SpanSchema = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .describe('Half-open [start, end) offsets.');
export type Span = z.infer<typeof SpanSchema>;

export const KindSchema = z.enum(['actual', 'target', 'change']);
export type Kind = z.infer<typeof KindSchema>;

export const QualifierSchema = z.enum(['about', 'atLeast', 'atMost', 'over', 'under']);
export type Qualifier = z.infer<typeof QualifierSchema>;

export const TargetSchema = z.object({
  value: z.number().nullable().describe('The goal, scaled like `value`; null when masked.'),
  unit: z.string().nullable(),
  raw: z.string().describe('The goal as written in the normalized text.'),
  masked: z.boolean(),
});
export type Target = z.infer<typeof TargetSchema>;

export const IndicatorRecordSchema = z.object({
  source: z.string().describe('The input as given (a path, or `archive.zip!entry`), or "" for a bare string.'),
  name: z.string().describe('What the figure measures, simplified Chinese, the nearest noun phrase.'),
  value: z.number().nullable().describe('The figure scaled to its base unit (万 x1e4, 亿 x1e8); null when masked.'),
  valueMax: z.number().nullable().describe('Upper end of a range; null otherwise.'),
  unit: z.string().nullable().describe('Base unit after the magnitude is taken off; null when none is given or inferred.'),
  raw: z.string().describe('The figure with its unit as it stands in the normalized text.'),
  kind: KindSchema,
  target: TargetSchema.nullable(),
  completion: z.number().nullable().describe('value / target x 100 when both are known in the same unit.'),
  qualifier: QualifierSchema.nullable(),
  masked: z.boolean(),
  numeral: z.enum(['arabic', 'zh']).describe('How the figure is written: Arabic digits or Chinese numerals.'),
  period: z.string().nullable().describe('The year the figure belongs to, when the sentence or title says so.'),
  section: z.array(z.string()).describe('Heading path above the figure.'),
  span: SpanSchema.describe('Offsets of `raw` in the normalized text.'),
  sourceSpan: SpanSchema.describe('Offsets of the figure in the original input text.'),
  sentence: z.string().describe('The sentence that holds the figure (normalized text).'),
  rule: z.string().describe('Id of the rule that made the record.'),
  block: z.number().int().nullable().describe('Index of the document block the record came from; null for bare text.'),
  duplicateOf: z.number().int().nonnegative().nullable().describe('When prose restates a figure of a table in the same document: the index (0-based, in the document\'s record order) of the table record; else null.'),
});
export type IndicatorRecord = z.infer<typeof IndicatorRecordSchema>;

export const WarningSchema = z.object({
  code: z.string(),
  message: z.string(),
  span: SpanSchema.nullable(),
});
export type ExtractWarning = z.infer<typeof WarningSchema>;

export const ExtractResultSchema = z.object({
  records: z.array(IndicatorRecordSchema),
  text: z.string().describe('The normalized text that `span` points into.'),
  warnings: z.array(WarningSchema),
});
export type ExtractResult = z.infer<typeof ExtractResultSchema>;

/** Why a document gave no records. One per failed input, never thrown out of a batch. */
export const ErrorCodeSchema = z.enum(ERROR_CODES);

export const DocumentErrorInfoSchema = z.object({
  source: z.string(),
  code: ErrorCodeSchema,
  message: z.string(),
});

export { DocumentError, ERROR_CODES } from './errors.js';
export type { DocumentErrorInfo, ErrorCode } from './errors.js';

export const DocumentFormatSchema = z.enum(['html', 'docx', 'pdf', 'text']);

/** The outcome for one input document: its records, or the one error that stopped it. */
export const DocumentResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    source: z.string(),
    format: DocumentFormatSchema,
    /** sha256 of the input bytes, hex; the key `--resume` uses. */
    hash: z.string(),
    records: z.array(IndicatorRecordSchema),
    warnings: z.array(WarningSchema),
    /** The document's title, when it has one. */
    title: z.string().nullable().optional(),
    /** The year the title names (the period of figures that name none), else null. */
    year: z.string().nullable().optional(),
  }),
  z.object({
    ok: z.literal(false),
    source: z.string(),
    hash: z.string().nullable(),
    error: DocumentErrorInfoSchema,
  }),
]);
export type DocumentResult = z.infer<typeof DocumentResultSchema>;
