/**
 * Word list numbers that mammoth drops: read numbering.xml, styles.xml and the
 * paragraphs of document.xml, and rebuild each numbered paragraph's label
 * (`一、`, `（一）`, `1.`) the way Word shows it.
 */
import { formatCounter } from './docx-numfmt.js';
import { LVL_TEXT_PLACEHOLDER, XML_ATTR_VAL, XML_ATTRS, XML_ENTITY, XML_TAG } from './patterns.js';

interface Level { numFmt: string; lvlText: string; start: number; suff: string }
interface Num { abstractId: string; starts: Map<number, number> }
interface StyleNum { basedOn: string | null; numId: string | null; ilvl: number | null }
export interface DocParagraph { text: string; numId: string | null; ilvl: number | null; styleId: string | null; inTable: boolean }
export interface NumberedParagraph { text: string; label: string }

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Word's own bounds: list levels 0–8, counters 0–32767. Numbers from the file are clamped to them before use. */
export const MAX_LIST_LEVEL = 8;
export const MAX_COUNTER = 32767;

/** A whole number from the file, or `fallback` when it is none or lies outside [min, max]. */
export function boundedInt(s: string | null, min: number, max: number, fallback: number): number {
  const n = s === null ? NaN : Number(s);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

/** The character of a numeric reference, or U+FFFD for a code point that does not exist. */
function codePoint(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\ufffd';
}

export function unescapeXml(s: string): string {
  return s.replace(XML_ENTITY, (m: string, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return codePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return codePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? m;
  });
}

/** The value of attribute `name` (e.g. `w:numId`), or null. */
function attrOf(attrs: string, name: string): string | null {
  for (const m of attrs.matchAll(XML_ATTRS)) if (m[1] === name) return m[2] ?? null;
  return null;
}

function val(attrs: string): string | null {
  const m = XML_ATTR_VAL.exec(attrs);
  return m?.[1] === undefined ? null : unescapeXml(m[1]);
}

/** Visit every tag of an XML string in order: (name, attrs, closing, selfClosing, end index). */
function eachTag(xml: string, visit: (name: string, attrs: string, closing: boolean, selfClosing: boolean, start: number, end: number) => void): void {
  XML_TAG.lastIndex = 0;
  for (let m = XML_TAG.exec(xml); m !== null; m = XML_TAG.exec(xml)) {
    const attrs = m[3] ?? '';
    visit(m[2] ?? '', attrs, m[1] === '/', attrs.endsWith('/'), m.index, m.index + m[0].length);
  }
}

export function parseNumbering(xml: string): { abstracts: Map<string, Map<number, Level>>; nums: Map<string, Num> } {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, Num>();
  let abs: Map<number, Level> | null = null;
  let lvl: Level | null = null;
  let num: Num | null = null;
  let overrideLevel: number | null = null;
  eachTag(xml, (name, attrs, closing, self) => {
    if (closing) {
      if (name === 'w:abstractNum') abs = null;
      else if (name === 'w:lvl') lvl = null;
      else if (name === 'w:num') num = null;
      else if (name === 'w:lvlOverride') overrideLevel = null;
      return;
    }
    const idOf = (key: string): string | null => attrOf(attrs, `w:${key}`);
    if (name === 'w:abstractNum') {
      abs = new Map();
      abstracts.set(idOf('abstractNumId') ?? '', abs);
    } else if (name === 'w:lvl' && abs !== null && !self) {
      lvl = { numFmt: 'decimal', lvlText: '', start: 1, suff: 'tab' };
      const level = boundedInt(idOf('ilvl') ?? '0', 0, MAX_LIST_LEVEL, -1);
      if (level >= 0) abs.set(level, lvl); // a level Word cannot have is read and dropped
    } else if (name === 'w:num') {
      num = { abstractId: '', starts: new Map() };
      nums.set(idOf('numId') ?? '', num);
    } else if (name === 'w:abstractNumId' && num !== null) {
      num.abstractId = val(attrs) ?? '';
    } else if (name === 'w:lvlOverride') {
      overrideLevel = boundedInt(idOf('ilvl') ?? '0', 0, MAX_LIST_LEVEL, -1);
    } else if (name === 'w:startOverride' && num !== null && overrideLevel !== null) {
      num.starts.set(overrideLevel, boundedInt(val(attrs) ?? '1', 0, MAX_COUNTER, 1));
    } else if (lvl !== null) {
      if (name === 'w:numFmt') lvl.numFmt = val(attrs) ?? 'decimal';
      else if (name === 'w:lvlText') lvl.lvlText = val(attrs) ?? '';
      else if (name === 'w:start') lvl.start = boundedInt(val(attrs) ?? '1', 0, MAX_COUNTER, 1);
      else if (name === 'w:suff') lvl.suff = val(attrs) ?? 'tab';
    }
  });
  return { abstracts, nums };
}

export function parseStyles(xml: string): Map<string, StyleNum> {
  const styles = new Map<string, StyleNum>();
  let cur: StyleNum | null = null;
  eachTag(xml, (name, attrs, closing) => {
    if (name === 'w:style') {
      if (closing) cur = null;
      else {
        cur = { basedOn: null, numId: null, ilvl: null };
        styles.set(attrOf(attrs, 'w:styleId') ?? '', cur);
      }
    } else if (cur !== null && !closing) {
      if (name === 'w:basedOn') cur.basedOn = val(attrs);
      else if (name === 'w:numId') cur.numId = val(attrs);
      else if (name === 'w:ilvl') cur.ilvl = boundedInt(val(attrs) ?? '0', 0, MAX_LIST_LEVEL, -1);
    }
  });
  return styles;
}

/** The paragraphs of document.xml in order, with their numbering properties and text. */
export function parseParagraphs(xml: string): DocParagraph[] {
  const out: DocParagraph[] = [];
  const stack: DocParagraph[] = [];
  let tables = 0;
  let textStart = -1;
  eachTag(xml, (name, attrs, closing, self, start, end) => {
    const top = stack[stack.length - 1];
    if (name === 'w:p') {
      if (self) out.push({ text: '', numId: null, ilvl: null, styleId: null, inTable: tables > 0 });
      else if (!closing) stack.push({ text: '', numId: null, ilvl: null, styleId: null, inTable: tables > 0 });
      else {
        const p = stack.pop();
        if (p !== undefined) out.push(p);
      }
    } else if (name === 'w:tbl' && !self) tables += closing ? -1 : 1;
    else if (top === undefined) return;
    else if (name === 'w:t') {
      if (closing && textStart >= 0) top.text += unescapeXml(xml.slice(textStart, start));
      textStart = closing || self ? -1 : end;
    } else if (!closing && name === 'w:pStyle') top.styleId = val(attrs);
    else if (!closing && name === 'w:numId') top.numId = val(attrs);
    else if (!closing && name === 'w:ilvl') top.ilvl = boundedInt(val(attrs) ?? '0', 0, MAX_LIST_LEVEL, -1);
  });
  return out;
}

/** Labels for every numbered paragraph outside tables, in document order. */
export function numberedParagraphs(documentXml: string, numberingXml: string, stylesXml: string | null): NumberedParagraph[] {
  const { abstracts, nums } = parseNumbering(numberingXml);
  const styles = stylesXml === null ? new Map<string, StyleNum>() : parseStyles(stylesXml);
  const counters = new Map<string, (number | undefined)[]>();
  const out: NumberedParagraph[] = [];
  for (const p of parseParagraphs(documentXml)) {
    let numId = p.numId;
    let ilvl = p.ilvl;
    for (let s = p.styleId, guard = 0; s !== null && guard < 20 && (numId === null || ilvl === null); guard++) {
      const st = styles.get(s);
      if (st === undefined) break;
      numId ??= st.numId;
      if (st.numId !== null) ilvl ??= st.ilvl;
      s = st.basedOn;
    }
    ilvl ??= 0;
    if (numId === null || numId === '0' || ilvl < 0) continue;
    const num = nums.get(numId);
    const levels = num === undefined ? undefined : abstracts.get(num.abstractId);
    const level = levels?.get(ilvl);
    if (num === undefined || levels === undefined || level === undefined || level.numFmt === 'bullet') continue;
    const startOf = (l: number): number => num.starts.get(l) ?? levels.get(l)?.start ?? 1;
    const count = counters.get(numId) ?? [];
    counters.set(numId, count);
    count[ilvl] = Math.min(MAX_COUNTER, (count[ilvl] ?? startOf(ilvl) - 1) + 1);
    for (let deeper = ilvl + 1; deeper < count.length; deeper++) count[deeper] = undefined;
    const label = level.lvlText.replace(LVL_TEXT_PLACEHOLDER, (_m: string, d: string) => {
      const l = Number(d) - 1;
      return formatCounter(count[l] ?? startOf(l), levels.get(l)?.numFmt ?? 'decimal');
    });
    if (p.inTable || label === '') continue;
    out.push({ text: p.text, label: level.suff === 'nothing' ? label : `${label} ` });
  }
  return out;
}
