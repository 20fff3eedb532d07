import { describe, expect, it } from 'vitest';
import { findRegion } from '../../src/region/find.js';

/**
 * Issuing bodies and places, real ones from the division data: counties, districts,
 * county-level cities, cities, provinces, autonomous areas, shared names, changed names.
 * `text` is what a report's first lines would say; `code` null means no region, with `reason`.
 */
interface Case {
  text: string;
  source?: string;
  year?: number;
  code: string | null;
  level?: 'province' | 'city' | 'county';
  reason?: string;
  issuer?: string;
  township?: string;
  candidates?: string[];
}

const CASES: Case[] = [
  { text: '中阳县卫生健康局2024年工作总结', code: '141129', level: 'county', issuer: '中阳县卫生健康局' },
  { text: '厦门市翔安区卫生健康局2024年工作计划', code: '350213', level: 'county', issuer: '厦门市翔安区卫生健康局' },
  { text: '北京市朝阳区统计局\n2023年朝阳区国民经济和社会发展统计公报', code: '110105' },
  { text: '长春市朝阳区人民政府2024年政府工作报告', code: '220104' },
  { text: '朝阳区卫生健康委员会2024年工作总结', code: null, reason: 'ambiguous', candidates: ['110105', '220104'] },
  { text: '朝阳区卫生健康委员会2024年工作总结\n在北京市委、市政府的坚强领导下,全区卫生健康工作稳步推进。', code: '110105' },
  { text: '朝阳区统计局\n2023年,在吉林省委、长春市委的坚强领导下,全区经济稳中有进。', code: '220104' },
  { text: '山西省统计局\n山西省2023年国民经济和社会发展统计公报', code: '140000', level: 'province' },
  { text: '吕梁市统计局2024年工作总结', code: '141100', level: 'city' },
  { text: '太原市小店区发展和改革局2024年工作总结', code: '140105' },
  { text: '鼓楼区人民政府2024年工作要点', code: null, reason: 'ambiguous', candidates: ['320106', '320302', '350102', '410204'] },
  { text: '南京市鼓楼区人民政府2024年工作要点', code: '320106' },
  { text: '福州市鼓楼区教育局2024年工作总结', code: '350102' },
  { text: '昆山市人民政府2024年政府工作报告', code: '320583', level: 'county' },
  { text: '义乌市统计局\n义乌市2023年国民经济和社会发展统计公报', code: '330782' },
  { text: '浦东新区卫生健康委员会2024年工作总结', code: '310115' },
  { text: '重庆市万州区人民政府工作报告', code: '500101' },
  { text: '杭州市富阳区统计局2023年统计公报', code: '330111' },
  { text: '富阳市统计局2012年统计公报', code: '330183' },
  { text: '富阳市统计局2016年统计公报', code: '330111' },
  { text: '密云县人民政府2013年政府工作报告', code: '110228' },
  { text: '北京市密云区人民政府2020年政府工作报告', code: '110118' },
  { text: '郫县人民政府2014年工作总结', code: '510124' },
  { text: '成都市郫都区卫生健康局2023年工作总结', code: '510117' },
  { text: '长安县人民政府2000年工作总结', code: '610121' },
  { text: '西安市长安区统计局2023年统计公报', code: '610116' },
  { text: '石家庄市长安区人民政府2023年工作报告', code: '130102' },
  { text: 'XX区卫健局2024年工作总结', code: null, reason: 'masked' },
  { text: '某某县人民政府2024年工作报告', code: null, reason: 'masked' },
  { text: 'xx市统计局2023年统计公报', code: null, reason: 'masked' },
  { text: '青禾县统计局2023年统计公报', code: null, reason: 'unknown_place' },
  { text: '县卫健局2024年工作总结', code: null, reason: 'unnamed' },
  { text: '广东省深圳市南山区统计局2023年统计公报', code: '440305' },
  { text: '内蒙古自治区统计局2023年工作总结', code: '150000', level: 'province' },
  { text: '新疆维吾尔自治区人民政府工作报告', code: '650000', level: 'province' },
  { text: '广西壮族自治区南宁市统计局2023年统计公报', code: '450100', level: 'city' },
  { text: '延边朝鲜族自治州人民政府2024年政府工作报告', code: '222400', level: 'city' },
  { text: '恩施土家族苗族自治州统计局2023年统计公报', code: '422800', level: 'city' },
  { text: '恩施州统计局2023年统计公报', code: '422800', level: 'city' },
  { text: '黔东南州人民政府2024年政府工作报告', code: '522600', level: 'city' },
  { text: '长阳县卫生健康局2024年工作总结', code: '420528', level: 'county' },
  { text: '仙桃市统计局2023年统计公报', code: '429004', level: 'county' },
  { text: '石河子市人民政府工作报告', code: '659001' },
  { text: '天津市滨海新区人民政府2024年工作要点', code: '120116' },
  { text: '宁夏回族自治区银川市人民政府工作报告', code: '640100', level: 'city' },
  { text: '东莞市统计局2023年统计公报', code: '441900', level: 'city' },
  { text: '来源:中阳县宁乡镇人民政府', code: '141129', level: 'county', township: '宁乡镇' },
  { text: '您当前的位置: 首页 > 晋中市人民政府 > 平遥县\n平遥县文化和旅游局2024年工作总结', code: '140728' },
  { text: '县卫健局2024年工作总结', source: 'reports/山西省/吕梁市/中阳县/2024总结.txt', code: '141129', issuer: '中阳县卫健局' },
  { text: '中阳县人民政府门户网站\n县卫健局2024年工作总结', code: '141129', issuer: '中阳县卫健局' },
  { text: '普陀区统计局2023年统计公报\n在上海市委、市政府的领导下', code: '310107' },
  { text: '舟山市普陀区统计局2023年统计公报', code: '330903' },
  { text: '兰州市城关区人民政府2024年工作报告', code: '620102' },
  { text: '晋城市城区人民政府2024年工作报告', code: '140502' },
  { text: '信阳市新县人民政府2024年工作报告', code: '411523' },
  { text: '淮北市相山区卫生健康委2023年工作总结', code: '340603' },
  { text: '政府工作报告\n——2025年1月8日在中阳县第十八届人民代表大会第四次会议上', code: '141129' },
  { text: '发布机构:平遥县统计局 发布日期:2024-03-01', code: '140728' },
  { text: '2023年中阳县国民经济和社会发展统计公报', code: '141129' },
  { text: '关于印发《平遥县2024年重点工作要点》的通知', code: '140728' },
  { text: '中共中阳县委办公室2024年工作总结', code: '141129' },
  { text: '政府工作报告', source: 'archive.zip!2023年中阳县统计公报.pdf', code: '141129' },
  { text: '山西省人民政府门户网站\n2024年全省经济运行情况', code: '140000', level: 'province' },
  { text: '文档简介\n卫生健康工作上半年亮点\n最新文档\n- 2024年北京市高考政治试卷', code: null, reason: 'not_found' },
  { text: '首页 > 政务公开 > 统计信息 > 统计公报\n\n青禾县2023年国民经济和社会发展统计公报\n\n发布时间:2024-03-28 10:15 来源:青禾县统计局', code: null, reason: 'unknown_place', issuer: '青禾县统计局' },
  { text: '青禾县人民政府 > 乡镇动态 > 禾塘镇\n禾塘镇2025年上半年工作总结及下半年工作打算', code: null, reason: 'unknown_place' },
  { text: '中阳县人民政府 > 乡镇动态 > 新城镇\n新城镇2025年上半年工作总结', code: '141129', township: '新城镇' },
  { text: '中阳县人民政府 > 乡镇动态 > 禾塘镇\n禾塘镇2025年上半年工作总结', code: '141129', township: '禾塘镇' },
  { text: '禾塘镇人民政府2025年上半年工作总结\n来源:中阳县人民政府', code: '141129', township: '禾塘镇' },
  { text: '宁乡镇人民政府2025年上半年工作总结', code: '141129', township: '宁乡镇' },
  { text: '景山街道办事处2024年工作总结\n在东城区委、区政府的领导下', code: '110101', township: '景山街道', issuer: '景山街道办事处' },
  { text: '朝阳区2024年政府工作报告\n——2024年1月在北京市朝阳区第十七届人民代表大会第四次会议上', code: '110105' },
  { text: '2021年泓溪市政府工作报告\n——2021年1月20日在中阳县第十七届人民代表大会第一次会议上', code: null, reason: 'unknown_place' },
];

describe('findRegion: issuing bodies and places', () => {
  it('has at least 40 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(40));
  it.each(CASES)('$text', (c) => {
    const r = findRegion(c.text, { ...(c.source !== undefined ? { source: c.source } : {}), ...(c.year !== undefined ? { year: c.year } : {}) });
    expect(r.region?.code ?? null).toBe(c.code);
    if (c.code === null) {
      expect(r.reason).toBe(c.reason);
      expect(r.warnings.length).toBeGreaterThan(0);
    } else expect(r.reason).toBeNull();
    if (c.level !== undefined) expect(r.region?.level).toBe(c.level);
    if (c.issuer !== undefined) expect(r.issuer).toBe(c.issuer);
    if (c.township !== undefined) expect(r.region?.township).toBe(c.township);
    if (c.candidates !== undefined) expect(r.candidates.map((k) => k.code).sort()).toEqual(c.candidates);
  });
  it('names the division for a renamed county and warns', () => {
    const r = findRegion('富阳市统计局2016年统计公报');
    expect(r.region).toMatchObject({ code: '330111', name: '富阳区', province: '浙江省', city: '杭州市' });
    expect(r.warnings.map((w) => w.code)).toContain('region_renamed');
  });
  it('a shared name decided by the document lists the readings it decided among', () => {
    const r = findRegion('朝阳区卫生健康委员会2024年工作总结\n在北京市委、市政府的坚强领导下');
    expect(r.region?.candidates?.map((c) => c.code)).toEqual(['110105', '220104']);
    expect(findRegion('中阳县卫生健康局').region?.candidates).toBeUndefined();
  });
  it('a folder is a place only as a place or a title', () => {
    expect(findRegion('县卫健局2024年工作总结', { source: '/home/me/北京项目/总结.txt' }).region).toBeNull();
    expect(findRegion('县卫健局2024年工作总结', { source: 'in/山西省/吕梁市/中阳县/a.txt' }).region?.code).toBe('141129');
  });
  it('a municipality district has no city', () => {
    expect(findRegion('北京市朝阳区统计局').region).toMatchObject({ province: '北京市', city: null, county: '朝阳区' });
  });
});
