import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { findRegion } from '../../src/region/find.js';

/** The first lines of the development corpus: issuers found, invented places never taken for real ones. */
const HEADS = readFileSync(new URL('../../fixtures/region/corpus-heads.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { doc: string; head: string; issuer: string | null });

describe('the corpus: invented places', () => {
  it.each(HEADS)('$doc', ({ head, issuer }) => {
    const r = findRegion(normalize(head).text);
    expect(r.region).toBeNull();
    expect(r.reason).toBe('unknown_place');
    expect(r.warnings.map((w) => w.code)).toEqual(['region_unknown']);
    if (issuer !== null) expect(r.issuer).toBe(issuer);
  });
});
