/**
 * Divisions that changed name or code (撤县设区, 撤市设区, mergers, renames), which the
 * division data (a single year's release) no longer lists under their old names. A report
 * of a year before `year` that names `old` is given `oldCode` (the code valid then); a
 * later report, or one whose year is unknown, is given the successor `code`.
 *
 * Data, not code: add a line to extend it. Codes are GB/T 2260 as published by the
 * Ministry of Civil Affairs in the year of the change.
 */
export interface DivisionChange {
  /** The name before the change (`密云县`). */
  old: string;
  /** The code before the change; the same as `code` for a pure rename. */
  oldCode: string;
  /** The first year of the new name and code. */
  year: number;
  /** The code after the change (a division in the current data). */
  code: string;
}

export const DIVISION_CHANGES: readonly DivisionChange[] = [
  { old: '江宁县', oldCode: '320121', year: 2000, code: '320115' },
  { old: '大兴县', oldCode: '110224', year: 2001, code: '110115' },
  { old: '平谷县', oldCode: '110226', year: 2001, code: '110117' },
  { old: '怀柔县', oldCode: '110227', year: 2001, code: '110116' },
  { old: '长安县', oldCode: '610121', year: 2002, code: '610116' },
  { old: '思茅市', oldCode: '530800', year: 2007, code: '530800' },
  { old: '襄樊市', oldCode: '420600', year: 2010, code: '420600' },
  { old: '望城县', oldCode: '430122', year: 2011, code: '430112' },
  { old: '呈贡县', oldCode: '530121', year: 2011, code: '530114' },
  { old: '吴江市', oldCode: '320584', year: 2012, code: '320509' },
  { old: '溧水县', oldCode: '320124', year: 2013, code: '320117' },
  { old: '高淳县', oldCode: '320125', year: 2013, code: '320118' },
  { old: '高陵县', oldCode: '610126', year: 2014, code: '610117' },
  { old: '富阳市', oldCode: '330183', year: 2014, code: '330111' },
  { old: '从化市', oldCode: '440184', year: 2014, code: '440117' },
  { old: '增城市', oldCode: '440183', year: 2014, code: '440118' },
  { old: '九台市', oldCode: '220181', year: 2014, code: '220113' },
  { old: '藁城市', oldCode: '130182', year: 2014, code: '130109' },
  { old: '鹿泉市', oldCode: '130185', year: 2014, code: '130110' },
  { old: '栾城县', oldCode: '130124', year: 2014, code: '130111' },
  { old: '密云县', oldCode: '110228', year: 2015, code: '110118' },
  { old: '延庆县', oldCode: '110229', year: 2015, code: '110119' },
  { old: '静海县', oldCode: '120223', year: 2015, code: '120118' },
  { old: '宁河县', oldCode: '120221', year: 2015, code: '120117' },
  { old: '双流县', oldCode: '510122', year: 2015, code: '510116' },
  { old: '新建县', oldCode: '360122', year: 2015, code: '360112' },
  { old: '崇明县', oldCode: '310230', year: 2016, code: '310151' },
  { old: '蓟县', oldCode: '120225', year: 2016, code: '120119' },
  { old: '梁平县', oldCode: '500228', year: 2016, code: '500155' },
  { old: '武隆县', oldCode: '500232', year: 2016, code: '500156' },
  { old: '户县', oldCode: '610125', year: 2016, code: '610118' },
  { old: '郫县', oldCode: '510124', year: 2016, code: '510117' },
  { old: '晋宁县', oldCode: '530122', year: 2016, code: '530115' },
  { old: '章丘市', oldCode: '370181', year: 2016, code: '370114' },
  { old: '临安市', oldCode: '330185', year: 2017, code: '330112' },
  { old: '长乐市', oldCode: '350182', year: 2017, code: '350112' },
  { old: '济阳县', oldCode: '370125', year: 2018, code: '370115' },
  { old: '新津县', oldCode: '510132', year: 2020, code: '510118' },
  { old: '港闸区', oldCode: '320611', year: 2020, code: '320613' },
  { old: '梅列区', oldCode: '350402', year: 2021, code: '350404' },
];
