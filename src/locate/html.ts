/**
 * HTML: the visible text of the decoded source, piece by piece as htmlparser2 reads it,
 * each piece with the [start, end) of the source it was decoded from. An entity
 * (`&amp;`, `&#20013;`) arrives as a piece of its own and covers its whole reference, so
 * the source sliced at a figure's `htmlSpan` shows the figure's characters.
 */
import { Parser } from 'htmlparser2';
import { StreamBuilder, type Stream } from './align.js';

/** Elements whose text is never page text. */
export const HIDDEN_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'title', 'textarea']);

export function htmlStream(html: string): Stream {
  const b = new StreamBuilder();
  let hidden = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (HIDDEN_ELEMENTS.has(name.toLowerCase())) hidden++;
      },
      onclosetag(name) {
        if (HIDDEN_ELEMENTS.has(name.toLowerCase()) && hidden > 0) hidden--;
      },
      ontext(text) {
        if (hidden > 0) return;
        const from = parser.startIndex;
        const to = parser.endIndex + 1;
        if (to - from === text.length && html.startsWith(text, from)) b.chars(text, from);
        else b.whole(text, from, to);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return b.build();
}
