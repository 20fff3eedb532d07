/**
 * buildPanel(): document results in, a long tidy panel out: one row per
 * (region code, period, indicator id, kind), with the figure, its target and completion,
 * and the document, span and sentence it came from.
 *
 * Panel kinds: `actual`; `target`; `change` (a growth rate or a change in points:
 * `%`/`个百分点` on an indicator measured in levels, whatever the record's kind except
 * target); `change_abs` (a change in the indicator's own unit: `比上年增加187人`);
 * `growth_target` (a target in `%` on an indicator measured in levels: `增长6%左右`).
 *
 * Conflicts (several records with one key), the rule, in order:
 *   1. a statistical bulletin (统计公报) over a government work report (政府工作报告) over
 *      any other report;
 *   2. a later report over an earlier one (the latest period its records name);
 *   3. an exact figure over an approximate one (no qualifier over 约/以上/…);
 *   4. the earlier input, then the earlier figure in it.
 * The rows that lose stay counted (`alternatives`) and listed (`alternativeSources`).
 *
 * A growth in times (`增长1.2倍`) is written as the growth in percent it is (120, `%`).
 *
 * Records without a region code, an indicator id or a period, and masked figures, go to
 * the side table with the reason.
 */
import type { DocumentResult, IndicatorRecord, Qualifier, Region } from '../schema.js';
import { matchInputOf } from '../indicators/annotate.js';
import { DEFAULT_CATALOGUE, type IndicatorCatalogue } from '../indicators/match.js';

export type PanelKind = 'actual' | 'target' | 'change' | 'change_abs' | 'growth_target';

export interface PanelRow {
  regionCode: string;
  regionName: string;
  level: Region['level'];
  province: string;
  city: string | null;
  county: string | null;
  period: string;
  indicatorId: string;
  indicatorName: string;
  kind: PanelKind;
  value: number;
  valueMax: number | null;
  unit: string | null;
  qualifier: Qualifier | null;
  targetValue: number | null;
  targetUnit: string | null;
  completion: number | null;
  source: string;
  spanStart: number;
  spanEnd: number;
  sentence: string;
  /** How many other records gave the same key and lost under the conflict rule. */
  alternatives: number;
  /** Their sources, ` | `-joined (one entry per losing record). */
  alternativeSources: string;
}

export type SideReason = 'no_region' | 'no_indicator' | 'no_period' | 'masked';

export interface SideRow {
  reason: SideReason;
  source: string;
  regionCode: string | null;
  period: string | null;
  name: string;
  indicatorId: string | null;
  kind: IndicatorRecord['kind'];
  value: number | null;
  unit: string | null;
  spanStart: number;
  spanEnd: number;
  sentence: string;
  /** For `no_indicator`: the nearest catalogue indicators with their similarity (`gdp:0.71 | fai:0.52`). */
  candidates: string;
}

export interface PanelSummary {
  documents: number;
  failed: number;
  records: number;
  rows: number;
  /** Records that lost a conflict (listed on the winning row). */
  alternatives: number;
  side: number;
  sideByReason: Record<SideReason, number>;
}

export interface Panel {
  rows: PanelRow[];
  side: SideRow[];
  summary: PanelSummary;
}

export interface BuildPanelOptions {
  /** The catalogue the records' indicator ids come from (for unit families); default the bundled one. */
  catalogue?: IndicatorCatalogue;
}

const RATE_UNITS = new Set(['%', '个百分点']);
const RATE_FAMILIES = new Set(['rate', 'permille', 'per100k', 'ratio']);
const BULLETIN = /统计公报|公报|tongjigongbao|gongbao/iu;
const GOV_REPORT = /政府工作报告|zhengfugongzuobaogao/iu;

interface Candidate {
  row: PanelRow;
  genre: number;
  reportYear: number;
  exact: boolean;
  order: number;
}

/** Incremental: add results one by one (`add`), then `finish()`; memory holds the panel, not the records. */
export class PanelBuilder {
  private readonly catalogue: IndicatorCatalogue;
  private readonly groups = new Map<string, Candidate[]>();
  private readonly side: SideRow[] = [];
  private documents = 0;
  private failed = 0;
  private records = 0;
  private order = 0;

  constructor(options: BuildPanelOptions = {}) {
    this.catalogue = options.catalogue ?? DEFAULT_CATALOGUE;
  }

  add(result: DocumentResult): void {
    this.documents++;
    if (!result.ok) {
      this.failed++;
      return;
    }
    const region = result.region ?? null;
    const genre = genreOf(result.source, result.issuer ?? null);
    const reportYear = Math.max(0, ...result.records.map((r) => Number(r.period ?? 0)).filter(Number.isFinite));
    for (const r of result.records) {
      this.records++;
      const regionCode = r.regionCode ?? region?.code ?? null;
      const reason: SideReason | null =
        r.masked || r.value === null ? 'masked' : regionCode === null || region === null ? 'no_region' : !r.indicatorId ? 'no_indicator' : r.period === null ? 'no_period' : null;
      if (reason !== null || region === null || r.value === null || !r.indicatorId || r.period === null) {
        const candidates = reason === 'no_indicator' ? this.catalogue.match(matchInputOf(r)).candidates.map((c) => `${c.id}:${c.score}`).join(' | ') : '';
        this.side.push(sideRow(reason ?? 'no_region', r, regionCode, candidates));
        continue;
      }
      // `增长1.2倍` is a growth of 120%: one unit in the growth column.
      const times = r.kind === 'change' && r.unit === '倍';
      const scale = (v: number | null): number | null => (v === null || !times ? v : Math.round(v * 100 * 1e6) / 1e6);
      const kind = panelKind(times ? { kind: r.kind, unit: '%' } : r, this.catalogue.get(r.indicatorId)?.unit ?? null);
      const row: PanelRow = {
        regionCode: region.code,
        regionName: region.name,
        level: region.level,
        province: region.province,
        city: region.city,
        county: region.county,
        period: r.period,
        indicatorId: r.indicatorId,
        indicatorName: r.indicatorName ?? this.catalogue.get(r.indicatorId)?.name ?? r.name,
        kind,
        value: scale(r.value)!,
        valueMax: scale(r.valueMax),
        unit: times ? '%' : r.unit,
        qualifier: r.qualifier,
        targetValue: r.target?.value ?? null,
        targetUnit: r.target?.unit ?? null,
        completion: r.completion,
        source: r.source || result.source,
        spanStart: r.span[0],
        spanEnd: r.span[1],
        sentence: r.sentence,
        alternatives: 0,
        alternativeSources: '',
      };
      const key = `${row.regionCode}\u0000${row.period}\u0000${row.indicatorId}\u0000${kind}`;
      const c: Candidate = { row, genre, reportYear, exact: r.qualifier === null, order: this.order++ };
      const list = this.groups.get(key);
      if (list) list.push(c);
      else this.groups.set(key, [c]);
    }
  }

  finish(): Panel {
    const rows: PanelRow[] = [];
    let alternatives = 0;
    for (const list of this.groups.values()) {
      list.sort(compare);
      const [win, ...rest] = list;
      alternatives += rest.length;
      rows.push({ ...win!.row, alternatives: rest.length, alternativeSources: rest.map((c) => c.row.source).join(' | ') });
    }
    rows.sort((a, b) => cmp(a.regionCode, b.regionCode) || cmp(a.period, b.period) || cmp(a.indicatorId, b.indicatorId) || cmp(a.kind, b.kind));
    const sideByReason: Record<SideReason, number> = { no_region: 0, no_indicator: 0, no_period: 0, masked: 0 };
    for (const s of this.side) sideByReason[s.reason]++;
    return {
      rows,
      side: this.side,
      summary: { documents: this.documents, failed: this.failed, records: this.records, rows: rows.length, alternatives, side: this.side.length, sideByReason },
    };
  }
}

/** The panel of these results (see the module comment for the keys and the conflict rule). */
export function buildPanel(results: Iterable<DocumentResult>, options: BuildPanelOptions = {}): Panel {
  const b = new PanelBuilder(options);
  for (const r of results) b.add(r);
  return b.finish();
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compare(a: Candidate, b: Candidate): number {
  return a.genre - b.genre || b.reportYear - a.reportYear || Number(b.exact) - Number(a.exact) || a.order - b.order;
}

/** 0 statistical bulletin, 1 government work report, 2 any other report. */
function genreOf(source: string, issuer: string | null): number {
  if (BULLETIN.test(source) || (issuer !== null && issuer.endsWith('统计局'))) return 0;
  if (GOV_REPORT.test(source) || (issuer !== null && issuer.endsWith('人民政府'))) return 1;
  return 2;
}

export function panelKind(r: Pick<IndicatorRecord, 'kind' | 'unit'>, family: string | null): PanelKind {
  const rateUnit = r.unit !== null && RATE_UNITS.has(r.unit);
  const levelIndicator = family === null || !RATE_FAMILIES.has(family);
  if (r.kind === 'target') return rateUnit && levelIndicator ? 'growth_target' : 'target';
  if (r.kind === 'change') return rateUnit || !levelIndicator ? 'change' : 'change_abs';
  return rateUnit && levelIndicator ? 'change' : 'actual';
}

function sideRow(reason: SideReason, r: IndicatorRecord, regionCode: string | null, candidates: string): SideRow {
  return {
    reason,
    source: r.source,
    regionCode,
    period: r.period,
    name: r.name,
    indicatorId: r.indicatorId ?? null,
    kind: r.kind,
    value: r.value,
    unit: r.unit,
    spanStart: r.span[0],
    spanEnd: r.span[1],
    sentence: r.sentence,
    candidates,
  };
}
