import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/document.js';
import { DEFAULT_CATALOGUE } from '../../src/indicators/match.js';
import { buildPanel, panelKind } from '../../src/panel/build.js';
import { columnName, MAX_COLUMN, widePanel } from '../../src/panel/wide.js';
import type { DocumentResult, IndicatorRecord } from '../../src/schema.js';
import { runCli } from '../cli/run.js';

const SEEDS = ['000_f4c5eb871e2be798', '001_e4528b115fa46040', '002_961c176954e84f18', '003_6e427e49ff9af0f7', '004_73bd3943b8d95550'].map((s) => `fixtures/seeds/${s}.txt`);
const DOCUMENTS = ['docsite-page-utf8.html', 'gov-page-gbk.html', 'masked-template.docx', 'plan-two-column.pdf', 'report-with-table.docx', 'report-with-table.pdf', 'traditional-page.html'].map((f) => `fixtures/documents/${f}`);

async function results(): Promise<DocumentResult[]> {
  return Promise.all([...SEEDS, ...DOCUMENTS].map((p) => extractDocument(p)));
}

describe('the panel of the seeds and fixtures', () => {
  it('every cell traces to a record, every record is in the panel or the side table', async () => {
    const docs = await results();
    const panel = buildPanel(docs);
    const records = new Map<string, { r: IndicatorRecord; doc: DocumentResult & { ok: true } }>();
    for (const d of docs) if (d.ok) for (const r of d.records) records.set(`${r.source}|${r.span[0]}|${r.span[1]}`, { r, doc: d });
    expect(panel.rows.length).toBeGreaterThan(0);
    for (const row of panel.rows) {
      const hit = records.get(`${row.source}|${row.spanStart}|${row.spanEnd}`);
      expect(hit, `${row.source} ${row.spanStart}`).toBeDefined();
      const { r, doc } = hit!;
      expect(row).toMatchObject({
        regionCode: doc.region?.code,
        regionName: doc.region?.name,
        period: r.period,
        indicatorId: r.indicatorId,
        indicatorName: r.indicatorName,
        value: r.kind === 'change' && r.unit === '倍' ? r.value! * 100 : r.value,
        unit: r.kind === 'change' && r.unit === '倍' ? '%' : r.unit,
        qualifier: r.qualifier,
        completion: r.completion,
        sentence: r.sentence,
        targetValue: r.target?.value ?? null,
      });
      expect(row.kind).toBe(panelKind(r, DEFAULT_CATALOGUE.get(row.indicatorId)?.unit ?? null));
    }
    const wide = widePanel(panel.rows);
    for (const line of wide.rows) {
      wide.columns.forEach((c, i) => {
        if (i < 7 || line[i] === null) return;
        const row = panel.rows.find((x) => x.regionCode === line[0] && x.period === line[6] && columnName(x.indicatorId, x.kind) === c);
        expect(row?.value, c).toBe(line[i]);
      });
    }
    const total = docs.reduce((n, d) => n + (d.ok ? d.records.length : 0), 0);
    expect(panel.summary.records).toBe(total);
    expect(panel.rows.length + panel.summary.alternatives + panel.side.length).toBe(total);
    expect(panel.summary.side).toBe(panel.side.length);
  });
});

function doc(source: string, issuer: string | null, records: Array<Partial<IndicatorRecord>>): DocumentResult {
  return {
    ok: true,
    source,
    format: 'text',
    hash: source,
    warnings: [],
    issuer,
    region: { code: '141129', name: '中阳县', level: 'county', province: '山西省', city: '吕梁市', county: '中阳县' },
    records: records.map((r, i) => ({
      source, name: '地区生产总值', value: 100, valueMax: null, unit: '元', raw: '100元', kind: 'actual', target: null, completion: null,
      qualifier: null, masked: false, numeral: 'arabic', period: '2023', section: [], span: [i * 10, i * 10 + 4], sourceSpan: [i * 10, i * 10 + 4],
      sentence: 's', rule: 'r', block: null, duplicateOf: null, regionCode: '141129', indicatorId: 'gdp', indicatorName: '地区生产总值', ...r,
    })),
  };
}

describe('conflicts', () => {
  it('a statistical bulletin wins over a work report, which wins over other reports; the others stay counted', () => {
    const p = buildPanel([
      doc('a/县卫健局总结.txt', '中阳县卫生健康局', [{ value: 1 }]),
      doc('b/政府工作报告.txt', '中阳县人民政府', [{ value: 2 }]),
      doc('c/统计公报.txt', '中阳县统计局', [{ value: 3 }]),
    ]);
    expect(p.rows).toHaveLength(1);
    expect(p.rows[0]).toMatchObject({ value: 3, source: 'c/统计公报.txt', alternatives: 2, alternativeSources: 'b/政府工作报告.txt | a/县卫健局总结.txt' });
  });
  it('a later report wins over an earlier one, an exact figure over an approximate one', () => {
    const later = buildPanel([doc('old.txt', null, [{ value: 1 }]), doc('new.txt', null, [{ value: 2 }, { period: '2024', indicatorId: 'fai' }])]);
    expect(later.rows.find((r) => r.indicatorId === 'gdp')).toMatchObject({ value: 2, alternatives: 1, alternativeSources: 'old.txt' });
    const exact = buildPanel([doc('a.txt', null, [{ value: 1, qualifier: 'about' }]), doc('b.txt', null, [{ value: 2 }])]);
    expect(exact.rows[0]).toMatchObject({ value: 2, alternatives: 1 });
  });
  it('records without region, id or period, and masked ones, go to the side table with the reason', () => {
    const p = buildPanel([doc('a.txt', null, [{ indicatorId: null }, { period: null }, { masked: true, value: null }])]);
    expect(p.rows).toHaveLength(0);
    expect(p.side.map((s) => s.reason)).toEqual(['no_indicator', 'no_period', 'masked']);
    const noRegion = buildPanel([{ ...doc('b.txt', null, [{ regionCode: null }]), region: null } as DocumentResult]);
    expect(noRegion.summary.sideByReason.no_region).toBe(1);
  });
  it('a growth in times is a growth in percent', () => {
    const p = buildPanel([doc('a.txt', null, [{ kind: 'change', unit: '倍', value: 1.2, raw: '1.2倍' }])]);
    expect(p.rows[0]).toMatchObject({ kind: 'change', value: 120, unit: '%' });
  });
  it('kinds: growth targets and growth rates of level indicators are their own columns', () => {
    expect(panelKind({ kind: 'target', unit: '%' }, 'money')).toBe('growth_target');
    expect(panelKind({ kind: 'target', unit: '%' }, 'rate')).toBe('target');
    expect(panelKind({ kind: 'change', unit: '人' }, 'persons')).toBe('change_abs');
    expect(panelKind({ kind: 'actual', unit: '%' }, 'money')).toBe('change');
    expect(panelKind({ kind: 'actual', unit: '%' }, 'rate')).toBe('actual');
  });
});

describe('the wide panel', () => {
  it('has unique (region, period) keys and ASCII column names of at most 32 characters', () => {
    const p = buildPanel([doc('a.txt', null, [{}, { kind: 'target', unit: '%', value: 6, indicatorId: 'gdp' }, { period: '2024' }])]);
    const w = widePanel(p.rows);
    expect(w.columns).toContain('gdp_actual');
    expect(w.columns).toContain('gdp_growth_target');
    expect(new Set(w.rows.map((r) => `${r[0]}|${r[6]}`)).size).toBe(w.rows.length);
    expect(w.columns.every((c) => /^[a-z][a-z0-9_]*$/u.test(c) && c.length <= MAX_COLUMN)).toBe(true);
    const long = columnName('high_risk_pregnancy_mgmt_rate', 'growth_target');
    expect(long.length).toBeLessThanOrEqual(MAX_COLUMN);
    expect(long).not.toBe(columnName('high_risk_pregnancy_mgmt_rat2', 'growth_target'));
  });
});

describe('zhibiao panel', () => {
  it('writes the long CSV and the side table, and says how many records went where', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zb-panel-'));
    const r = await runCli(['panel', 'fixtures/seeds', 'fixtures/documents/gov-page-gbk.html', '--out', join(dir, 'p.csv'), '-j', '0']);
    expect(r.code).toBe(0);
    expect(await readdir(dir)).toEqual(['p.csv', 'p.side.csv']);
    const m = /^zhibiao panel: in 6, ok 6, failed 0, records (\d+), rows (\d+), alternatives (\d+), side (\d+) \(/m.exec(r.stderr);
    expect(m).not.toBeNull();
    const [records, rows, alternatives, side] = m!.slice(1).map(Number) as [number, number, number, number];
    expect(rows + alternatives + side).toBe(records);
    const csv = (await readFile(join(dir, 'p.csv'), 'utf8')).trim().split('\r\n');
    expect(csv[0]).toMatch(/^region_code,region_name,level,province,city,county,period,indicator_id,indicator_name,kind,value,/);
    expect(csv.length - 1).toBe(rows);
    const sideCsv = (await readFile(join(dir, 'p.side.csv'), 'utf8')).trim().split('\r\n');
    expect(sideCsv.length - 1).toBe(side);
    expect(sideCsv[0]).toBe('reason,source,region_code,period,name,indicator_id,kind,value,unit,span_start,span_end,sentence,candidates');
    expect(sideCsv.some((l) => l.startsWith('no_indicator,') && /[a-z_0-9]+:0\.\d+/u.test(l))).toBe(true);
  });
  it('--wide, and usage errors', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zb-panel-'));
    const r = await runCli(['panel', 'fixtures/documents/gov-page-gbk.html', '--out', join(dir, 'w.csv'), '--wide', '-j', '0']);
    expect(r.code).toBe(0);
    expect((await readFile(join(dir, 'w.csv'), 'utf8')).split('\r\n')[0]).toMatch(/^region_code,region_name,level,province,city,county,period,[a-z]/);
    expect((await runCli(['panel', 'a.txt'])).code).toBe(2);
    expect((await runCli(['panel', 'a.txt', '--out', 'x.xlsx'])).code).toBe(2);
  });
  it('zhibiao indicators lists the catalogue, with a user file first', async () => {
    const r = await runCli(['indicators']);
    expect(r.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(200);
    expect(r.stdout).toMatch(/^gdp\tmoney\taccounts\t地区生产总值\t/m);
    const dir = await mkdtemp(join(tmpdir(), 'zb-ind-'));
    await writeFile(join(dir, 'my.json'), JSON.stringify([{ id: 'doctor_cover', name: '签约医生覆盖率', unit: 'rate', aliases: ['医生覆盖率'] }]));
    const mine = await runCli(['indicators', '--indicators', join(dir, 'my.json')]);
    expect(mine.stdout.split('\n')[0]).toMatch(/^doctor_cover\trate\t/);
    await writeFile(join(dir, 'bad.json'), JSON.stringify([{ id: 'Bad Id', name: 'x' }]));
    expect((await runCli(['indicators', '--indicators', join(dir, 'bad.json')])).code).toBe(2);
  });
});

const duck = await import('../../src/output/parquet.js').then((m) => m.loadDuckDb()).catch(() => null);

describe.skipIf(!duck)('zhibiao panel --out panel.parquet (needs the optional @duckdb/node-api)', () => {
  it('writes typed long and side tables DuckDB reads back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zb-panel-pq-'));
    const out = join(dir, 'p.parquet');
    const r = await runCli(['panel', 'fixtures/documents/gov-page-gbk.html', '--out', out, '-j', '0']);
    expect(r.code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(['p.parquet', 'p.side.parquet']);
    const instance = await duck!.DuckDBInstance.create(':memory:');
    const conn = (await instance.connect()) as unknown as {
      runAndReadAll(sql: string): Promise<{ getRowObjectsJS(): Record<string, unknown>[] }>;
      closeSync(): void;
    };
    const rows = (await conn.runAndReadAll(`SELECT region_code, indicator_id, value, alternatives FROM '${out}' WHERE indicator_id = 'childcare_places'`)).getRowObjectsJS();
    conn.closeSync();
    instance.closeSync();
    expect(rows).toEqual([{ region_code: '141129', indicator_id: 'childcare_places', value: 110, alternatives: 0 }]);
  });
});
