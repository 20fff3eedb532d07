/**
 * Canonical indicator ids for record names. In order, precision first:
 *
 *   0. guards    — no id when the name stands for only part of its figure: a part of the
 *                  year (`春节假期…旅游收入`), the whole of a share (`进出口总额占…的比重`)
 *   1. alias     — the cleaned name is an alias (`全年全县地区生产总值`, `地区生产总值(GDP)实现` → gdp)
 *   2. head noun — the name ends with an alias and what stands before it is scope only (a
 *                  place, a time, `实现`); any other modifier (`新增…`) is another measure, no id
 *   3. heading   — a short name (`签约率`) completed by the words right before it, by the
 *                  clause before when that clause has its subject, or by a heading: exactly
 *                  one indicator must have an alias `X + name` whose `X` stands there
 *   4. similar   — character-bigram similarity to the best alias ≥ THRESHOLD and MARGIN above
 *                  any other indicator's, with the same numbers, words added or lost only (no
 *                  substitution), and a share never similar to a level
 *
 * and, at every step, the record's unit must fit the indicator's unit family. Anything else
 * gives null with the best candidates: a wrong id is worse than none.
 */
import { CATALOGUE_ROWS, type Domain, type UnitFamily } from './catalogue.js';

export interface Indicator {
  id: string;
  name: string;
  aliases: readonly string[];
  unit: UnitFamily;
  domain: Domain;
  /** Codes in other classifications, when known (`{ nbs: 'A0201' }`). */
  codes?: Readonly<Record<string, string>>;
}

/** An indicator as a user supplies it (`--indicators my.json`): aliases, unit and domain optional. */
export interface IndicatorInput {
  id: string;
  name: string;
  aliases?: readonly string[];
  unit?: UnitFamily;
  domain?: Domain;
  codes?: Readonly<Record<string, string>>;
}

export type MatchMethod = 'alias' | 'head' | 'heading' | 'similar';

export interface IndicatorMatch {
  id: string | null;
  name: string | null;
  method: MatchMethod | null;
  /** The best ids with their similarity, when no id was given (or for inspection). */
  candidates: ReadonlyArray<{ id: string; score: number }>;
}

export interface MatchInput {
  name: string;
  unit?: string | null;
  /** The heading path above the figure. */
  section?: readonly string[];
  /** The figure's sentence up to the figure (or all of it): the name's last occurrence in it is the name. */
  sentence?: string;
}

export const SIMILARITY_THRESHOLD = 0.8;
export const SIMILARITY_MARGIN = 0.12;
export const ID_PATTERN = /^[a-z][a-z0-9_]{0,31}$/u;

/** Scope words that may stand before an alias without changing what it measures. */
const SCOPE_WORDS: readonly RegExp[] = [
  /^全(?:县|市|区|省|镇|乡|旗|州|盟)?/u,
  /^本(?:县|市|区|镇)/u,
  /^[全本当今]?年/u,
  /^(?:年末|年底|年内|上半年|一季度|前三季度|实现|完成|累计|其中|共|总)/u,
  /^1-\d{1,2}月/u,
  /^[\p{Script=Han}]{2,6}?(?:县|市|区|镇|乡)/u,
];

/** Whether `prefix` is scope words only, read left to right, each word once, no backtracking. */
function isScope(prefix: string): boolean {
  let rest = prefix;
  while (rest.length > 0) {
    const m = SCOPE_WORDS.map((re) => re.exec(rest)?.[0]).find((w) => w !== undefined && w.length > 0);
    if (m === undefined) return false;
    rest = rest.slice(m.length);
  }
  return true;
}
/** Generic heads that may end a name without changing what it measures (`城镇新增就业人数`). */
const GENERIC_HEAD = /(?:人数|数量|总数|总量|规模|情况|水平|总额|数)$/u;
/** A part of the year before the name (`春节假期接待游客…实现旅游收入`): not the indicator's annual figure. */
const SUB_PERIOD = /(?:假期|黄金周|春节|国庆|五一|端午|中秋|元旦|期间|当天|当日)/u;
/**
 * Whether the name, where it stands in the sentence, is what the figure measures: not a part of the
 * year (`春节假期…旅游收入`), not the whole of a share (`进出口总额占地区生产总值的比重`).
 */
function standsForFigure(sentence: string, name: string): boolean {
  const at = sentence.lastIndexOf(name);
  const head = at < 0 ? sentence : sentence.slice(0, at);
  const gap = at < 0 ? '' : sentence.slice(at + name.length);
  if (SUB_PERIOD.test(head.slice(-24))) return false;
  // `都市医养产业营收达…亿元、全口径税收达…`: a sibling measure of one industry, not of the region.
  if (head.endsWith('、') && SECTOR.test(lastClause(head))) return false;
  return !(SHARE_GAP.test(gap) && !SHARE_END.test(name));
}
const SHARE_GAP = /占|比重|比例/u;
/** An industry, a trade, a park or a cluster as the subject of a clause (not 第一/二/三产业). */
const SECTOR = /(?<![第一二三次])产业|行业|园区|集群/u;
/** The last clause of `text`: after its last `,;:`. */
function lastClause(text: string): string {
  let at = text.length;
  while (at > 0 && !CLAUSE_BREAKS.has(text[at - 1]!)) at--;
  return text.slice(at);
}
const CLAUSE_BREAKS = new Set([',', '，', ';', '；', ':', '：']);

/** A name right after `、` that only a loose rule matches lost the words of its enumeration (`第一、二、三产业增加值`). */
function enumerated(sentence: string | undefined, name: string): boolean {
  if (sentence === undefined) return false;
  const at = sentence.lastIndexOf(name);
  return at > 0 && sentence[at - 1] === '、';
}

/** A parenthesised qualifier (`固定资产投资(不含农户)`): the name without it may be an alias. */
const PARENTHESES = /\([^()]*\)/gu;
/** Linking words an extracted name may end with (`一般公共预算收入完成`), longest first. */
const TRAILING_VERBS = ['稳定在', '保持在', '控制在', '实现', '完成', '达到', '突破', '力争', '分别', '累计', '共计', '达', '为', '共', '约'];

/** The name without the linking words it ends with. */
function withoutTrailingVerbs(name: string): string {
  let s = name;
  for (let again = true; again; ) {
    const w = TRAILING_VERBS.find((v) => s.length > v.length && s.endsWith(v));
    again = w !== undefined;
    if (w !== undefined) s = s.slice(0, -w.length);
  }
  return s;
}
const STRIP_PREFIX = /^(?:全(?:县|市|区|省|镇|乡)|全年|年末|本年|当年|今年|实现|完成)+/u;

interface AliasEntry {
  alias: string;
  indicator: Indicator;
  grams: Map<string, number>;
  /** How many bigrams (with repeats) the alias has. */
  size: number;
}

export class IndicatorCatalogue {
  readonly indicators: readonly Indicator[];
  private readonly byAlias = new Map<string, Indicator>();
  private readonly byId = new Map<string, Indicator>();
  private readonly aliasList: AliasEntry[] = [];
  /** Aliases by their last character, longest first: the candidates for `name.endsWith(alias)` and back. */
  private readonly byLastChar = new Map<string, AliasEntry[]>();
  /** Aliases by the bigrams they contain (indices into aliasList): similarity looks only at those. */
  private readonly byGram = new Map<string, number[]>();
  /** Scratch counts for `similar` (one per alias), zeroed after each use. */
  private common: Int32Array | null = null;
  private readonly similarCache = new Map<string, Array<{ id: string; score: number; alias: string }>>();

  constructor(indicators: readonly Indicator[]) {
    this.indicators = indicators;
    for (const ind of indicators) {
      this.byId.set(ind.id, ind);
      for (const raw of [ind.name, ...ind.aliases]) {
        const alias = clean(raw);
        if (alias.length === 0) continue;
        // The first indicator to claim an alias keeps it (user rows come first).
        if (!this.byAlias.has(alias)) this.byAlias.set(alias, ind);
        const grams = bigrams(alias);
        this.aliasList.push({ alias, indicator: ind, grams, size: Math.max(0, alias.length - 1) });
      }
    }
    this.aliasList.sort((a, b) => b.alias.length - a.alias.length);
    this.aliasList.forEach((entry, i) => {
      const last = entry.alias[entry.alias.length - 1]!;
      const list = this.byLastChar.get(last);
      if (list) list.push(entry);
      else this.byLastChar.set(last, [entry]);
      for (const g of entry.grams.keys()) {
        const at = this.byGram.get(g);
        if (at) at.push(i);
        else this.byGram.set(g, [i]);
      }
    });
  }

  get(id: string): Indicator | undefined {
    return this.byId.get(id);
  }

  /** A new catalogue: these indicators first (they win an alias both claim), then this one's. */
  extend(extra: readonly IndicatorInput[]): IndicatorCatalogue {
    if (extra.length === 0) return this;
    const added = extra.map(toIndicator);
    const ids = new Set(added.map((i) => i.id));
    return new IndicatorCatalogue([...added, ...this.indicators.filter((i) => !ids.has(i.id))]);
  }

  match(input: MatchInput): IndicatorMatch {
    const name = clean(input.name);
    if (name.length < 2) return none([]);
    const fits = (ind: Indicator): boolean => unitFits(ind.unit, input.unit ?? null);
    const found = (ind: Indicator, method: MatchMethod): IndicatorMatch => ({ id: ind.id, name: ind.name, method, candidates: [] });
    if (input.sentence !== undefined && !standsForFigure(input.sentence, input.name)) return none([]);
    // 1. alias: the name; without scope words before it; without a parenthesised qualifier
    // (`地区生产总值(GDP)`) and the linking verb after it (`…实现`, `…达到`, `…稳定在`).
    const bare = withoutTrailingVerbs(name.replace(PARENTHESES, ''));
    const exact = this.byAlias.get(name) ?? this.byAlias.get(name.replace(STRIP_PREFIX, '')) ?? (bare !== name && bare.length >= 2 ? (this.byAlias.get(bare) ?? this.byAlias.get(bare.replace(STRIP_PREFIX, ''))) : undefined);
    if (exact) return fits(exact) ? found(exact, 'alias') : none([]);
    // 2. head noun (a known alias after a modifier that is not scope: a different measure)
    const head = this.head(name);
    if (head === 'modified') return none([]);
    if (head) return fits(head) ? found(head, 'head') : none([]);
    if (enumerated(input.sentence, input.name)) return none([]);
    // 3. heading
    const completed = this.completed(name, input);
    if (completed) return fits(completed) ? found(completed, 'heading') : none([]);
    // 4. similarity
    const ranked = this.similar(name);
    const [best, second] = ranked;
    if (best && name.length >= 4 && best.score >= SIMILARITY_THRESHOLD && best.score - (second?.score ?? 0) >= SIMILARITY_MARGIN) {
      const ind = this.byId.get(best.id)!;
      if (fits(ind) && sameDigits(name, ind) && sameShareness(name, best.alias) && !substituted(name, best.alias)) return { id: ind.id, name: ind.name, method: 'similar', candidates: ranked.slice(0, 3).map(({ id, score }) => ({ id, score })) };
    }
    return none(ranked.slice(0, 3).map(({ id, score }) => ({ id, score })));
  }

  private head(name: string): Indicator | 'modified' | null {
    const bare = name.replace(GENERIC_HEAD, '');
    if (bare !== name && bare.length >= 3) {
      const hit = this.byAlias.get(bare);
      if (hit) return hit;
    }
    for (const { alias, indicator } of this.byLastChar.get(name[name.length - 1]!) ?? []) {
      if (alias.length < 4 || alias.length >= name.length || !name.endsWith(alias)) continue;
      return isScope(name.slice(0, name.length - alias.length)) ? indicator : 'modified';
    }
    return null;
  }

  private completed(name: string, input: MatchInput): Indicator | null {
    if (name.length > 6) return null;
    // Where the missing words may stand: right before the name in its own clause; in the
    // clause before, when that clause has the subject (`家庭医生签约28.4万人,签约率`: the
    // words before the name's stem; `养老机构21家,床位`: anywhere); else the headings.
    const clauses = before(input.sentence ?? '', input.name).split(CLAUSE_BREAK);
    const own = clauses[clauses.length - 1] ?? '';
    const prev = clauses.length > 1 ? clauses[clauses.length - 2]! : '';
    const stem = name.replace(STEM_END, '');
    const subjectBefore = stem.length >= 2 && prev.includes(stem);
    const headings = (input.section ?? []).join('\n');
    const hits = new Set<Indicator>();
    for (const { alias, indicator } of this.byLastChar.get(name[name.length - 1]!) ?? []) {
      if (alias.length <= name.length || !alias.endsWith(name)) continue;
      const prefix = alias.slice(0, alias.length - name.length);
      if (prefix.length < 2) continue;
      const inOwn = own.endsWith(prefix) && WORD_START.test(own.slice(Math.max(0, own.length - prefix.length - 2), own.length - prefix.length));
      const elsewhere = subjectBefore ? prev.includes(prefix + stem) : standsAlone(prev, prefix) || standsAlone(headings, prefix);
      if (inOwn || elsewhere) hits.add(indicator);
    }
    return hits.size === 1 ? [...hits][0]! : null;
  }

  /** The best indicators by similarity, cached by name (names repeat across a batch's documents). */
  private similar(name: string): Array<{ id: string; score: number; alias: string }> {
    const hit = this.similarCache.get(name);
    if (hit) return hit;
    if (this.similarCache.size >= 20_000) this.similarCache.clear();
    const ranked = this.rank(name);
    this.similarCache.set(name, ranked);
    return ranked;
  }

  private rank(name: string): Array<{ id: string; score: number; alias: string }> {
    const grams = bigrams(name);
    const common = (this.common ??= new Int32Array(this.aliasList.length));
    const touched: number[] = [];
    for (const [g, n] of grams) {
      for (const i of this.byGram.get(g) ?? []) {
        if (common[i] === 0) touched.push(i);
        common[i]! += Math.min(n, this.aliasList[i]!.grams.get(g)!);
      }
    }
    const size = Math.max(0, name.length - 1);
    const best = new Map<string, { score: number; alias: string }>();
    for (const i of touched) {
      const { alias, indicator, size: other } = this.aliasList[i]!;
      const score = (2 * common[i]!) / (size + other);
      common[i] = 0;
      if (score > (best.get(indicator.id)?.score ?? 0)) best.set(indicator.id, { score, alias });
    }
    return [...best]
      .map(([id, { score, alias }]) => ({ id, score: Math.round(score * 1000) / 1000, alias }))
      .filter((c) => c.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, 5);
  }
}

const CLAUSE_BREAK = /[,，;；:：]/u;

/** The part of the sentence before the name's last occurrence (all of it when the name is not in it). */
function before(sentence: string, name: string): string {
  const at = sentence.lastIndexOf(name);
  return at < 0 ? sentence : sentence.slice(0, at);
}

/** A share or a rate (`…占比`, `…比重`, `…率`) is never similar to a level, nor a level to a share. */
const SHARE_END = /(?:占比|比重|比例|比率|率|系数|指数)$/u;
const sameShareness = (name: string, alias: string): boolean => SHARE_END.test(name) === SHARE_END.test(alias);

/** What may stand before a heading word for it to be that word (`县级重点项目`, not `文旅重点项目`). */
const WORD_START = /(?:^|[^\p{L}\p{N}]|县级|市级|省级|区级|省市|全县|全市|全区|全镇|实施|推进|开展|其中|全年|共有|是)$/u;
/** What a name's stem leaves off (`签约率` → `签约`), to find the clause that names its subject. */
const STEM_END = /(?:服务率|率|数|量|占比|比例|比重)$/u;

/** Whether `word` occurs in `context` as a word of its own, not the tail of a longer one. */
function standsAlone(context: string, word: string): boolean {
  for (let at = context.indexOf(word); at >= 0; at = context.indexOf(word, at + 1)) {
    if (WORD_START.test(context.slice(Math.max(0, at - 2), at))) return true;
  }
  return false;
}

/**
 * Whether each side has characters the other lacks: a substitution (`省控…` for `国控…`),
 * a different measure; similarity only forgives words added or lost (`…力争`, `三产业…`).
 */
function substituted(name: string, alias: string): boolean {
  const a = new Set(name);
  const b = new Set(alias);
  return [...a].some((c) => !b.has(c)) && [...b].some((c) => !a.has(c));
}

const digitsOf = (s: string): string => (s.match(/\d+(?:\.\d+)?/gu) ?? []).join(',');
/** Similar names must carry the same numbers (`10亿元以上项目` is not `亿元以上项目`). */
function sameDigits(name: string, ind: Indicator): boolean {
  const d = digitsOf(name);
  return [ind.name, ...ind.aliases].some((a) => digitsOf(a) === d);
}

function none(candidates: ReadonlyArray<{ id: string; score: number }>): IndicatorMatch {
  return { id: null, name: null, method: null, candidates };
}

/** Brackets and spaces folded, so that `细颗粒物（PM2.5）` and `细颗粒物(PM2.5)` are one alias. */
export function clean(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s“”"‘’']/gu, '')
    .replace(/[（【]/gu, '(')
    .replace(/[）】]/gu, ')');
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}


/** Unit families of the record units zhibiao emits. */
const UNIT_FAMILY: Readonly<Record<string, UnitFamily>> = {
  元: 'money', 美元: 'money', 万元: 'money',
  '‰': 'permille', '1/10万': 'per100k',
  人: 'persons', 人次: 'persons', 名: 'persons', 户: 'count',
  亩: 'area', 公顷: 'area', 平方米: 'area', 平方公里: 'area',
  吨: 'mass', 公斤: 'mass', 千克: 'mass', 斤: 'mass',
  公里: 'length', 千米: 'length', 米: 'length',
  千瓦时: 'energy', 度: 'energy', 千瓦: 'energy', 吨标准煤: 'energy',
  立方米: 'volume',
  '微克/立方米': 'concentration', '毫克/立方米': 'concentration',
  家次: 'visits', 户次: 'visits', 批次: 'visits', 辆次: 'visits', 台次: 'visits', 场次: 'visits', 件次: 'visits',
  天: 'duration', 个月: 'duration', 个工作日: 'duration', 年: 'duration', 小时: 'duration', 分钟: 'duration',
  岁: 'age', 分: 'score', 吨公里: 'freight', 亿吨公里: 'freight',
};
const RATE_UNITS = new Set(['%', '个百分点']);

/**
 * Whether a record unit can be a figure of an indicator of this family: growth and shares
 * (`%`, `个百分点`) fit every indicator; otherwise the families must agree, with counts
 * (`个`, `家`, `项`, …) fitting count indicators and any unit the table does not know.
 */
export function unitFits(family: UnitFamily, unit: string | null): boolean {
  if (unit === null || RATE_UNITS.has(unit)) return true;
  const f = UNIT_FAMILY[unit];
  if (family === 'rate' || family === 'ratio') return false;
  if (f === undefined) return family === 'count' || family === 'persons' || family === 'mass' || family === 'energy' || family === 'freight';
  if (family === 'persons' || family === 'count') return f === 'persons' || f === 'count';
  return f === family;
}

function toIndicator(input: IndicatorInput): Indicator {
  return {
    id: input.id,
    name: input.name,
    aliases: input.aliases ?? [],
    unit: input.unit ?? 'count',
    domain: input.domain ?? 'accounts',
    ...(input.codes !== undefined ? { codes: input.codes } : {}),
  };
}

export const DEFAULT_CATALOGUE = new IndicatorCatalogue(
  CATALOGUE_ROWS.map(([id, name, unit, domain, aliases]) => ({ id, name, unit, domain, aliases })),
);
