import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/index.js';
import { blockText, expectOffsetsExact, fixture } from './helpers.js';

/** Site furniture that must not reach the text of any HTML fixture. */
const FURNITURE = ['浏览次数', 'ICP', '公网安备', '0.3元/天', '4000例', '1366*768', '0358-', '最新文檔', '溫馨提示', '0/150',
  '您当前的位置', '当前位置', '字号', '相关推荐', '相关资源', '主办单位', '还剩', '下载文档', '页数:', '广告', '版權說明', '評論', '提交評論', '王喆', 'shareTitle'];

describe('gov-page-gbk.html', async () => {
  const doc = await parseDocument(fixture('gov-page-gbk.html'));
  it('decodes the GBK page declared as gb2312 with gb18030', () => {
    expect(doc.format).toBe('html');
    expect(doc.meta.encoding).toBe('gb18030');
    expect(doc.text).not.toContain('\uFFFD');
  });
  it('keeps figures split across spans whole and drops source line breaks between CJK', () => {
    expect(doc.text).toContain('门诊挂号168051人');
    expect(doc.text).toContain('103家村卫生室完成系统的全面上线');
    expect(doc.text).toContain('监测人数5257人，监测率为91.5，');
    expect(doc.text).toContain('开展了11-14周岁');
  });
  it('keeps the article from its first line to the signature', () => {
    expect(blockText(doc, doc.blocks[0]!)).toBe('中卫2024124');
    expect(blockText(doc, doc.blocks[doc.blocks.length - 1]!)).toBe('202517');
    expect(doc.text).toContain('各乡镇卫生院基本能满足');
  });
  it('drops the furniture', () => {
    for (const f of FURNITURE) expect(doc.text, f).not.toContain(f);
    expect(doc.text).not.toContain('打印本页');
  });
  it('reads title and date', () => {
    expect(doc.meta.title).toBe('中阳县卫生健康局2024年工作总结与2025年工作计划');
    expect(doc.meta.date).toBe('2025-03-12');
  });
  it('marks numbered headings', () => {
    const headings = doc.blocks.filter((b) => b.type === 'heading').map((b) => [b.type === 'heading' ? b.level : 0, blockText(doc, b)]);
    expect(headings).toContainEqual([1, '一、聚焦卫健民生需求，着力办好群众满意的健康实事']);
    expect(headings).toContainEqual([2, '（二）新建县中医院，加强中医药事业发展。']);
  });
  it('has exact offsets', () => expectOffsetsExact(doc));
});

describe('docsite-page-utf8.html', async () => {
  const doc = await parseDocument(fixture('docsite-page-utf8.html'));
  const raw = readFileSync(fixture('docsite-page-utf8.html'), 'utf8');
  const chunks = [...raw.matchAll(/<p class="txt">([^<]*)/g)].map((m) => (m[1] ?? '').trim());
  it('joins the 8 page chunks with a single "\\n", byte for byte', () => {
    expect(chunks).toHaveLength(8);
    expect(doc.text).toBe(chunks.join('\n'));
    expect(doc.text).toContain('协管员19\n2、9名');
    expect(doc.blocks).toHaveLength(1);
    expect(doc.blocks[0]?.type).toBe('paragraph');
  });
  it('skips the ad between pages 3 and 4 and the rest of the furniture', () => {
    for (const f of FURNITURE) expect(doc.text, f).not.toContain(f);
    expect(doc.text).not.toContain('限时特惠');
  });
  it('reads the title without the file extension; an upload date is not a publication date', () => {
    expect(doc.meta.title).toBe('区卫生健康委2023年工作总结和2024年工作计划');
    expect(doc.meta.date).toBeNull();
    expect(doc.meta.encoding).toBe('utf-8');
  });
  it('has exact offsets', () => expectOffsetsExact(doc, true));
});

describe('traditional-page.html', async () => {
  const doc = await parseDocument(fixture('traditional-page.html'));
  it('keeps the one big paragraph as written (traditional, glosses, mojibake)', () => {
    expect(doc.blocks).toHaveLength(1);
    expect(doc.text.startsWith('衛(wèi)生健康工作上半年工作亮點及下半年工作打算今年以來')).toBe(true);
    expect(doc.text).toContain('勇?lián)?');
    expect(doc.text).toContain('**熱線');
    expect(doc.text.length).toBeGreaterThan(3000);
  });
  it('drops 溫馨提示, 最新文檔, the 評論 form and the copyright notice', () => {
    for (const f of FURNITURE) expect(doc.text, f).not.toContain(f);
    expect(doc.text).not.toContain('GB∕T 39402-2020');
    expect(doc.text).not.toContain('75t汽車吊');
    expect(doc.text).not.toContain('文檔簡介');
  });
  it('reads the title', () => {
    expect(doc.meta.title).toBe('衛(wèi)生健康工作上半年工作亮點及下半年工作打算');
    expect(doc.meta.date).toBeNull();
  });
  it('has exact offsets', () => expectOffsetsExact(doc));
});

describe('HTML from bytes', () => {
  it('parses a Buffer and a Uint8Array the same as the path', async () => {
    const bytes = readFileSync(fixture('gov-page-gbk.html'));
    const a = await parseDocument(bytes);
    const b = await parseDocument(new Uint8Array(bytes));
    const c = await parseDocument(fixture('gov-page-gbk.html'));
    expect(a.text).toBe(c.text);
    expect(b.text).toBe(c.text);
  });
  it('turns whitespace between CJK into nothing and other whitespace into one space', async () => {
    const doc = await parseDocument(Buffer.from('<html><body><div id="zoom"><p>　　全县共有\n\t卫生室 103 家，覆盖率 98.5%。Health  Center&nbsp;&nbsp;XX 区域卫生机构的服务能力稳步提升，群众满意度不断提高，基层医疗卫生服务体系更加完善。</p></div></body></html>'));
    expect(doc.text).toBe('全县共有卫生室 103 家，覆盖率 98.5%。Health Center XX 区域卫生机构的服务能力稳步提升，群众满意度不断提高，基层医疗卫生服务体系更加完善。');
  });
  it('reads an HTML table with <th> header rows and a caption paragraph before it', async () => {
    const html = '<html><body><article><p>全年各项指标完成情况良好，主要指标均超额完成年度任务目标，具体如下所述。</p><p>表1 主要指标完成情况</p><table><tr><th>指标</th><th>完成数</th></tr><tr><td>门诊人次</td><td><span>168</span><span>051</span></td></tr><tr><td>住院人次</td><td>9 001</td></tr></table></article></body></html>';
    const doc = await parseDocument(Buffer.from(html));
    const table = doc.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.headerRows).toBe(1);
    expect(table?.type === 'table' && table.caption).toBe('表1 主要指标完成情况');
    expect(table === undefined ? '' : blockText(doc, table)).toBe('指标 | 完成数\n门诊人次 | 168051\n住院人次 | 9 001');
    expectOffsetsExact(doc);
  });
});
