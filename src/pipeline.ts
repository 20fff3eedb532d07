/**
 * extract(): report text in, typed indicator records out. The stages, in order:
 *
 *   1. normalize  — fold width and script, repair scraping damage, keep an offset map
 *   2. segment    — sentences, headings into section paths, the title
 *   3. extract    — find figures: numbers, ranges, magnitudes, units, qualifiers
 *   4. interpret  — name, kind, goals, unit inference, period, section
 *   5. records    — spans into the normalized and the original text
 *
 * Pure and synchronous; never throws on any string.
 */
import { findFigures } from './extract/figures.js';
import { nameSpans } from './extract/context.js';
import { interpret } from './interpret/index.js';
import { lastYear, titleYears } from './interpret/infer.js';
import { tableFigures } from './interpret/table.js';
import { resolveLexicon, type LexiconExtension } from './lexicon/extend.js';
import { normalize, type OffsetMap } from './normalize/index.js';
import { draftRecord, tableRecord, type RecordContext } from './records.js';
import type { ExtractResult, ExtractWarning, IndicatorRecord } from './schema.js';
import { findSections, headingIndexAt } from './segment/headings.js';
import { sentences } from './segment/sentences.js';
import { defaultSegmenter, memoSegmenter, type Segmenter } from './segment/words.js';

/** Where a document's blocks and tables lie in its text (original offsets); set by extractDocument. */
export interface DocumentLayout {
  blocks: ReadonlyArray<{ start: number; end: number }>;
  tables: ReadonlyArray<{
    block: number;
    start: number;
    end: number;
    rows: ReadonlyArray<ReadonlyArray<{ start: number; end: number }>>;
    headerRows: number;
    caption: string | null;
  }>;
}

export interface ExtractOptions {
  /** Written into every record's `source`. */
  source?: string;
  /** The year to use as `period` when the sentence and headings name none (before the title's year). */
  year?: number;
  /** A word segmenter to use instead of the bundled jieba (e.g. `(s) => nodejieba.cut(s)`). */
  segmenter?: Segmenter;
  /** More vocabulary: units, and terms whose numbers are names (`健康66条`). */
  lexicon?: LexiconExtension;
  /** Blocks and tables of a parsed document: table rows become records, prose skips them. */
  layout?: DocumentLayout;
}

export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  const input = typeof text === 'string' ? text : String(text ?? '');
  try {
    return run(input, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { records: [], text: input, warnings: [{ code: 'internal_error', message, span: null }] };
  }
}

function run(input: string, options: ExtractOptions): ExtractResult {
  const warnings: ExtractWarning[] = [];
  const lexicon = resolveLexicon(options.lexicon);
  // 1. normalize
  const norm = normalize(input);
  const text = norm.text;
  const toNorm = (original: number): number => mapBack(norm.map, original);
  // 2. segment
  const sents = sentences(text);
  const sections = findSections(text);
  const tables = (options.layout?.tables ?? []).map((t) => ({
    block: t.block,
    start: toNorm(t.start),
    end: toNorm(t.end),
    headerRows: t.headerRows,
    caption: t.caption,
    rows: t.rows.map((r) => r.map((c) => ({ start: toNorm(c.start), end: toNorm(c.end), text: text.slice(toNorm(c.start), toNorm(c.end)) }))),
  }));
  // 3. extract
  const figures = findFigures(text, nameSpans(text, lexicon), lexicon).filter((f) => !tables.some((t) => f.start < t.end && f.end > t.start));
  // 4. interpret
  let memo: Segmenter | undefined;
  const segmenter = (): Segmenter => (memo ??= memoSegmenter(options.segmenter ?? defaultSegmenter()));
  const drafts = interpret({ text, figures, sentences: sents, sections, segmenter, ...(options.year !== undefined ? { year: options.year } : {}) });
  const rows = tables.flatMap((t) => tableFigures(t, lexicon));
  // 5. records
  const ctx: RecordContext = { text, map: norm.map, source: options.source ?? '', blockAt: blockIndex(options.layout) };
  const records: IndicatorRecord[] = [];
  for (const d of drafts) if (d.goalOf === null) records.push(draftRecord(ctx, d, d.goal === null ? null : drafts[d.goal]!));
  for (const r of rows) {
    const h = headingIndexAt(sections, r.value.start);
    const caption = tables.find((t) => t.block === r.block)?.caption ?? '';
    records.push(tableRecord(ctx, r, { section: h >= 0 ? sections.paths[h]! : [], period: r.period ?? lastYear(caption) ?? titleYears(sections.title).first }));
  }
  records.sort((a, b) => a.span[0] - b.span[0]);
  return { records, text, warnings };
}

/** Original-text offset → normalized offset (first normalized char at or after it). */
function mapBack(map: OffsetMap | null, original: number): number {
  if (!map) return original;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]! < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function blockIndex(layout: DocumentLayout | undefined): (original: number) => number | null {
  if (!layout || layout.blocks.length === 0) return () => null;
  const blocks = layout.blocks;
  return (pos) => {
    let lo = 0;
    let hi = blocks.length - 1;
    let found: number | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid]!.start <= pos) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}
