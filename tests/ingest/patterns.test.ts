import { describe, expect, it } from 'vitest';
import { checkSync } from 'recheck';
import * as patterns from '../../src/ingest/patterns.js';
import { collapseFormatting, collapseSpace, headingPatternLevel, joinLines, patternHeadingLevel } from '../../src/ingest/text.js';
import { chineseCounting, formatCounter } from '../../src/ingest/docx-numfmt.js';
import { isUnsafePath } from '../../src/ingest/index.js';

describe('every exported ingestion regex is safe from catastrophic backtracking', () => {
  for (const [name, value] of Object.entries(patterns)) {
    if (!(value instanceof RegExp)) continue;
    it(name, () => {
      const result = checkSync(value.source, value.flags.replace('g', ''));
      const detail = result.status === 'vulnerable' ? `${result.complexity.summary}, attack ${result.attack.pattern}` : result.status;
      expect(result.status, `${name}: ${detail}`).not.toBe('vulnerable');
    });
  }
});

describe('collapseSpace', () => {
  const html: [string, string][] = [
    ['103家村卫生室\n\t\t\t\t完成', '103家村卫生室完成'],
    ['　　各乡镇卫生院', '各乡镇卫生院'],
    ['涉及金额\u00a0115240元', '涉及金额 115240元'],
    ['Health \n Center', 'Health Center'],
    ['54977.36。\u00a0', '54977.36。'],
    ['“智慧 助医”', '“智慧助医”'],
  ];
  for (const [input, out] of html) it(`html: ${JSON.stringify(input)}`, () => expect(collapseSpace(input)).toBe(out));
  const pdf: [string, string][] = [
    ['服务我区 55.6 万居民', '服务我区55.6万居民'],
    ['产 后 访 视 率 98.63%o 预 防', '产后访视率98.63%o预防'],
    ['- 1 -', '- 1 -'],
    ['Noto  Serif CJK', 'Noto Serif CJK'],
    ['化建 设项 目， 2021 年 40% 达到 标准 ，', '化建设项目，2021年40%达到标准，'],
  ];
  for (const [input, out] of pdf) it(`pdf: ${JSON.stringify(input)}`, () => expect(collapseSpace(input, 'pdf')).toBe(out));
  it('collapseFormatting keeps typed single spaces', () => {
    expect(collapseFormatting('关 键 词\n\t完成')).toBe('关 键 词完成');
  });
});

describe('joinLines and heading patterns', () => {
  it('joins lines without a space except between ASCII words', () => {
    expect(joinLines('签约', '率90.2%')).toBe('签约率90.2%');
    expect(joinLines('任务Ll', '%）')).toBe('任务Ll%）');
    expect(joinLines('Health', 'Center')).toBe('Health Center');
    expect(joinLines('', '率')).toBe('率');
  });
  const levels: [string, number][] = [
    ['一、工作总结', 1], ['（一）精准开展', 2], ['(二)持续提升', 2], ['1.坚持党建引领', 3], ['12、重视', 3],
    ['（3）加强', 4], ['1.4%（任务', 0], ['2023年', 0], ['第一个是抓实', 0],
  ];
  for (const [text, level] of levels) it(`${text} → ${level}`, () => expect(headingPatternLevel(text)).toBe(level));
  it('promotes only short numbered paragraphs to headings', () => {
    expect(patternHeadingLevel('一、聚焦卫健民生需求，着力办好群众满意的健康实事')).toBe(1);
    expect(patternHeadingLevel('（一）发展托育服务体系。公办示范性托育机构设有110个托位。')).toBe(0);
    expect(patternHeadingLevel('1.坚持党建引领把关定向。')).toBe(0);
  });
});

describe('Word number formats', () => {
  const table: [number, string, string][] = [
    [1, 'chineseCounting', '一'], [10, 'chineseCounting', '十'], [11, 'chineseCounting', '十一'],
    [20, 'chineseCounting', '二十'], [105, 'chineseCountingThousand', '一百零五'], [3, 'ideographTraditional', '丙'],
    [4, 'decimal', '4'], [2, 'decimalEnclosedCircle', '②'], [3, 'upperRoman', 'III'], [28, 'lowerLetter', 'bb'],
    [12, 'chineseLegalSimplified', '拾贰'],
  ];
  for (const [n, fmt, out] of table) it(`${n} ${fmt} → ${out}`, () => expect(formatCounter(n, fmt)).toBe(out));
  it('counts up to 9999', () => expect(chineseCounting(2024)).toBe('二千零二十四'));
});

describe('isUnsafePath', () => {
  const table: [string, boolean][] = [
    ['../evil.txt', true], ['a/../../b', true], ['/abs', true], ['C:/x', true], ['c:x', true], ['a\0b', true],
    ['a/b.txt', false], ['a..b/c', false], ['..a', false], ['报告/2024.docx', false],
  ];
  for (const [p, unsafe] of table) it(`${JSON.stringify(p)} → ${unsafe}`, () => expect(isUnsafePath(p)).toBe(unsafe));
});
