/** Reading a user's indicator file (`--indicators my.json`): a JSON array of indicators, checked. */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { IndicatorInput } from './match.js';
import { ID_PATTERN } from './match.js';

const UNIT_FAMILIES = ['money', 'visits', 'rate', 'permille', 'per100k', 'count', 'persons', 'area', 'mass', 'length', 'energy', 'volume', 'concentration', 'duration', 'ratio', 'score', 'index', 'age', 'freight'] as const;

export const IndicatorInputSchema = z.object({
  id: z.string().regex(ID_PATTERN, 'an ASCII slug: a-z first, then a-z 0-9 _, at most 32 characters'),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
  unit: z.enum(UNIT_FAMILIES).optional(),
  domain: z.string().optional(),
  codes: z.record(z.string(), z.string()).optional(),
});

/** The indicators of a JSON file, or an error message (never throws). */
export async function readIndicatorFile(path: string): Promise<{ ok: true; indicators: IndicatorInput[] } | { ok: false; message: string }> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    return { ok: false, message: `cannot read ${path}: ${(e as Error).message}` };
  }
  const parsed = z.array(IndicatorInputSchema).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `${path}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, indicators: parsed.data as IndicatorInput[] };
}
