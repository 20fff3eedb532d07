/**
 * Regex safety is tested, not hoped for: every regex literal in the built package and
 * every RegExp its modules export is checked for catastrophic backtracking with recheck.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { regexLiterals } from './regex-scan.js';

const DIST = new URL('../../dist/', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.js') ? [p] : [];
  });
}

function collect(value: unknown, into: RegExp[], depth = 0): void {
  if (value instanceof RegExp) into.push(value);
  else if (depth < 2 && value instanceof Map) for (const v of value.values()) collect(v, into, depth + 1);
  else if (depth < 2 && Array.isArray(value)) for (const v of value) collect(v, into, depth + 1);
  else if (depth < 2 && value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const v of Object.values(value)) collect(v, into, depth + 1);
  }
}

const modules = files(DIST);
const literals = modules.flatMap((f) => regexLiterals(readFileSync(f, 'utf8')).map((l) => ({ ...l, where: relative(DIST, f) })));

describe('regex safety', () => {
  it('finds the package regexes (dist is built)', () => {
    expect(modules.length).toBeGreaterThan(20);
    expect(literals.length).toBeGreaterThan(50);
  });

  it('no regex literal in the package is vulnerable to ReDoS', () => {
    const bad = literals
      .map((l) => ({ l, r: checkSync(l.source, l.flags, { timeout: 10_000 }) }))
      .filter(({ r }) => r.status === 'vulnerable')
      .map(({ l, r }) => `${l.where}: /${l.source}/${l.flags} (${r.status === 'vulnerable' ? r.complexity.type : ''})`);
    expect(bad).toEqual([]);
  }, 300_000);

  it('no exported RegExp (built from tables at load time) is vulnerable', async () => {
    const found: RegExp[] = [];
    for (const f of modules) {
      if (/cli\/main\.js$/u.test(f)) continue;
      collect(Object.values((await import(pathToFileURL(f).href)) as Record<string, unknown>), found);
    }
    expect(found.length).toBeGreaterThan(20);
    const bad = [...new Set(found)]
      .map((re) => ({ re, r: checkSync(re.source, re.flags, { timeout: 10_000 }) }))
      .filter(({ r }) => r.status === 'vulnerable')
      .map(({ re }) => String(re));
    expect(bad).toEqual([]);
  }, 300_000);
});
