import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_ROWS } from '../../src/indicators/catalogue.js';
import { DEFAULT_CATALOGUE, ID_PATTERN } from '../../src/indicators/match.js';
import { extract } from '../../src/pipeline.js';

interface Row {
  doc: string;
  name: string;
  unit: string | null;
  section: string[];
  sentence: string;
  /** The hand-checked id; null when the catalogue has no indicator for it. */
  id: string | null;
}

const read = (file: string): Row[] =>
  readFileSync(new URL(`../../fixtures/indicators/${file}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Row);

/**
 * Names in context from the corpus gold, each checked by hand: the first 16 distinct names of
 * each text (384, the rules were tuned on them), then the next 10 (240, checked before tuning).
 */
const ROWS: Row[] = [...read('corpus-names.jsonl'), ...read('corpus-names-heldout.jsonl')];

describe('the catalogue', () => {
  it('has at least 200 indicators with ASCII slug ids of at most 32 characters, unique', () => {
    expect(CATALOGUE_ROWS.length).toBeGreaterThanOrEqual(200);
    const ids = CATALOGUE_ROWS.map((r) => r[0]);
    expect(ids.filter((id) => !ID_PATTERN.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('gives no alias to two indicators', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [id, name, , , aliases] of CATALOGUE_ROWS) {
      for (const a of [name, ...aliases]) {
        const prev = owner.get(a);
        if (prev !== undefined && prev !== id) clashes.push(`${a}: ${prev} / ${id}`);
        owner.set(a, id);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('matching names in context from the corpus', () => {
  const results = ROWS.map((r) => ({ row: r, got: DEFAULT_CATALOGUE.match({ name: r.name, unit: r.unit, section: r.section, sentence: r.sentence }).id }));
  const inCatalogue = results.filter((x) => x.row.id !== null);
  const right = inCatalogue.filter((x) => x.got === x.row.id).length;
  const wrong = results.filter((x) => x.got !== null && x.got !== x.row.id);

  it('the table has at least 300 rows', () => expect(ROWS.length).toBeGreaterThanOrEqual(600));
  it('of the rows whose indicator is in the catalogue, at least 90% get the right id', () => {
    expect(right / inCatalogue.length).toBeGreaterThanOrEqual(0.9);
  });
  it('at most 2% of all rows get a wrong id (counting ids given where none is right)', () => {
    expect(wrong.map((x) => `${x.row.doc} ${x.row.name}: ${x.got} ≠ ${x.row.id}`).length / ROWS.length).toBeLessThanOrEqual(0.02);
  });
});

describe('the matching rules', () => {
  const m = (name: string, extra: { unit?: string | null; section?: string[]; sentence?: string } = {}) => DEFAULT_CATALOGUE.match({ name, ...extra }).id;
  it.each([
    ['地区生产总值', 'gdp'],
    ['全年全县地区生产总值', 'gdp'],
    ['城镇新增就业人数', 'new_urban_jobs'],
    ['家庭医生签约服务率', 'family_doctor_signing_rate'],
    ['细颗粒物（PM2.5）年均浓度', 'pm25'],
    ['新增市级以上农业产业化龙头企业', null],
    ['教育基础设施投资', null],
    ['10亿元以上项目', null],
    ['办结率', null],
    ['固定资产投资(不含农户)', 'fai'],
    ['年末生猪存栏', 'hogs_stock'],
  ])('%s → %s', (name, id) => expect(m(name)).toBe(id));
  it('completes a short name from its heading, and only when one indicator fits', () => {
    expect(m('签约率', { section: ['一、家庭医生签约服务提质扩面'] })).toBe('family_doctor_signing_rate');
    expect(m('签约率', { section: ['一、重点工作'] })).toBeNull();
    expect(m('床位', { sentence: '全县养老机构21家,床位3120张' })).toBe('elderly_care_beds');
    expect(m('床位', { sentence: '旅游民宿48家,床位860张' })).toBeNull();
  });
  it('a short name takes the subject of the clause before it, never a heading that names another', () => {
    const sentence = '完成2023年度家庭医生签约28.4万人,签约率51.2%,重点人群签约10.6万人,签约率90.2%,有偿签约3.4万人,签约率';
    const section = ['第二个是扎实推进家庭医生签约服务工作'];
    expect(m('签约率', { section, sentence: sentence.slice(0, sentence.indexOf('签约率') + 3) })).toBe('family_doctor_signing_rate');
    expect(m('签约率', { section, sentence: sentence.slice(0, sentence.indexOf('签约率90.2') + 3) })).toBe('key_group_signing_rate');
    expect(m('签约率', { section, sentence })).toBeNull();
  });
  it('inspections are not establishments, and 规上企业 is not 规上工业企业', () => {
    expect(m('村卫生室', { unit: '家' })).toBe('village_clinics');
    expect(m('村卫生室', { unit: '家次' })).toBeNull();
    expect(m('卫生室', { unit: '家' })).toBeNull();
    expect(m('规上企业营业收入', { unit: '元' })).toBeNull();
  });
  it('refuses a unit that does not fit the indicator', () => {
    expect(m('空气质量优良天数比率', { unit: '%' })).toBe('good_air_days_ratio');
    expect(m('空气质量优良天数比率', { unit: '天' })).toBeNull();
    expect(m('地区生产总值', { unit: '%' })).toBe('gdp');
    expect(m('地区生产总值', { unit: '人' })).toBeNull();
  });
  it('a sibling measure of one industry is not the region\'s', () => {
    expect(m('全口径税收', { unit: '元', sentence: '截至目前,都市医养产业营收达120亿元、全口径税收达' })).toBeNull();
    expect(m('第二产业增加值', { unit: '元', sentence: '其中,第一产业增加值20.1亿元、第二产业增加值' })).toBe('va_secondary');
    expect(m('全口径税收', { unit: '元', sentence: '全年全口径税收达' })).toBe('tax_revenue');
  });
  it('a holiday figure is not the annual indicator', () => {
    expect(m('旅游收入', { sentence: '春节假期接待游客62.3万人次,实现旅游收入5.41亿元' })).toBeNull();
  });
  it('a change named only by its verb is the change of the figure before it in the sentence', () => {
    const r = extract('全年全县地区生产总值(GDP)实现150.2亿元,按不变价格计算,比上年增长5.2%。全年接待游客1186.4万人次。', { annotate: true });
    expect(r.records.map((x) => [x.raw, x.kind, x.indicatorId])).toEqual([
      ['150.2亿元', 'actual', 'gdp'],
      ['5.2%', 'change', 'gdp'],
      ['1186.4万人次', 'actual', 'tourists'],
    ]);
  });
  it('the lexicon option extends the catalogue, and its rows win', () => {
    const r = extract('全县签约医生覆盖率达到95%。', { annotate: true, lexicon: { indicators: [{ id: 'doctor_cover', name: '签约医生覆盖率', unit: 'rate' }] } });
    expect(r.records[0]?.indicatorId).toBe('doctor_cover');
    expect(extract('全县签约医生覆盖率达到95%。', { annotate: true }).records[0]?.indicatorId).toBeNull();
  });
});
