/**
 * Shared test helpers: fixture paths and the offset invariants every parsed
 * document must keep.
 */
import { expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Block, ParsedDocument } from '../../src/ingest/index.js';
import { DocumentError } from '../../src/errors.js';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/documents/', import.meta.url));

export function fixture(name: string): string {
  return FIXTURES + name;
}

export function blockText(doc: ParsedDocument, b: Block): string {
  return doc.text.slice(b.start, b.end);
}

/** Blocks tile the text in order, separated by exactly one "\n"; cells slice to their text. */
export function expectOffsetsExact(doc: ParsedDocument, newlineInParagraphs = false): void {
  let pos = 0;
  doc.blocks.forEach((b, i) => {
    expect(b.start, `block ${i} start`).toBe(i === 0 ? 0 : pos + 1);
    if (i > 0) expect(doc.text[b.start - 1]).toBe('\n');
    expect(b.end).toBeGreaterThanOrEqual(b.start);
    const t = blockText(doc, b);
    expect(t).toBe(t.trim());
    if (b.type !== 'table' && !newlineInParagraphs) expect(t, `block ${i}`).not.toContain('\n');
    if (b.type === 'table') {
      const rows = t.split('\n');
      expect(rows.length).toBe(b.rows.length);
      for (const row of b.rows) {
        for (const cell of row) {
          expect(doc.text.slice(cell.start, cell.end)).toBe(cell.text);
          expect(cell.text).not.toContain('\n');
        }
      }
    }
    pos = b.end;
  });
  expect(pos).toBe(doc.text.length);
}

/** Text of the table's rows as arrays of cell strings. */
export function cellTexts(b: Block): string[][] {
  return b.type === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : [];
}

/** The code a parse ends with: `ok`, or its DocumentError's code. */
export async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (err) {
    expect(err).toBeInstanceOf(DocumentError);
    return (err as DocumentError).code;
  }
}
