/**
 * findRegion(): who issued a report and which administrative region it speaks for, from
 * its title and first lines, its site furniture (`来源:`, `发布机构:`, breadcrumbs) and its
 * source path. Never a guess: a shared name (`朝阳区`) that nothing in the document
 * decides, a masked place (`XX区`) or a place the division data does not know gives
 * `region: null` with the reason, the candidates and a warning.
 */
import type { ExtractWarning, Region, RegionCandidate } from '../schema.js';
import { DIVISION_CHANGES, type DivisionChange } from './changes.js';
import { divisions, townshipsByName, type Division } from './data.js';
import {
  BREADCRUMB,
  BREADCRUMB_SEPARATOR,
  FIELD_LABELS,
  GENERIC_NAMES,
  GENRE_WORDS,
  HEAD_LINES,
  LEVEL_OF_WORD,
  LEVEL_WORDS,
  LIST_LINE,
  MASKED_PLACE,
  ORGANS,
} from './patterns.js';

export type RegionReason = 'masked' | 'unknown_place' | 'ambiguous' | 'unnamed' | 'not_found';

export interface RegionFinding {
  issuer: string | null;
  region: Region | null;
  /** Why `region` is null; null when it is set. */
  reason: RegionReason | null;
  /** The divisions the evidence allowed, when more than one (or the one chosen among several). */
  candidates: RegionCandidate[];
  warnings: ExtractWarning[];
}

export interface FindRegionOptions {
  /** The input's path: its folders and file name are read too. */
  source?: string;
  /** The report's year, for names that changed (撤县设区); else the first year of the title. */
  year?: number;
}

type EvidenceKind = 'line' | 'field' | 'breadcrumb' | 'path';
interface Evidence {
  text: string;
  kind: EvidenceKind;
}

/** One place name read at the start of an evidence string, with every division it may be. */
interface PlaceMatch {
  name: string;
  divisions: Division[];
  township?: string;
}

interface Parsed {
  evidence: Evidence;
  chain: PlaceMatch[];
  issuer: string | null;
  /** The level the issuer's own place word speaks for (`县卫健局` → county). */
  level: 'province' | 'city' | 'county' | 'township' | null;
  masked: boolean;
  unknown: string | null;
}

const PRIORITY: Readonly<Record<EvidenceKind, number>> = { line: 0, field: 1, breadcrumb: 2, path: 3 };
const ORGAN_ALT = ORGANS.join('|');
const LEVEL_ALT = LEVEL_WORDS.join('|');
const ISSUER_AT_START = new RegExp(`^[\\p{Script=Han}]{0,24}?(?:${ORGAN_ALT})`, 'u');
const UNNAMED = new RegExp(`^(${LEVEL_ALT})(?=[\\p{Script=Han}]{0,14}?(?:${ORGAN_ALT}))`, 'u');
/** A place-like name the data does not know: `青禾县统计局`, `云岫市2024年…`, `禾塘镇人民政府`. */
const PLACE_LIKE = new RegExp(`^([\\p{Script=Han}]{2,6}?(?:${LEVEL_ALT}))(?=[\\p{Script=Han}]{0,14}?(?:${ORGAN_ALT})|\\d|[xX]{2}|$)`, 'u');
const NOT_AN_ISSUER = /^(?:在|按照|根据|对|为|经|由|从|向|以|于|围绕|坚持|今年|本年|全年)/u;
const NOT_A_PLACE_START = /^(?:全|本|我|各|该|首|今|上|下|本|市|县|区|省|国家|中华|中国)/u;
const TOWNSHIP_AT = /^[\p{Script=Han}]{1,6}?(?:街道|镇|乡)/u;
const CONGRESS = /在([\p{Script=Han}]{2,16}?)第[\p{Script=Han}\d]{1,6}届人民代表大会/u;
const FIELD = new RegExp(`(?:${FIELD_LABELS.join('|')})[:：]\\s*([^\\s|:：]{2,40})`, 'gu');
const TITLE_YEAR = /((?:19|20)\d{2})年/u;

const CHANGES_BY_NAME: ReadonlyMap<string, DivisionChange> = new Map(DIVISION_CHANGES.map((c) => [c.old, c]));

export function findRegion(text: string, options: FindRegionOptions = {}): RegionFinding {
  const evidence = collectEvidence(text, options.source);
  const year = options.year ?? yearOf(evidence);
  const parsed = evidence.map((e) => parse(e, year));
  const found = resolve(text, parsed);
  return { ...found, issuer: issuerOf(parsed, found.region) };
}

function resolve(text: string, parsed: readonly Parsed[]): RegionFinding {
  const issuer = pickIssuer(parsed);
  const known = parsed.filter((p) => p.chain.length > 0);
  const targetLevel = parsed.find((p) => p.issuer !== null && p.level !== null)?.level ?? null;
  if (known.length === 0) return unresolved(issuer, parsed, targetLevel);
  // The deepest chain wins; among equals, the earlier and stronger evidence.
  const depth = (p: Parsed): number => {
    const last = p.chain[p.chain.length - 1]!;
    return last.township !== undefined ? 4 : Math.max(...last.divisions.map((d) => LEVEL_DEPTH[d.level]));
  };
  const best = [...known].sort((a, b) => depth(b) - depth(a) || PRIORITY[a.evidence.kind] - PRIORITY[b.evidence.kind])[0]!;
  // A title that names a place the data does not know, against a weaker mention of a known one: no guess.
  const unknownTitle = parsed.find((p) => p.unknown !== null && p.evidence.kind === 'line' && (p.issuer !== null || GENRE_WORDS.test(p.evidence.text)));
  const unknownTownship = unknownTitle !== undefined && /(?:镇|乡|街道)$/u.test(unknownTitle.unknown!);
  if (unknownTitle && !unknownTownship && !known.some((p) => PRIORITY[p.evidence.kind] <= PRIORITY.line)) {
    return { issuer, region: null, reason: 'unknown_place', candidates: [], warnings: [warning('region_unknown', `${unknownTitle.unknown} (the title) is not in the division data; ${best.chain.map((c) => c.name).join('')} named elsewhere is not taken for it`)] };
  }
  // A township's report speaks for its county: a county named is enough.
  if (targetLevel !== null && Math.min(LEVEL_DEPTH[targetLevel], LEVEL_DEPTH.county) > depth(best)) {
    return { issuer, region: null, reason: 'unnamed', candidates: [], warnings: [warning('region_unnamed', `the issuer (${issuer ?? '?'}) does not name its ${targetLevel}; the nearest place named is ${best.chain.map((c) => c.name).join('')}`)] };
  }
  // A township named alone (`新城镇…`) and its county named elsewhere (`中阳县人民政府 > 乡镇动态`): that county.
  const alone = best.chain.length === 1 && best.chain[0]!.name === '' ? best.chain[0]! : null;
  const county = alone ? known.filter((p) => p !== best).map((p) => narrow(p.chain)).find((ds) => ds.length === 1 && ds[0]!.level === 'county')?.[0] : undefined;
  if (alone && county) {
    const listed = alone.divisions.some((d) => d.code === county.code);
    const note = listed ? [] : [warning('region_township_unlisted', `${alone.township ?? ''} is not a township of ${county.name} in the division data; the county named in the document is kept`)];
    return { issuer, region: regionOf(county, alone.township), reason: null, candidates: [], warnings: note };
  }
  const context = contextCodes(parsed.filter((p) => p !== best));
  let options_ = narrow(best.chain);
  const readings = options_;
  if (options_.length > 1) options_ = decide(options_, context, () => textCodes(text, readings));
  const last = best.chain[best.chain.length - 1]!;
  if (options_.length !== 1) {
    const candidates = options_.map(candidateOf);
    const list = candidates.map((c) => `${c.code} ${c.name}`).join(', ');
    return { issuer, region: null, reason: 'ambiguous', candidates, warnings: [warning('region_ambiguous', `${last.name || (last.township ?? '')} is ${options_.length} places and nothing in the document decides: ${list}`)] };
  }
  const chosen = options_[0]!;
  // A township the data does not list (renamed, merged, newer), in a county named elsewhere: keep its name.
  const township = last.township ?? (unknownTownship && chosen.level === 'county' ? unknownTitle!.unknown! : undefined);
  const region: Region = { ...regionOf(chosen, township), ...(readings.length > 1 ? { candidates: readings.map(candidateOf) } : {}) };
  const warnings: ExtractWarning[] = [];
  const change = CHANGES_BY_NAME.get(last.name);
  if (change && chosen.code === change.code && change.oldCode !== change.code) {
    warnings.push(warning('region_renamed', `${change.old} became ${chosen.name} (${change.code}) in ${change.year}`));
  }
  return { issuer, region, reason: null, candidates: [], warnings };
}

const LEVEL_DEPTH = { province: 1, city: 2, county: 3, township: 4 } as const;

function warning(code: string, message: string): ExtractWarning {
  return { code, message, span: null };
}

function candidateOf(d: Division): RegionCandidate {
  return { code: d.code, name: [d.province, d.city, d.county].filter((n, i, all) => n !== null && all.indexOf(n) === i).join('') };
}

function regionOf(d: Division, township: string | undefined): Region {
  return {
    code: d.code,
    name: d.name,
    level: d.level,
    province: d.province,
    city: d.city,
    county: d.county,
    ...(township !== undefined ? { township } : {}),
  };
}

function unresolved(issuer: string | null, parsed: readonly Parsed[], level: Parsed['level']): RegionFinding {
  const masked = parsed.find((p) => p.masked);
  if (masked) return { issuer, region: null, reason: 'masked', candidates: [], warnings: [warning('region_masked', `the place is masked in the source (${masked.evidence.text.slice(0, 20)})`)] };
  const unknown = parsed.find((p) => p.unknown !== null)?.unknown;
  if (unknown) return { issuer, region: null, reason: 'unknown_place', candidates: [], warnings: [warning('region_unknown', `${unknown} is not in the division data (GB/T 2260)`)] };
  if (level !== null) return { issuer, region: null, reason: 'unnamed', candidates: [], warnings: [warning('region_unnamed', `the issuer (${issuer ?? '?'}) does not name its ${level}`)] };
  return { issuer, region: null, reason: 'not_found', candidates: [], warnings: [warning('region_not_found', 'no issuer or place found in the title, the first lines or the source path')] };
}

// ---- evidence ----

function collectEvidence(text: string, source: string | undefined): Evidence[] {
  const out: Evidence[] = [];
  const lines = headLines(text);
  for (const line of lines) {
    let fielded = false;
    for (const m of line.matchAll(FIELD)) {
      out.push({ text: m[1]!, kind: 'field' });
      fielded = true;
    }
    if (BREADCRUMB.test(line) && BREADCRUMB_SEPARATOR.test(line)) {
      for (const seg of line.split(BREADCRUMB_SEPARATOR)) {
        const s = seg.replace(/^.*?(?:位置|首页)\s*[:：]?\s*/u, '').trim();
        if (s.length >= 2) out.push({ text: s, kind: 'breadcrumb' });
      }
      continue;
    }
    if (fielded) continue;
    const congress = CONGRESS.exec(line);
    if (congress) out.push({ text: congress[1]!, kind: 'field' });
    for (const part of titleParts(line)) out.push({ text: part, kind: 'line' });
  }
  if (source) {
    for (const seg of source.split(/[\\/!]/u)) {
      const s = seg.replace(/\.[A-Za-z0-9]{1,5}$/u, '').trim().replace(LEADING_WORDS, '');
      if (/\p{Script=Han}/u.test(s)) out.push({ text: s, kind: 'path' });
    }
  }
  return out;
}

/** The first non-empty lines, without list numbering (`1、`) and document-site quotes (`《…》`). */
function headLines(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  while (out.length < HEAD_LINES && start < text.length && start < 6000) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, Math.min(end, start + 300)).trim();
    if (line.length > 0 && !LIST_LINE.test(line)) out.push(line);
    start = end + 1;
  }
  return out;
}

/** A line as title candidates: the line itself, and the pieces split at `-`, `|`, spaces, `《》`. */
function titleParts(line: string): string[] {
  const cleaned = line.replace(/^\d{1,3}[、.．]\s*/u, '').replace(/^——/u, '');
  return cleaned
    .split(/[-—|｜_《》\s]+/u)
    .map((s) => s.trim().replace(LEADING_WORDS, ''))
    .filter((s) => s.length >= 2 && /^[\p{Script=Han}xX×*＊]/u.test(s));
}

/** Words before a title's place: a year (`2023年中阳县…`), `关于`, `中共`. */
const LEADING_WORDS = /^(?:(?:(?:19|20)\d{2}|20[xX]{2})年度?|关于|中共)+/u;

function yearOf(evidence: readonly Evidence[]): number | undefined {
  for (const e of evidence) {
    if (e.kind !== 'line') continue;
    const m = TITLE_YEAR.exec(e.text);
    if (m) return Number(m[1]);
  }
  return undefined;
}

// ---- parsing one evidence string ----

function parse(evidence: Evidence, year: number | undefined): Parsed {
  const s = evidence.text;
  let chain = placeChain(s, year);
  const consumed = chain.reduce((n, c) => n + c.name.length + (c.township?.length ?? 0), 0);
  const organ = ISSUER_AT_START.exec(s);
  const organOnly = organ !== null && (ORGANS as readonly string[]).includes(organ[0]);
  // `…政府工作报告` names a genre, not an organ; `在区委…`, `按照县委…` are sentences.
  const genre = organ !== null && s.startsWith('工作报告', organ[0].length);
  const issuer = organ && !organOnly && !genre && !NOT_AN_ISSUER.test(s) && organ[0].length > consumed ? organ[0] : null;
  let level: Parsed['level'] = null;
  if (issuer !== null) {
    const rest = s.slice(consumed);
    const word = UNNAMED.exec(rest)?.[1];
    if (chain.length > 0) {
      const last = chain[chain.length - 1]!;
      level = last.township !== undefined ? 'township' : last.divisions[0]!.level;
    } else if (word !== undefined) level = LEVEL_OF_WORD[word] ?? null;
  }
  // A line that names a place but is no title (`2024年北京市高考政治试卷`) says nothing of the issuer.
  if (evidence.kind === 'line' && issuer === null && !GENRE_WORDS.test(s)) chain = [];
  // A folder is a place only as a place (`山西省/吕梁市/中阳县`) or a title, not as `北京项目`.
  if (evidence.kind === 'path' && issuer === null && consumed < s.length && !GENRE_WORDS.test(s)) chain = [];
  const masked = chain.length === 0 && MASKED_PLACE.test(s);
  let unknown: string | null = null;
  if (chain.length === 0 && !masked && !NOT_A_PLACE_START.test(s)) unknown = PLACE_LIKE.exec(s)?.[1] ?? null;
  if (unknown !== null && level === null && issuer !== null) {
    const word = LEVEL_WORDS.find((w) => unknown!.endsWith(w));
    level = word !== undefined ? (LEVEL_OF_WORD[word] ?? null) : null;
  }
  return { evidence, chain, issuer, level, masked, unknown };
}

/** Known division names read one after another from the start of `s` (`厦门市` `翔安区`), then a township. */
function placeChain(s: string, year: number | undefined): PlaceMatch[] {
  const idx = divisions();
  const chain: PlaceMatch[] = [];
  let i = 0;
  while (i < s.length) {
    const m = nameAt(s, i, chain, year);
    if (!m) break;
    chain.push(m);
    i += m.name.length;
  }
  const name = townshipAt(s.slice(i));
  if (name !== null) {
    const counties = townshipsByName().get(name) ?? [];
    const parent = chain[chain.length - 1];
    if (parent) {
      const inCounty = parent.divisions.filter((d) => d.level === 'county' && counties.some((c) => c.countyCode === d.code));
      if (inCounty.length > 0) chain[chain.length - 1] = { ...parent, divisions: inCounty, township: name };
    } else if (counties.length > 0) {
      const ds = counties.map((c) => idx.byCode.get(c.countyCode)).filter((d): d is Division => d !== undefined);
      if (ds.length > 0) chain.push({ name: '', divisions: ds, township: name });
    }
  }
  return chain;
}

/** The longest township name of the data at the start of `rest` (`宁乡镇`, not `宁乡`). */
function townshipAt(rest: string): string | null {
  if (!TOWNSHIP_AT.test(rest)) return null;
  const towns = townshipsByName();
  for (let len = Math.min(10, rest.length); len >= 2; len--) {
    const name = rest.slice(0, len);
    if (/(?:街道|镇|乡)$/u.test(name) && towns.has(name)) return name;
  }
  return null;
}

function nameAt(s: string, i: number, chain: readonly PlaceMatch[], year: number | undefined): PlaceMatch | null {
  const idx = divisions();
  const afterCity = chain.length > 0 && chain[chain.length - 1]!.divisions.some((d) => d.level === 'city');
  for (const name of idx.byFirstChar.get(s[i]!) ?? []) {
    if (!s.startsWith(name, i)) continue;
    if (GENERIC_NAMES.has(name) && !afterCity) continue;
    const full = idx.byName.get(name) ?? [];
    // A short name (`厦门`) is a place only before another name or an organ, not inside a word.
    const ds = full.length > 0 ? full : shortOk(s, i + name.length) ? (idx.byShortName.get(name) ?? []) : [];
    if (ds.length > 0) return { name, divisions: [...ds] };
  }
  for (const [old, change] of CHANGES_BY_NAME) {
    if (!s.startsWith(old, i)) continue;
    const now = idx.byCode.get(change.code);
    if (!now) continue;
    const then: Division = year !== undefined && year < change.year ? { ...now, code: change.oldCode, name: old, county: now.level === 'county' ? old : now.county, city: now.level === 'city' ? old : now.city } : now;
    return { name: old, divisions: [then] };
  }
  return null;
}

function shortOk(s: string, end: number): boolean {
  if (end >= s.length) return true;
  const rest = s.slice(end);
  return /^[\p{Script=Han}]{1,6}?(?:市|县|区|旗)/u.test(rest) || ISSUER_AT_START.test(rest) || /^\d/u.test(rest);
}

// ---- resolution ----

function isUnder(child: Division, parent: Division): boolean {
  if (parent.level === 'province') return child.provinceCode === parent.code && child.code !== parent.code;
  if (parent.level === 'city') return child.cityCode === parent.code && child.code !== parent.code;
  return false;
}

/** The last name's divisions that lie under the names before it. */
function narrow(chain: readonly PlaceMatch[]): Division[] {
  const last = chain[chain.length - 1]!;
  let options = last.divisions;
  for (const parent of chain.slice(0, -1)) {
    const under = options.filter((d) => parent.divisions.some((p) => isUnder(d, p)));
    if (under.length > 0) options = under;
  }
  return dedupe(options);
}

function dedupe(ds: readonly Division[]): Division[] {
  const seen = new Set<string>();
  return ds.filter((d) => !seen.has(d.code) && (seen.add(d.code), true));
}

/** Codes of every place named by the other evidence (all readings). */
function contextCodes(parsed: readonly Parsed[]): Set<string> {
  const codes = new Set<string>();
  for (const p of parsed) for (const m of p.chain) for (const d of m.divisions) codes.add(d.code);
  return codes;
}

/** Keeps the options whose province or city (or themselves) the context names most; all of them on a tie. */
function decide(options: Division[], context: ReadonlySet<string>, more: () => ReadonlySet<string>): Division[] {
  const score = (d: Division, codes: ReadonlySet<string>): number =>
    (codes.has(d.code) ? 4 : 0) + (d.cityCode !== null && codes.has(d.cityCode) ? 2 : 0) + (codes.has(d.provinceCode) ? 1 : 0);
  for (const codes of [context, more()]) {
    const scores = options.map((d) => score(d, codes));
    const top = Math.max(...scores);
    if (top === 0) continue;
    const kept = options.filter((_, k) => scores[k] === top);
    if (kept.length === 1) return kept;
  }
  return options;
}

let contextPattern: RegExp | null = null;

/** Province and city names (full and short) anywhere in the text, and the candidates' own county names, as codes. */
function textCodes(text: string, candidates: readonly Division[]): Set<string> {
  const idx = divisions();
  contextPattern ??= new RegExp(
    [...new Set([...[...idx.byName].filter(([, ds]) => ds.some((d) => d.level !== 'county')).map(([n]) => n), ...idx.byShortName.keys()])]
      .sort((a, b) => b.length - a.length)
      .join('|'),
    'gu',
  );
  const codes = new Set<string>();
  for (const m of text.matchAll(contextPattern)) {
    for (const d of idx.byName.get(m[0]) ?? idx.byShortName.get(m[0]) ?? []) if (d.level !== 'county') codes.add(d.code);
  }
  for (const d of candidates) if (d.level === 'county' && !GENERIC_NAMES.has(d.name) && text.includes(d.name)) codes.add(d.code);
  return codes;
}

/** A title line (`…2024年工作总结`), not a site name (`…人民政府门户网站`). */
const TITLE_WORDS = /总结|计划|公报|报告|要点|打算|亮点|通知|意见|方案|规划|纲要/u;
const SITE_WORDS = /门户|网站|网$/u;
const isTitle = (p: Parsed): boolean => p.evidence.kind === 'line' && TITLE_WORDS.test(p.evidence.text) && !SITE_WORDS.test(p.evidence.text);

/**
 * The issuer: the title's, if it names its place; else the title's unnamed one with the
 * region's name put in (`县卫健局` in 中阳县 → `中阳县卫健局`); else the furniture's, a named
 * one first; else any.
 */
function issuerOf(parsed: readonly Parsed[], region: Region | null): string | null {
  const issuers = parsed.filter((p) => p.issuer !== null).sort((a, b) => PRIORITY[a.evidence.kind] - PRIORITY[b.evidence.kind]);
  const named = (p: Parsed): boolean => p.chain.length > 0 || p.unknown !== null;
  const title = issuers.find((p) => isTitle(p) && named(p));
  if (title) return title.issuer;
  const unnamedTitle = issuers.find((p) => isTitle(p) && !named(p));
  if (unnamedTitle && region && unnamedTitle.level === region.level) {
    const word = LEVEL_WORDS.find((w) => unnamedTitle.issuer!.startsWith(w) && region.name.endsWith(w));
    if (word !== undefined) return region.name + unnamedTitle.issuer!.slice(word.length);
  }
  return pickIssuer(parsed);
}

function pickIssuer(parsed: readonly Parsed[]): string | null {
  const issuers = parsed.filter((p) => p.issuer !== null).sort((a, b) => PRIORITY[a.evidence.kind] - PRIORITY[b.evidence.kind]);
  const named = issuers.find((p) => p.chain.length > 0 || p.unknown !== null);
  return (named ?? issuers[0])?.issuer ?? null;
}
