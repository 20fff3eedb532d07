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

/** A box `[x0, y0, x1, y1]` in PDF user space (points, origin at the bottom left of the page). */
export const BoxSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]).describe('[x0, y0, x1, y1] in PDF user space.');
export type Box = z.infer<typeof BoxSchema>;

const Index = z.number().int().nonnegative();
export const TextLocatorSchema = z.object({
  format: z.literal('text'),
  line: z.number().int().positive().describe('1-based line of the input where the figure starts.'),
  column: z.number().int().positive().describe('1-based column (UTF-16 code units) in that line.'),
});
export const HtmlLocatorSchema = z.object({
  format: z.literal('html'),
  htmlSpan: SpanSchema.describe('[start, end) in the decoded HTML source; entities and tags accounted for.'),
});
export const DocxParagraphLocatorSchema = z.object({
  format: z.literal('docx'),
  paragraph: Index.describe('Index of the w:p in word/document.xml order, from 0.'),
  offset: Index.describe('Offset of the figure in the paragraph text (the w:t runs joined).'),
  length: Index,
});
export const DocxCellLocatorSchema = z.object({
  format: z.literal('docx'),
  table: Index.describe('Index of the w:tbl in word/document.xml order, from 0.'),
  row: Index,
  column: Index,
  offset: Index.describe('Offset of the figure in the cell text (its paragraphs joined by a line break).'),
  length: Index,
});
export const PdfLocatorSchema = z.object({
  format: z.literal('pdf'),
  page: z.number().int().positive().describe('1-based page.'),
  boxes: z.array(BoxSchema).min(1).describe('One box per printed line the figure covers.'),
});
/** Where a record's figure stands in the file the user holds, by format. */
export const LocatorSchema = z.union([TextLocatorSchema, HtmlLocatorSchema, DocxParagraphLocatorSchema, DocxCellLocatorSchema, PdfLocatorSchema]);
export type TextLocator = z.infer<typeof TextLocatorSchema>;
export type HtmlLocator = z.infer<typeof HtmlLocatorSchema>;
export type DocxLocator = z.infer<typeof DocxParagraphLocatorSchema> | z.infer<typeof DocxCellLocatorSchema>;
export type PdfLocator = z.infer<typeof PdfLocatorSchema>;
export type Locator = z.infer<typeof LocatorSchema>;

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
  regionCode: z.string().nullable().optional().describe('GB/T 2260 code of the region the report speaks for; null when not found or ambiguous.'),
  indicatorId: z.string().nullable().optional().describe('Id of the catalogue indicator the name matches (`gdp`); null when none matches safely.'),
  indicatorName: z.string().nullable().optional().describe('Canonical Chinese name of that indicator.'),
  locator: LocatorSchema.nullable().optional().describe('Where the figure is in the file (documents only); null when it could not be found there.'),
  duplicateOf: z.number().int().nonnegative().nullable().describe('When prose restates a figure of a table in the same document: the index (0-based, in the document\'s record order) of the table record; else null.'),
});
export type IndicatorRecord = z.infer<typeof IndicatorRecordSchema>;

export const RegionCandidateSchema = z.object({ code: z.string(), name: z.string() });
export type RegionCandidate = z.infer<typeof RegionCandidateSchema>;

/** The administrative region a report speaks for (GB/T 2260). */
export const RegionSchema = z.object({
  code: z.string().describe('6-digit GB/T 2260 code (`141129`).'),
  name: z.string(),
  level: z.enum(['province', 'city', 'county']),
  province: z.string(),
  city: z.string().nullable().describe('Null for a province, a municipality\'s district or county, or a 省直辖 county.'),
  county: z.string().nullable(),
  township: z.string().optional().describe('The township (镇, 乡, 街道) of a township report; the region is its county.'),
  candidates: z.array(RegionCandidateSchema).optional().describe('Every division the name could be, when the document decided among several.'),
});
export type Region = z.infer<typeof RegionSchema>;

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
  issuer: z.string().nullable().optional().describe('The issuing body named in the title or furniture (`中阳县卫生健康局`).'),
  region: RegionSchema.nullable().optional(),
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
    issuer: z.string().nullable().optional().describe('The issuing body (`中阳县卫生健康局`); null when none is named.'),
    region: RegionSchema.nullable().optional().describe('The region the report speaks for; null (with a warning) when unknown, masked or ambiguous.'),
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
