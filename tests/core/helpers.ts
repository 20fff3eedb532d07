import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export interface Seed {
  doc: string;
  path: string;
  text: string;
}

export function seeds(): Seed[] {
  const dir = join(FIXTURES, 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ doc: basename(f, '.txt'), path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
}

export function goldLines(name: string): Array<Record<string, unknown>> {
  return readFileSync(join(FIXTURES, 'gold', name), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
