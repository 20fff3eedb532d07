/** Units inferred from names, and the period a figure belongs to. */
import { UNIT_INFERENCE } from '../lexicon/inference.js';

export function inferUnit(name: string): string | null {
  for (const rule of UNIT_INFERENCE) {
    if (!rule.endsWith.some((e) => name.endsWith(e))) continue;
    if (rule.contains && !rule.contains.some((c) => name.includes(c))) continue;
    return rule.unit;
  }
  return null;
}

export const YEAR = /(?<![\d])((?:19|20)\d\d)(?=年)/gu;

/** The last year named in `text`, else null. */
export function lastYear(text: string): string | null {
  let found: string | null = null;
  for (const m of text.matchAll(YEAR)) found = m[1] ?? found;
  return found;
}

/** Years of a title: the report's (first) and the plan's (last). */
export function titleYears(title: string | null): { first: string | null; last: string | null } {
  if (!title) return { first: null, last: null };
  const all = [...title.matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)/gu)].map((m) => m[1]!);
  return { first: all[0] ?? null, last: all[all.length - 1] ?? null };
}
