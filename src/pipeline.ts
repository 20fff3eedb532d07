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
import { interpret, type Draft } from './interpret/index.js';
import { UNIT_ALIASES } from './lexicon/units.js';
import { mapSpan, normalize, type OffsetMap } from './normalize/index.js';
import type { ExtractResult, ExtractWarning, IndicatorRecord, Target } from './schema.js';
import { findSections } from './segment/headings.js';
import { sentences } from './segment/sentences.js';
import { defaultSegmenter, type Segmenter } from './segment/words.js';

export interface ExtractOptions {
  /** Written into every record's `source`. */
  source?: string;
  /** The year to use as `period` when the sentence and headings name none (before the title's year). */
  year?: number;
  /** A word segmenter to use instead of the bundled jieba (e.g. `(s) => nodejieba.cut(s)`). */
  segmenter?: Segmenter;
  /** Internal: ranges of the text that extraction skips (document tables, handled apart). */
  skip?: ReadonlyArray<readonly [number, number]>;
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
  // 1. normalize
  const norm = normalize(input);
  const text = norm.text;
  // 2. segment
  const sents = sentences(text);
  const sections = findSections(text);
  // 3. extract
  const skip = options.skip ?? [];
  const figures = findFigures(text, nameSpans(text)).filter(
    (f) => !skip.some(([a, b]) => f.start < mapBack(norm.map, b) && f.end > mapBack(norm.map, a)),
  );
  // 4. interpret
  const segmenter = () => options.segmenter ?? defaultSegmenter();
  const drafts = interpret({ text, figures, sentences: sents, sections, segmenter, ...(options.year !== undefined ? { year: options.year } : {}) });
  // 5. records
  const records: IndicatorRecord[] = [];
  for (const d of drafts) {
    if (d.goalOf !== null) continue;
    records.push(toRecord(text, d, d.goal === null ? null : drafts[d.goal]!, norm.map, options.source ?? ''));
  }
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

const unitKey = (u: string | null): string | null => (u === null ? null : UNIT_ALIASES.get(u) ?? u);

function toRecord(text: string, d: Draft, goal: Draft | null, map: OffsetMap | null, source: string): IndicatorRecord {
  const f = d.fig;
  const value = f.value === null ? null : f.value * d.sign;
  const valueMax = f.valueMax === null ? null : f.valueMax * d.sign;
  const target: Target | null = goal
    ? { value: goal.fig.value, unit: goal.unit, raw: text.slice(goal.fig.start, goal.fig.end), masked: goal.fig.masked }
    : null;
  const completion =
    target && value !== null && target.value !== null && target.value !== 0 && unitKey(target.unit) === unitKey(d.unit)
      ? Math.round((value / target.value) * 10000) / 100
      : null;
  return {
    source,
    name: d.name,
    value,
    valueMax,
    unit: d.unit,
    raw: text.slice(f.start, f.end),
    kind: d.kind,
    target,
    completion,
    qualifier: f.qualifier,
    masked: f.masked,
    numeral: f.numeral === 'zh' ? 'zh' : 'arabic',
    period: d.period,
    section: d.section,
    span: [f.start, f.end],
    sourceSpan: mapSpan(map, f.start, f.end),
    sentence: text.slice(d.sentence.start, d.sentence.end),
    rule: goal ? `${d.rule}+target.linked` : d.rule,
    block: null,
  };
}
