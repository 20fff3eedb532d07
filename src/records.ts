/** The last stage: drafts and table rows become records, with spans into both texts. */
import type { Draft } from './interpret/index.js';
import type { TableFigure } from './interpret/table.js';
import type { Figure } from './extract/figures.js';
import { UNIT_ALIASES } from './lexicon/units.js';
import { mapSpan, type OffsetMap } from './normalize/index.js';
import type { IndicatorRecord, Target } from './schema.js';

const unitKey = (u: string | null): string | null => (u === null ? null : UNIT_ALIASES.get(u) ?? u);

function targetOf(text: string, f: Figure | null, unit: string | null): Target | null {
  return f ? { value: f.value, unit, raw: text.slice(f.start, f.end), masked: f.masked } : null;
}

function completionOf(value: number | null, target: Target | null, unit: string | null): number | null {
  if (!target || value === null || target.value === null || target.value === 0) return null;
  if (unitKey(target.unit) !== unitKey(unit)) return null;
  return Math.round((value / target.value) * 10000) / 100;
}

/** Longest `sentence` a record carries; a longer one is cut to a window around the figure. */
export const SENTENCE_MAX = 400;

/** The sentence holding [start, end), or SENTENCE_MAX characters of it centred on the figure. */
export function sentenceText(text: string, from: number, to: number, start: number, end: number): string {
  if (to - from <= SENTENCE_MAX) return text.slice(from, to);
  const half = Math.floor((SENTENCE_MAX - (end - start)) / 2);
  const a = Math.max(from, Math.min(start - half, to - SENTENCE_MAX));
  return text.slice(a, Math.min(to, a + SENTENCE_MAX));
}

export interface RecordContext {
  text: string;
  map: OffsetMap | null;
  source: string;
  /** Index of the document block holding an original offset, or null for bare text. */
  blockAt: (original: number) => number | null;
}

/** What a record says beyond its figure: the parts that differ between prose and table rows. */
interface RecordParts {
  name: string;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  kind: IndicatorRecord['kind'];
  target: Target | null;
  completion: number | null;
  period: string | null;
  section: string[];
  sentence: string;
  rule: string;
  block: number | null;
}

/** One record, its keys in the schema's order; the figure gives raw, qualifier, masking and spans. */
function record(ctx: RecordContext, f: Figure, p: RecordParts): IndicatorRecord {
  return {
    source: ctx.source,
    name: p.name,
    value: p.value,
    valueMax: p.valueMax,
    unit: p.unit,
    raw: ctx.text.slice(f.start, f.end),
    kind: p.kind,
    target: p.target,
    completion: p.completion,
    qualifier: f.qualifier,
    masked: f.masked,
    numeral: f.numeral === 'zh' ? 'zh' : 'arabic',
    period: p.period,
    section: p.section,
    span: [f.start, f.end],
    sourceSpan: mapSpan(ctx.map, f.start, f.end),
    sentence: p.sentence,
    rule: p.rule,
    block: p.block,
    duplicateOf: null, // set by the document post-pass (src/link.ts)
  };
}

export function draftRecord(ctx: RecordContext, d: Draft, goal: Draft | null): IndicatorRecord {
  const f = d.fig;
  const value = f.value === null ? null : f.value * d.sign;
  const target = targetOf(ctx.text, goal?.fig ?? null, goal?.unit ?? null);
  return record(ctx, f, {
    name: d.name,
    value,
    valueMax: f.valueMax === null ? null : f.valueMax * d.sign,
    unit: d.unit,
    kind: d.kind,
    target,
    completion: completionOf(value, target, d.unit),
    period: d.period,
    section: d.section,
    sentence: sentenceText(ctx.text, d.sentence.start, d.sentence.end, f.start, f.end),
    rule: goal ? `${d.rule}+target.linked` : d.rule,
    block: ctx.blockAt(mapSpan(ctx.map, f.start, f.end)[0]),
  });
}

export interface RowContext {
  section: string[];
  period: string | null;
}

export function tableRecord(ctx: RecordContext, t: TableFigure, row: RowContext): IndicatorRecord {
  const f = t.value;
  const target = targetOf(ctx.text, t.target, t.target?.unit ?? null);
  return record(ctx, f, {
    name: t.name,
    value: f.value,
    valueMax: f.valueMax,
    unit: f.unit,
    kind: t.kind,
    target,
    completion: t.completion ?? completionOf(f.value, target, f.unit),
    period: row.period,
    section: row.section,
    sentence: t.row.map((c) => c.text.trim()).join(' | '),
    rule: target ? 'table.row+target.column' : 'table.row',
    block: t.block >= 0 ? t.block : null,
  });
}
