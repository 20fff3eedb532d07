/**
 * Whatever whitespace a text file carries (spaces, tabs, ideographic spaces, CR LF, blank
 * lines, indents), `sourceSpan` of a record from the file lands on its figure in the input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/document.js';
import { asWritten, seeds } from '../core/helpers.js';

const compact = (s: string): string => s.replace(/[\s\u200B-\u200D]+/gu, '');
const figureOf = (slice: string): string => compact(asWritten(slice.replace(/[\s\u200B-\u200D]+/gu, (run) => (run.includes('\n') ? '\n' : ''))));

const paragraphs = seeds().flatMap((s) => s.text.split('\n')).filter((l) => /\d/u.test(l) && l.length < 300);
const noise = fc.constantFrom(' ', '  ', '\t', '\u3000', '\u00a0', '\r\n', '\n\n', '\n   ', '\u200b');

describe('text files with any whitespace', () => {
  it('map every record back onto its figure in the input', async () => {
    let seen = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...paragraphs), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), noise), { maxLength: 30 }),
        async (lines, inserts) => {
          let input = lines.join('\n');
          for (const [at, ws] of inserts) {
            const i = at % (input.length + 1);
            input = input.slice(0, i) + ws + input.slice(i);
          }
          const result = await extractDocument(Buffer.from(input, 'utf8'), { source: 'noisy.txt' });
          if (!result.ok) return;
          seen += result.records.length;
          for (const r of result.records) {
            expect(figureOf(input.slice(...r.sourceSpan)), `${r.raw} in ${JSON.stringify(input)}`).toBe(compact(r.raw));
          }
        },
      ),
      { numRuns: 40, seed: 12 },
    );
    expect(seen).toBeGreaterThan(50);
  }, 60000);
});

describe('HTML pages with any tags and entities inside the text', () => {
  const escape = (c: string): string => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c);
  it('give an htmlSpan whose source shows the figure', async () => {
    let seen = 0;
    const { decodeHTML } = await import('entities');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...paragraphs), { minLength: 3, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('</span><span>', '</b> <b>', 'entity', '\n\t')), { maxLength: 30 }),
        async (lines, edits) => {
          const chars = [...lines.join('\n')].map(escape);
          for (const [at, edit] of edits) {
            const i = at % chars.length;
            if (chars[i] === '\n') continue;
            chars[i] = edit === 'entity' ? (chars[i]!.length === 1 ? `&#${chars[i]!.codePointAt(0)};` : chars[i]!) : edit + chars[i]!;
          }
          const body = chars.join('').split('\n').map((p) => `<p><span><b>${p}</b></span></p>`).join('\n');
          const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body><div class="article">${body}</div></body></html>`;
          const result = await extractDocument(Buffer.from(html, 'utf8'), { source: 'page.html' });
          if (!result.ok) return;
          seen += result.records.length;
          for (const r of result.records) {
            expect(r.locator?.format).toBe('html');
            if (r.locator?.format !== 'html') continue;
            const shown = decodeHTML(html.slice(...r.locator.htmlSpan).replace(/<[^>]*>/gu, ''));
            expect(figureOf(shown), `${r.raw} in ${html.slice(...r.locator.htmlSpan)}`).toBe(compact(r.raw));
          }
        },
      ),
      { numRuns: 40, seed: 7 },
    );
    expect(seen).toBeGreaterThan(50);
  }, 60000);
});
