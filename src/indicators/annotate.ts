/**
 * The post-pass at the end of the records stage: the report's issuer and region (from the
 * text and the source path) and, on every record, `regionCode`, `indicatorId` and
 * `indicatorName` (set on the result's records in place). Called once by extract().
 */
import type { ExtractResult, IndicatorRecord } from '../schema.js';
import { findRegion } from '../region/find.js';
import { DEFAULT_CATALOGUE, IndicatorCatalogue, type IndicatorInput, type MatchInput } from './match.js';

export interface AnnotateOptions {
  source?: string;
  year?: number;
  lexicon?: { indicators?: readonly IndicatorInput[] };
}

const extended = new WeakMap<readonly IndicatorInput[], IndicatorCatalogue>();

/** The bundled catalogue, extended by the caller's indicators (theirs win a shared alias). */
export function catalogueFor(indicators: readonly IndicatorInput[] | undefined): IndicatorCatalogue {
  if (!indicators || indicators.length === 0) return DEFAULT_CATALOGUE;
  let c = extended.get(indicators);
  if (!c) extended.set(indicators, (c = DEFAULT_CATALOGUE.extend(indicators)));
  return c;
}

/** A name that is only the words of a change (`增长`, `比上年`, `同比下降`): the figure's subject is the clause before. */
const CHANGE_ONLY = /^(?:全年|其中|分别)?(?:比上年|较上年|同比|比去年|较去年|比上年同期|较上年同期|比年初)?(?:增长|下降|提高|降低|增加|减少|上升|回落)?$/u;

const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '\n']);

/** The text of the figure's sentence up to the figure (at most 120 characters back). */
export function textBefore(text: string, at: number): string {
  let start = at;
  const floor = Math.max(0, at - 120);
  while (start > floor && !SENTENCE_END.has(text[start - 1]!)) start--;
  return text.slice(start, at);
}

/** What to match a finished record by (its sentence up to its figure, `raw`'s last occurrence), without the text. */
export function matchInputOf(r: Pick<IndicatorRecord, 'name' | 'unit' | 'section' | 'sentence' | 'raw'>): MatchInput {
  const at = r.sentence.lastIndexOf(r.raw);
  return { name: r.name, unit: r.unit, section: r.section, sentence: at < 0 ? r.sentence : r.sentence.slice(0, at) };
}

export function annotate(result: ExtractResult, options: AnnotateOptions = {}): ExtractResult {
  const found = findRegion(result.text, {
    ...(options.source ? { source: options.source } : {}),
    ...(options.year !== undefined ? { year: options.year } : {}),
  });
  const catalogue = catalogueFor(options.lexicon?.indicators);
  const regionCode = found.region?.code ?? null;
  // In place: the records are the pipeline's own, just built (a copy of each costs a quarter of this pass).
  let previous: IndicatorRecord | null = null;
  for (const r of result.records as IndicatorRecord[]) {
    const m = catalogue.match({ name: r.name, unit: r.unit, section: r.section, sentence: textBefore(result.text, r.span[0]) });
    r.regionCode = regionCode;
    r.indicatorId = m.id;
    r.indicatorName = m.name;
    // `地区生产总值150.2亿元,比上年增长5.2%`: a change named only by its verb is the change of the figure before it.
    if (m.id === null && r.kind === 'change' && CHANGE_ONLY.test(r.name) && previous?.indicatorId && previous.sentence === r.sentence && previous.kind === 'actual') {
      r.indicatorId = previous.indicatorId;
      r.indicatorName = previous.indicatorName ?? null;
    }
    previous = r;
  }
  return { ...result, warnings: [...result.warnings, ...found.warnings], issuer: found.issuer, region: found.region };
}
