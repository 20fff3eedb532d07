/** The alignment and the per-format streams on small inputs. */
import { describe, expect, it } from 'vitest';
import { alignInOrder, alignSpans, bestOccurrence, docxText, htmlStream, lineStarts, textStream } from '../../src/locate/index.js';
import { flattenRecord } from '../../src/output/columns.js';
import { record } from '../output/record.js';

describe('bestOccurrence', () => {
  it.each([
    // hay, needle, left, right, cursor → start
    ['床位5%,人员5%,设备5%', '5%', '人员', ',设备', 0, 7],
    ['床位5%,人员5%', '5%', '', '', 0, 2],
    ['床位5%,人员5%', '5%', '', '', 3, 7],
    ['床位5%', '6%', '', '', 0, -1],
  ] as const)('%s / %s', (hay, needle, left, right, cursor, at) => {
    expect(bestOccurrence(hay, needle, left, right, cursor)).toBe(at);
  });
});

describe('alignSpans', () => {
  it('maps through collapsed whitespace and cell separators', () => {
    const doc = '门诊量 | 12万人次\n床位2000张';
    const file = '<td>门诊量</td>\n  <td>12 万人次</td><p>床位2000张</p>';
    const html = htmlStream(file);
    const [a, b] = [doc.indexOf('12'), doc.indexOf('床位') + 2];
    const found = alignSpans(doc, [[a, a + 5], [b, b + 5]], html);
    const spans = found.map((f) => file.slice(html.start[f![0]]!, html.end[f![1]]!));
    expect(spans).toEqual(['12 万人次', '2000张']);
  });
  it('gives null for a figure the file does not have', () => {
    expect(alignSpans('共3项', [[1, 3]], textStream('共4项'))).toEqual([null]);
  });
});

describe('alignInOrder', () => {
  it.each([
    // document text, span, input → span in the input
    ['床位200张\n门诊12万人次', [2, 6], '  床位 200张\r\n\r\n\t门诊12万人次', [5, 9]],
    ['床位200张\n门诊12万人次', [9, 14], '床位200张\r\n\u3000\u3000门诊12 万人次', [12, 18]],
    ['共3项', [1, 3], '共\u200b3项', [2, 4]],
  ] as const)('%j', (doc, span, input, out) => {
    expect(alignInOrder(doc, [span], input)).toEqual([out]);
  });
  it('gives up when the texts differ beyond whitespace', () => {
    expect(alignInOrder('共3项', [[1, 3]], '共4项')).toBeNull();
    expect(alignInOrder('共3项', [[1, 3]], '共3项,另')).toBeNull();
  });
});

describe('htmlStream', () => {
  it('covers a whole entity with the character it decodes to', () => {
    const src = '<p>增长&#49;2%&nbsp;以上</p><script>var x = "99%";</script>';
    const s = htmlStream(src);
    expect(s.text).toBe('增长12%以上');
    expect(src.slice(s.start[2]!, s.end[2]!)).toBe('&#49;');
    expect(s.text).not.toContain('99');
  });
});

describe('docxText', () => {
  const xml = '<w:document><w:body><w:p><w:r><w:t>共</w:t></w:r><w:r><w:t xml:space="preserve">3 项</w:t></w:r></w:p>'
    + '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>12</w:t></w:r></w:p><w:p><w:r><w:t>万人</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
    + '<w:p/></w:body></w:document>';
  it('numbers paragraphs in document order and joins a cell\'s paragraphs', () => {
    const { units } = docxText(xml);
    expect(units).toEqual([
      { kind: 'paragraph', paragraph: 0, text: '共3 项' },
      { kind: 'cell', table: 0, row: 0, column: 0, text: '指标' },
      { kind: 'cell', table: 0, row: 0, column: 1, text: '12\n万人' },
      { kind: 'paragraph', paragraph: 4, text: '' },
    ]);
  });
});

describe('lineStarts', () => {
  it.each([
    ['a\nb', [0, 2]],
    ['a\r\nb\rc', [0, 3, 5]],
    ['ab', [0]],
  ])('%j', (s, starts) => expect(lineStarts(s)).toEqual(starts));
});

describe('locator columns', () => {
  it.each([
    [{ format: 'pdf', page: 2, boxes: [[10, 20, 30, 32], [5, 8, 12, 18]] }, { locator_format: 'pdf', page: 2, box_x0: 5, box_y0: 8, box_x1: 30, box_y1: 32, html_start: null }],
    [{ format: 'html', htmlSpan: [7, 12] }, { locator_format: 'html', html_start: 7, html_end: 12, page: null }],
    [{ format: 'docx', table: 1, row: 2, column: 3, offset: 0, length: 4 }, { docx_table: 1, docx_row: 2, docx_column: 3, docx_paragraph: null, docx_offset: 0 }],
    [{ format: 'docx', paragraph: 9, offset: 5, length: 4 }, { docx_paragraph: 9, docx_table: null, docx_offset: 5 }],
    [{ format: 'text', line: 3, column: 8 }, { text_line: 3, text_column: 8, page: null }],
    [null, { locator_format: null, page: null }],
  ] as const)('%j', (locator, expected) => {
    const row = flattenRecord(record({ locator } as never));
    expect(row).toMatchObject(expected);
  });
});

describe('the JSON Schema', () => {
  it('describes locator per format, optional and nullable', async () => {
    const { recordJsonSchema } = await import('../../src/json-schema.js');
    const schema = recordJsonSchema() as { properties: Record<string, { anyOf?: Array<{ anyOf?: unknown[]; type?: string }> }>; required: string[] };
    const locator = schema.properties['locator']!;
    expect(schema.required).not.toContain('locator');
    const formats = JSON.stringify(locator);
    for (const f of ['text', 'html', 'docx', 'pdf']) expect(formats).toContain(`"const":"${f}"`);
    expect(locator.anyOf?.some((a) => a.type === 'null')).toBe(true);
  });
});
