/**
 * `zhibiao eval --template`: predictions turned into a gold file to correct by hand. One
 * gold line per predicted record, with `doc` (the source's base name, as the scorer maps
 * it), the fields the scorer compares, and `raw` and `context` (the sentence) to check
 * them against. Delete what is wrong, fix what is off, add what is missing.
 */
import type { EvalRecord } from './match.js';
import { docOf } from './score.js';

/** The gold line's fields, in the order of `fixtures/gold/*.jsonl`. */
export function goldTemplate(pred: EvalRecord): Record<string, unknown> {
  const target = pred.target ? { value: pred.target.value ?? null, unit: pred.target.unit ?? null } : null;
  return {
    doc: docOf(pred.source ?? pred.doc ?? ''),
    name: pred.name ?? '',
    value: pred.value ?? null,
    valueMax: pred.valueMax ?? null,
    unit: pred.unit ?? null,
    kind: pred.kind ?? 'actual',
    target,
    qualifier: pred.qualifier ?? null,
    masked: pred.masked ?? false,
    numeral: pred.numeral ?? 'arabic',
    raw: pred.raw ?? null,
    context: pred.context ?? (pred as { sentence?: unknown }).sentence ?? null,
  };
}

/** The gold file's text: one JSON line per predicted record. */
export function goldTemplateLines(pred: readonly EvalRecord[]): string {
  return pred.map((p) => `${JSON.stringify(goldTemplate(p))}\n`).join('');
}
