/**
 * normalize(): the first stage. Folds width and script, repairs scraping damage,
 * and keeps a map from every normalized offset back to the input.
 */
import { foldFullWidth } from './fullwidth.js';
import { applyEdits, composeMaps, type Edit, type OffsetMap } from './offsets.js';
import { ocrEdits, pageMarkerEdits, pinyinEdits, wrapEdits } from './repairs.js';
import { isTraditional, toSimplified } from './traditional.js';

export interface Normalized {
  text: string;
  /** Normalized offset → input offset; null when no step moved an offset. */
  map: OffsetMap | null;
  /** Which steps changed the text, in order. */
  steps: string[];
}

export function normalize(input: string): Normalized {
  const steps: string[] = [];
  let text = foldFullWidth(input);
  if (text !== input) steps.push('fullwidth');
  if (isTraditional(text)) {
    text = toSimplified(text);
    steps.push('traditional');
  }
  let map: OffsetMap | null = null;
  const stages: Array<[string, (t: string) => Edit[]]> = [
    ['pinyin', pinyinEdits],
    ['page-markers', pageMarkerEdits],
    ['wrapped-lines', wrapEdits],
    ['ocr', ocrEdits],
  ];
  for (const [name, edits] of stages) {
    const found = edits(text);
    if (found.length === 0) continue;
    const step = applyEdits(text, found);
    text = step.text;
    map = composeMaps(map, step.map);
    steps.push(name);
  }
  return { text, map, steps };
}

export { mapSpan, type OffsetMap } from './offsets.js';
