/**
 * Word list numbers around tables, on a DOCX built in the test: empty numbered cells (a 序号
 * column mammoth drops) must not push the labels of later headings out of reach, and numbered
 * cell paragraphs keep their numbers.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/index.js';
import { writeZip } from './zip-writer.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const num = (id: number, text: string): string =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${id}"/></w:numPr></w:pPr>${text ? `<w:r><w:t>${text}</w:t></w:r>` : ''}</w:p>`;
const para = (text: string): string => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const cell = (inner: string): string => `<w:tc>${inner}</w:tc>`;

function docx(body: string): Buffer {
  const level = (fmt: string, text: string): string =>
    `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/><w:suff w:val="nothing"/></w:lvl>`;
  return writeZip([
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>' },
    { name: '_rels/.rels', data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
    { name: 'word/_rels/document.xml.rels', data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>' },
    { name: 'word/numbering.xml', data: `<?xml version="1.0"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0">${level('chineseCounting', '%1、')}</w:abstractNum><w:abstractNum w:abstractNumId="1">${level('decimal', '%1.')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>` },
    { name: 'word/document.xml', data: `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>` },
  ]);
}

describe('Word list numbers around a table', () => {
  it('keeps the labels of headings after a table with an empty numbered column', async () => {
    const rows = ['床位', '医师', '护士', '药师', '技师', '村医'].map((n, i) => `<w:tr>${cell(num(2, ''))}${cell(para(n))}${cell(para(`${i + 2}个`))}</w:tr>`).join('');
    const doc = await parseDocument(docx(`${num(1, '主要指标')}<w:tbl>${rows}</w:tbl>${num(1, '重点任务')}${para('全年新建学校3所。')}`), { source: 'a.docx' });
    expect(doc.text.split('\n')[0]).toBe('一、主要指标');
    expect(doc.text).toContain('\n二、重点任务\n');
  });
  it('keeps a numbered cell paragraph’s number', async () => {
    const rows = `<w:tr>${cell(para('指标'))}${cell(para('目标值'))}</w:tr>` + ['新建学校', '改造校舍'].map((n) => `<w:tr>${cell(num(2, n))}${cell(para('3所'))}</w:tr>`).join('');
    const doc = await parseDocument(docx(`<w:tbl>${rows}</w:tbl>`), { source: 'a.docx' });
    const table = doc.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows.map((r) => r[0]!.text)).toEqual(['指标', '1.新建学校', '2.改造校舍']);
  });
});
