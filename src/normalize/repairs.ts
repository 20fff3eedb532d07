/**
 * Repairs of scraping damage, each returning edits on its input:
 * pinyin glosses, document-site page markers inside numbers, OCR letters inside figures.
 */
import type { Edit } from './offsets.js';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
/** `衛(wèi)生`: a Han character followed by its toned pinyin in parentheses. */
export const PINYIN_GLOSS = new RegExp(`(?<=\\p{Script=Han})\\((?=[a-zü]{0,6}[${TONED}])[a-zü${TONED}]{1,7}\\)`, 'gu');
/** `勇?lián)?`: a converter's mojibake of a gloss. */
export const PINYIN_MOJIBAKE = new RegExp(`\\?(?=[a-zü]{0,6}[${TONED}])[a-zü${TONED}]{1,7}\\)\\??`, 'gu');

export function pinyinEdits(text: string): Edit[] {
  if (!/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u.test(text)) return [];
  const edits: Edit[] = [];
  for (const re of [PINYIN_GLOSS, PINYIN_MOJIBAKE]) {
    for (const m of text.matchAll(re)) edits.push({ start: m.index, end: m.index + m[0].length, text: '' });
  }
  return edits.sort((a, b) => a.start - b.start).filter((e, i, all) => i === 0 || e.start >= all[i - 1]!.end);
}

/** A document site's page marker: a newline, then the page number and 、. */
export const PAGE_MARKER = /(?<=^|\n)(?<n>\d{1,3})、/gu;
const SENTENCE_END = /[。!?;:…]\s*$/u;

/**
 * Page markers run 1、2、3、… at the starts of page chunks, and a chunk breaks
 * anywhere (`协管员19` ⏎ `2、9名`). A run of consecutive numbers of which some break
 * mid-sentence is a page-marker chain: the markers and their newlines go.
 * A numbered list (items ending in 。) is left alone.
 */
export function pageMarkerEdits(text: string): Edit[] {
  const found: Array<{ n: number; start: number; end: number }> = [];
  for (const m of text.matchAll(PAGE_MARKER)) {
    found.push({ n: Number(m.groups!['n']), start: m.index, end: m.index + m[0].length });
  }
  if (found.length < 2) return [];
  const edits: Edit[] = [];
  let i = 0;
  while (i < found.length) {
    const chain = [found[i]!];
    for (let j = i + 1; j < found.length && found[j]!.n === chain[chain.length - 1]!.n + 1; j++) chain.push(found[j]!);
    const midSentence = chain.slice(1).filter((m) => !SENTENCE_END.test(text.slice(Math.max(0, m.start - 4), m.start - 1)));
    if (chain.length >= 2 && midSentence.length >= Math.max(1, Math.floor((chain.length - 1) / 3))) {
      for (const m of chain) {
        const joinsLine = m.n !== chain[0]!.n || m.n > 1;
        edits.push({ start: joinsLine && m.start > 0 ? m.start - 1 : m.start, end: m.end, text: '' });
      }
      i += chain.length;
    } else i++;
  }
  return edits;
}

/**
 * OCR letters inside figures: a run of digits and look-alike letters standing between
 * non-Latin characters and followed by a magnitude, unit or 余 (`L17万`, `IOoOO余人`, `Ll%`).
 */
export const OCR_FIGURE = /(?<![A-Za-z0-9.])(?=[0-9LlIOo]*[LlIOo])(?=[LlIOo0-9]*[0-9I]|Ll)[LlIOo0-9]{2,12}(?:\.[0-9lIOo]{1,6})?(?=[万亿%‰余多人个家元])/gu;
/** `98.63%o`: a full stop read as o after a percent sign; it becomes 。 before Han text, else goes. */
export const OCR_PERCENT_O = /(?<=\d%)o(?![A-Za-z])/gu;

function readOcrRun(run: string): string | null {
  let out = '';
  for (let i = 0; i < run.length; i++) {
    const c = run[i]!;
    if (c === 'L') out += i === 0 && /[0-9lI]/u.test(run[i + 1] ?? '') ? '1.' : '1';
    else if (c === 'l' || c === 'I') out += '1';
    else if (c === 'O' || c === 'o') out += '0';
    else out += c;
  }
  if (/^0\d/u.test(out) || (out.match(/\./gu)?.length ?? 0) > 1) return null;
  return out;
}

export function ocrEdits(text: string): Edit[] {
  if (!/[LlIOo]/u.test(text)) return [];
  const edits: Edit[] = [];
  for (const m of text.matchAll(OCR_FIGURE)) {
    const fixed = readOcrRun(m[0]);
    if (fixed !== null && fixed !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, text: fixed });
  }
  for (const m of text.matchAll(OCR_PERCENT_O)) {
    edits.push({ start: m.index, end: m.index + 1, text: /\p{Script=Han}/u.test(text[m.index + 1] ?? '') ? '。' : '' });
  }
  return edits.sort((a, b) => a.start - b.start);
}

/** A sentence may end a line here; a line that ends otherwise runs on in a hard-wrapped layout. */
const LINE_END_OK = /[。!?;:…”」)）】》][ \t\u3000]{0,8}$/u;
/** Page furniture between the pages of a text layer: `— 2 —`, `- 3 -`, `第 2 页 共 9 页`. */
export const PAGE_FOOTER_LINE = /^[ \t\u3000]{0,8}(?:[—–-]{1,2} ?\d{1,4} ?[—–-]{1,2}|第 ?\d{1,4} ?页(?: ?[,/]? ?共 ?\d{1,4} ?页)?|\d{1,4} ?\/ ?\d{1,4})[ \t\u3000]{0,8}$/u;
/** A line that opens a heading or a list item: never the continuation of the line before. */
const HEADING_START = /^\s*(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}(?:\.(?!\d)|、)|\(\d{1,2}\)|[①-⑳]|(?:第[一二三四五六七八九十]{1,3}个?是|[一二三四五六七八九十]{1,3}是))/u;
const PROSE = /[,;。、]/u;
/** Shortest line that counts as wrapped prose (characters). */
const WRAP_MIN = 12;

/**
 * Hard-wrapped text (a PDF's text layer, a copied page): lines that break inside a sentence,
 * inside a name (`居民` ⏎ `人均可支配收入`) or inside a figure (`186.` ⏎ `42亿元`, `1876` ⏎ `2元`),
 * also across a page footer and a running header. Only when the text is laid out that way (a
 * third of its long lines run on): such line breaks and the furniture between go.
 */
export function wrapEdits(text: string): Edit[] {
  const lines: Array<{ start: number; end: number; body: string }> = [];
  let at = 0;
  for (const body of text.split('\n')) {
    lines.push({ start: at, end: at + body.length, body });
    at += body.length + 1;
  }
  // Prose lines (with a comma or a stop inside): titles, bylines and site furniture have none.
  const long = lines.filter((l) => l.body.trim().length >= WRAP_MIN && PROSE.test(l.body));
  const runOn = long.filter((l) => !LINE_END_OK.test(l.body));
  if (long.length < 5 || runOn.length < long.length / 3) return [];
  const title = lines.find((l) => l.body.trim().length > 0)?.body.trim() ?? '';
  const edits: Edit[] = [];
  let continued = -1; // the line that the last join ran into
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i]!;
    const body = line.body.trimEnd();
    if (LINE_END_OK.test(body) || (HEADING_START.test(body) && body.trim().length < 24) || body.trim() === title) continue;
    // A wrapped prose line, a line that continues one, or a figure cut at the line's end (`1876` ⏎ `2元`).
    const splitFigure = /[\d.]$/u.test(body) && /^\s*\d/u.test(lines[i + 1]!.body);
    if (!(body.trim().length >= WRAP_MIN && PROSE.test(body)) && continued !== i && !splitFigure) continue;
    // The next line of text, past blank lines, a page footer and the running header after it.
    let j = i + 1;
    let furniture = false;
    while (j < lines.length && lines[j]!.body.trim().length === 0) j++;
    if (j < lines.length && PAGE_FOOTER_LINE.test(lines[j]!.body)) {
      furniture = true;
      j++;
      while (j < lines.length && lines[j]!.body.trim().length === 0) j++;
      if (j < lines.length && title.length >= 6 && lines[j]!.body.trim() === title) j++;
      while (j < lines.length && lines[j]!.body.trim().length === 0) j++;
    }
    if (j >= lines.length || (j > i + 1 && !furniture)) continue;
    const next = lines[j]!;
    if (next.body.trim().length === 0 || HEADING_START.test(next.body) || /^[ \t\u3000]{2}/u.test(next.body)) continue;
    const last = body[body.length - 1] ?? '';
    const first = next.body.trimStart()[0] ?? '';
    if (!/[\p{Script=Han}\d.%,、(“]/u.test(last) || !/[\p{Script=Han}\d.%(“]/u.test(first)) continue;
    edits.push({ start: line.start + body.length, end: next.start + (next.body.length - next.body.trimStart().length), text: '' });
    continued = j;
    i = j - 1;
  }
  return edits;
}
