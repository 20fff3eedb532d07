/** The review page as a file: self-contained, and no document text can become markup. */
import { describe, expect, it } from 'vitest';
import { reviewPage, scriptJson } from '../../src/review/index.js';
import type { ReviewDocument } from '../../src/review/index.js';
import { record } from '../output/record.js';

const hostile = '</script><script>window.pwned=1</script><img src=x onerror="window.pwned=2">床位200张\u2028';
const doc: ReviewDocument = {
  source: 'a.txt', doc: 'a', hash: 'h', format: 'text', text: hostile,
  records: [record({ raw: '200张', span: [hostile.indexOf('200'), hostile.indexOf('200') + 4], name: '<b>床位</b>' })],
};

describe('reviewPage', () => {
  const html = reviewPage([doc], { title: '<审阅>' });
  it('declares utf-8 and allows no network', () => {
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none';/u);
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//iu);
    expect(html).not.toMatch(/@import|url\(/u);
  });
  it('embeds the records as escaped JSON', () => {
    const data = /<script type="application\/json" id="zhibiao-data">(.*?)<\/script>/su.exec(html)?.[1];
    expect(data).toBeDefined();
    expect(data).not.toMatch(/[<>\u2028]/u);
    expect((JSON.parse(data!) as { docs: ReviewDocument[] }).docs[0]!.text).toBe(hostile);
    expect(html.split('</script>').length).toBe(3);
    expect(html).toContain('&#60;审阅&#62;');
  });
  it.each([
    ['<', '"\\u003c"'],
    ['&', '"\\u0026"'],
    ['\u2029', '"\\u2029"'],
    ['a', '"a"'],
  ])('scriptJson(%j)', (input, out) => expect(scriptJson(input)).toBe(out));
});
