/**
 * Whitespace rules shared by every format. Two modes:
 * - `html` (HTML, DOCX, plain text): whitespace between two CJK characters goes, any
 *   other run becomes one ASCII space;
 * - `pdf`: whitespace next to a CJK character on either side goes (LibreOffice's
 *   autospacing and justified letter-spacing), and only a space between two
 *   non-CJK characters stays.
 */
import {
  ASCII_ALNUM, CJK_CHAR, CLAUSE_END, CLAUSE_MARK, HEADING_L1, HEADING_L2, HEADING_L3, HEADING_L4, LINE_INDENT, SENTENCE_END,
  WHITESPACE_RUN,
} from './patterns.js';

export type SpaceMode = 'html' | 'pdf';

/** The code point just before `index` (handles surrogate pairs), or '' at the start. */
function charBefore(s: string, index: number): string {
  if (index <= 0) return '';
  const low = s.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) return s.slice(index - 2, index);
  return s.charAt(index - 1);
}

/** The code point starting at `index`, or '' at the end. */
function charAt(s: string, index: number): string {
  const cp = s.codePointAt(index);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

export function isCjk(ch: string): boolean {
  return ch !== '' && CJK_CHAR.test(ch);
}

export function isAsciiAlnum(ch: string): boolean {
  return ch !== '' && ASCII_ALNUM.test(ch);
}

/** Collapse whitespace runs by the rules of `mode`, and trim. */
export function collapseSpace(s: string, mode: SpaceMode = 'html'): string {
  const out = s.replace(WHITESPACE_RUN, (run: string, offset: number, whole: string) => {
    const before = charBefore(whole, offset);
    const after = charAt(whole, offset + run.length);
    if (before === '' || after === '') return '';
    const a = isCjk(before);
    const b = isCjk(after);
    if (mode === 'pdf' ? a || b : a && b) return '';
    return ' ';
  });
  return out;
}

/**
 * Collapse only whitespace that comes from source formatting (a run holding a line
 * break or tab); single typed spaces stay. Used for text kept "as written".
 */
export function collapseFormatting(s: string): string {
  const out = s.replace(WHITESPACE_RUN, (run: string, offset: number, whole: string) => {
    if (!run.includes('\n') && !run.includes('\r') && !run.includes('\t')) return run;
    const before = charBefore(whole, offset);
    const after = charAt(whole, offset + run.length);
    if (before === '' || after === '') return '';
    return isCjk(before) && isCjk(after) ? '' : ' ';
  });
  return out.trim();
}

/**
 * Join two pieces of one paragraph that a line break separated: nothing between
 * CJK text or inside a figure, one space between two ASCII words.
 */
export function joinLines(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  const last = charBefore(a, a.length);
  const first = charAt(b, 0);
  return isAsciiAlnum(last) && isAsciiAlnum(first) ? `${a} ${b}` : a + b;
}

/** Heading level from a numbering pattern at the start, or 0 when it has none. */
export function headingPatternLevel(text: string): number {
  if (HEADING_L1.test(text)) return 1;
  if (HEADING_L2.test(text)) return 2;
  if (HEADING_L3.test(text)) return 3;
  if (HEADING_L4.test(text)) return 4;
  return 0;
}

/** Longest text a paragraph may have and still read as a heading. */
export const MAX_HEADING_CHARS = 50;

/**
 * Whether a paragraph is a heading by its numbering: `一、` or `（一）` at the
 * start, short, and no full stop before its end. Only levels 1–2 are promoted;
 * `1.` items are usually paragraphs with a bold lead.
 */
export function patternHeadingLevel(text: string): number {
  if (text.length > MAX_HEADING_CHARS) return 0;
  const level = headingPatternLevel(text);
  if (level === 0 || level > 2) return 0;
  const inner = text.slice(0, -1);
  if (inner.includes('。') || inner.includes('；')) return 0;
  return level;
}

/** Count of Han characters (for density scoring). */
export function countHan(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) n++;
    else if (c >= 0xd840 && c <= 0xd884) {
      // A high surrogate of planes 2 and 3 (U+20000–U+3134F): one Han character in two units.
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff && (c < 0xd884 || lo <= 0xdf4f)) n++;
      i++;
    }
  }
  return n;
}

/**
 * Whether a line break between two lines ends a paragraph: after a sentence end or a
 * heading, before a heading or an indented line (an empty line, `<br><br>`, always does;
 * an indent after a sentence cut short does not). Anywhere else the sentence runs on
 * (`比上年同期<BR>增长1.32%`, `稻<BR>谷产量`) and the lines join.
 * `prev` is collapsed text, `nextRaw` the next line as written (its indent still there).
 */
export function breaksParagraph(prev: string, nextRaw: string): boolean {
  const next = collapseSpace(nextRaw);
  if (prev === '' || next === '') return true;
  if (SENTENCE_END.test(prev) || headingPatternLevel(next) > 0 || patternHeadingLevel(prev) > 0) return true;
  // An indent starts a paragraph, unless the line before is a sentence cut short (it has clauses
  // and no end: some editors indent after every <br>).
  return LINE_INDENT.test(nextRaw) && !(CLAUSE_MARK.test(prev) && !CLAUSE_END.test(prev));
}

/** Lines → paragraphs: lines join (joinLines) unless breaksParagraph says a paragraph ends. */
export function joinBrokenLines(rawLines: readonly string[]): string[] {
  const out: string[] = [];
  let cur = '';
  for (const raw of rawLines) {
    const text = collapseSpace(raw);
    if (cur !== '' && (text === '' || breaksParagraph(cur, raw))) {
      out.push(cur);
      cur = '';
    }
    cur = joinLines(cur, text);
  }
  if (cur !== '') out.push(cur);
  return out;
}
