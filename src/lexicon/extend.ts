/**
 * The vocabulary one extract() call uses: the bundled tables, plus what the caller adds
 * (`{ units: [{ text: '床位', kind: 'count' }], terms: ['健康100条'] }`). Resolved once per
 * distinct extension object and cached.
 */
import { alternation } from './regex.js';
import { NAME_TERMS } from './terms.js';
import { UNITS, type UnitEntry, type UnitKind } from './units.js';

export interface LexiconExtension {
  /** Extra units; `unit` defaults to `text`, `kind` to `count`. */
  units?: ReadonlyArray<{ text: string; unit?: string; kind?: UnitKind }>;
  /** Extra terms whose numbers are part of a name, never figures. */
  terms?: readonly string[];
  /** Extra catalogue indicators (`{ id, name, aliases, unit }`), matched before the bundled ones. */
  indicators?: ReadonlyArray<import('../indicators/match.js').IndicatorInput>;
}

export interface Lexicon {
  units: ReadonlyMap<string, UnitEntry>;
  unitTerms: ReadonlySet<string>;
  maxUnitLength: number;
  nameTerms: RegExp;
}

function build(units: ReadonlyMap<string, UnitEntry>, terms: readonly string[]): Lexicon {
  return {
    units,
    unitTerms: new Set(units.keys()),
    maxUnitLength: Math.max(...[...units.keys()].map((k) => k.length)),
    nameTerms: new RegExp(alternation(terms), 'gu'),
  };
}

export const DEFAULT_LEXICON: Lexicon = build(UNITS, NAME_TERMS);

const cache = new WeakMap<LexiconExtension, Lexicon>();

export function resolveLexicon(ext: LexiconExtension | undefined): Lexicon {
  if (!ext || ((ext.units?.length ?? 0) === 0 && (ext.terms?.length ?? 0) === 0)) return DEFAULT_LEXICON;
  const hit = cache.get(ext);
  if (hit) return hit;
  const units = new Map(UNITS);
  for (const u of ext.units ?? []) {
    if (u.text.length === 0) continue;
    units.set(u.text, { text: u.text, unit: u.unit ?? u.text, kind: u.kind ?? 'count' });
  }
  const lexicon = build(units, [...NAME_TERMS, ...(ext.terms ?? []).filter((t) => t.length > 0)]);
  cache.set(ext, lexicon);
  return lexicon;
}
