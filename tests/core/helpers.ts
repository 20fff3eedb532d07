import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldFullWidth } from '../../src/normalize/fullwidth.js';
import { toSimplified } from '../../src/normalize/traditional.js';

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

/** An original slice read the way normalization reads it: page markers, OCR letters, width and script undone. */
export function asWritten(slice: string): string {
  return toSimplified(foldFullWidth(slice))
    .replace(/\n\d{1,3}、/gu, '')
    .replace(/^L(?=[\dl])/u, '1.')
    .replace(/[lI]/gu, '1')
    .replace(/[Oo]/gu, '0');
}
