/**
 * Broken lines and list items, table-driven: where a line break ends a paragraph and where
 * the sentence runs on (HTML <br>), and Word-numbered items that go on with one sentence.
 * (Hard-wrapped plain text is joined by the normalizer, with its offset map.)
 */
import { describe, expect, it } from 'vitest';
import { breaksParagraph, joinBrokenLines } from '../../src/ingest/text.js';
import { joinListSentences, type Draft } from '../../src/ingest/blocks.js';
import { parseHtmlString } from '../../src/ingest/html.js';
import { isArticleText } from '../../src/ingest/html-page.js';
import { expectOffsetsExact } from './helpers.js';

describe('breaksParagraph', () => {
  const cases: Array<[string, string, boolean]> = [
    ['全年粮食总产量比上年同期', '增长1.32%。', false],
    ['全年稻', '谷产量8.6万吨。', false],
    ['主要目标是：', '①地区生产总值增长6%左右；', false],
    ['地区生产总值增长6%左右；', '②城镇新增就业5000人以上。', false],
    ['全年粮食总产量23.85万吨。', '年末生猪存栏27.90万头。', true],
    ['全年粮食总产量23.85万吨', '\u3000\u3000年末生猪存栏27.90万头。', true],
    ['全年粮食总产量23.85万吨，比上年', '\u3000\u3000增长1.7%。', false],
    ['主要目标是：', '\u3000\u3000①地区生产总值增长6%左右；', true],
    ['青禾县统计局', '\u3000\u30002023年，全县经济运行总体回升向好。', true],
    ['全年粮食总产量23.85万吨', '\u00a0\u00a0年末生猪存栏27.90万头。', true],
    ['一、综合', '初步核算，全年全县地区生产总值2866543万元。', true],
    ['收入稳步增长', '二、农业', true],
  ];
  it.each(cases)('%s ⏎ %s → %s', (prev, next, expected) => expect(breaksParagraph(prev, next)).toBe(expected));
});

describe('joinBrokenLines', () => {
  it('joins what runs on and keeps the paragraph ends', () => {
    expect(joinBrokenLines(['\u3000\u3000全年地区生产总值2866543万元，比上年', '增长5.8%。', '\u3000\u3000二、农业', '全年粮食', '总产量23.85万吨。'])).toEqual([
      '全年地区生产总值2866543万元，比上年增长5.8%。', '二、农业', '全年粮食总产量23.85万吨。',
    ]);
  });
  it('breaks at an empty line (<br><br>)', () => expect(joinBrokenLines(['农业生产保持稳定', '', '全年粮食总产量', '23.85万吨。'])).toEqual(['农业生产保持稳定', '全年粮食总产量23.85万吨。']));
  it('keeps one space between two Latin words', () => expect(joinBrokenLines(['PM2.5 and', 'PM10'])).toEqual(['PM2.5 and PM10']));
});

describe('<br> in HTML', () => {
  it('joins inside a sentence, keeps the break after a full stop, offsets exact', () => {
    const doc = parseHtmlString(
      '<div id="zoom"><p>　　全年全县地区生产总值2866543万元，按不变价格计算，比上年<br>增长5.8%。<br>　　全年粮食播种面积37620公顷，比上年增加215公顷。其中，稻<BR>谷产量8.6万吨。</p></div>',
      'utf-8',
    );
    expect(doc.text).toBe('全年全县地区生产总值2866543万元，按不变价格计算，比上年增长5.8%。\n全年粮食播种面积37620公顷，比上年增加215公顷。其中，稻谷产量8.6万吨。');
    expectOffsetsExact(doc);
  });
});

describe('newlines in a <p>', () => {
  it('join inside a sentence, and break before an indent after a full stop', () => {
    const doc = parseHtmlString(`<div id="zoom"><p>\u3000\u3000全年全县地区生产总值2866543万元，比上年
增长5.8%。
\u3000\u3000全年粮食播种面积37620公顷，比上年增加215公顷。</p></div>`, 'utf-8');
    expect(doc.text).toBe('全年全县地区生产总值2866543万元，比上年增长5.8%。\n全年粮食播种面积37620公顷，比上年增加215公顷。');
    expectOffsetsExact(doc);
  });
});

describe('joinListSentences', () => {
  const p = (text: string): Draft => ({ type: 'paragraph', text });
  const cases: Array<[string, Draft[], string[]]> = [
    ['lead-in and items ①…；②…。', [p('主要目标是：'), p('①地区生产总值增长6%左右；'), p('②城镇新增就业5000人以上。'), p('下一段。')],
      ['主要目标是：①地区生产总值增长6%左右；②城镇新增就业5000人以上。', '下一段。']],
    ['(1) items', [p('重点做好：'), p('(1)新建学校3所；'), p('(2)改造校舍2万平方米。')], ['重点做好：(1)新建学校3所；(2)改造校舍2万平方米。']],
    ['items of their own stay apart', [p('1．实施项目160个。'), p('2．新开工项目45个。')], ['1．实施项目160个。', '2．新开工项目45个。']],
    ['a lead-in without items stays', [p('主要目标是：'), p('地区生产总值增长6%。')], ['主要目标是：', '地区生产总值增长6%。']],
  ];
  it.each(cases)('%s', (_what, drafts, expected) => {
    expect(joinListSentences(drafts).map((d) => (d.type === 'table' ? '' : d.text))).toEqual(expected);
  });
});

describe('isArticleText', () => {
  const cases: Array<[string, boolean]> = [
    ['初步核算，全年全县地区生产总值2866543万元，按不变价格计算，比上年增长5.8%。', true],
    ['青禾县2023年国民经济和社会发展统计公报', false],
    ['您是本站第0283641位访客', false],
    ['主办单位：青禾县统计局　地址：青禾县人民路86号　邮编：453800　电话：0648-7213095', false],
  ];
  it.each(cases)('%s → %s', (text, expected) => expect(isArticleText(text)).toBe(expected));
});

describe('an article laid out in table cells', () => {
  const html = `<HTML><BODY><TABLE><TR>
<TD><TABLE><TR><TD><A href="#">一季度全县地区生产总值同比增长6.2%</A></TD></TR><TR><TD><A href="#">全县新增市场主体1860户</A></TD></TR><TR><TD>您是本站第<FONT>0283641</FONT>位访客</TD></TR></TABLE></TD>
<TD><TABLE>
<TR><TD>当前位置：首页 &gt; 统计公报</TD></TR>
<TR><TD><B>青禾县2023年国民经济和社会发展统计公报</B></TD></TR>
<TR><TD>　　2023年，全县经济运行总体回升向好，社会事业持续进步，各项工作取得新成效。<BR>　　一、综合<BR>　　初步核算，全年全县地区生产总值2866543万元，比上年<BR>增长5.8%。</TD></TR>
<TR><TD>　　二、农业<BR>　　全年粮食播种面积37620公顷，比上年增加215公顷。其中，小麦播种面积14860公顷，玉米播种面积16930公顷，蔬菜种植面积6.12万亩，油料种植面积4.37万亩，全年粮食总产量23.85万吨，比上年增长1.7%。</TD></TR>
<TR><TD>【打印本页】　【关闭窗口】</TD></TR>
</TABLE></TD></TR></TABLE>
<TABLE><TR><TD>主办单位：青禾县统计局　电话：0648-7213095　禾ICP备2021000356号-1</TD></TR></TABLE></BODY></HTML>`;
  const doc = parseHtmlString(html, 'gb18030');
  it('reads it from the title to the last paragraph', () => {
    expect(doc.text).toBe(
      '青禾县2023年国民经济和社会发展统计公报\n2023年，全县经济运行总体回升向好，社会事业持续进步，各项工作取得新成效。\n一、综合\n' +
        '初步核算，全年全县地区生产总值2866543万元，比上年增长5.8%。\n二、农业\n' +
        '全年粮食播种面积37620公顷，比上年增加215公顷。其中，小麦播种面积14860公顷，玉米播种面积16930公顷，蔬菜种植面积6.12万亩，油料种植面积4.37万亩，全年粮食总产量23.85万吨，比上年增长1.7%。',
    );
    expectOffsetsExact(doc);
  });
});

describe('a layout table without nested tables', () => {
  it('is read as blocks: one column of paragraphs, or cells of prose', () => {
    const one = parseHtmlString(`<table><tr><td>青禾县2023年国民经济和社会发展统计公报</td></tr><tr><td>初步核算，全年全县地区生产总值2866543万元，比上年增长5.8%。</td></tr><tr><td>全年粮食播种面积37620公顷，比上年增加215公顷。其中，小麦播种面积14860公顷。</td></tr></table>`, 'utf-8');
    expect(one.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    const prose = parseHtmlString(`<table><tr><td>一、综合</td><td>${'初步核算，全年全县地区生产总值2866543万元，按不变价格计算，比上年增长5.8%。'.repeat(3)}</td></tr></table>`, 'utf-8');
    expect(prose.blocks.some((b) => b.type === 'table')).toBe(false);
  });
});

describe('a list of links inside the article', () => {
  it('is furniture: headlines with figures give no text', () => {
    const doc = parseHtmlString(
      `<div id="zoom"><p>${'全年粮食播种面积37620公顷，比上年增加215公顷。'.repeat(3)}</p>
<table><tr><td><a href="#">一季度地区生产总值增长6.2%</a></td></tr><tr><td><a href="#">新增市场主体1860户</a></td></tr><tr><td><a href="#">粮食总产量23万吨以上</a></td></tr></table></div>`,
      'utf-8',
    );
    expect(doc.text).not.toMatch(/6\.2%|1860户|23万吨/u);
    expect(doc.text).toContain('37620公顷');
  });
});
