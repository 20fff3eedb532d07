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
