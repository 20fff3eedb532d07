/**
 * Plain text: decode, then one block per non-empty line (numbered short lines
 * become headings).
 */
import type { ParsedDocument } from './types.js';
import { assemble, type Draft } from './blocks.js';
import { decodeText } from './decode.js';
import { paragraphDraft } from './html-blocks.js';
import { collapseSpace } from './text.js';
import { docError } from './errors.js';
import { keepDecoded } from '../locate/kept.js';
import { LINE_BREAK } from './patterns.js';

export function parsePlainString(input: string, encoding: string | null): ParsedDocument {
  const drafts: Draft[] = [];
  for (const line of input.split(LINE_BREAK)) {
    const text = collapseSpace(line);
    if (text !== '') drafts.push(paragraphDraft(text));
  }
  const { text, blocks } = assemble(drafts);
  return { format: 'text', text, blocks, meta: { title: null, date: null, encoding, pages: null } };
}

export function parsePlain(bytes: Uint8Array, source: string): ParsedDocument {
  const { text, encoding } = decodeText(bytes, source, false);
  const doc = keepDecoded(parsePlainString(text, encoding), text);
  if (doc.text === '') throw docError('empty', source, 'only whitespace');
  return doc;
}
