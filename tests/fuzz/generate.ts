/**
 * Seeded generation of hostile inputs across every format: crafted ones (runs of masks,
 * digits, quotes, brackets and page markers; deep nesting; extreme list numbers; odd
 * encodings; zips that overlap or lie about sizes; PDFs with odd operators) and mutations
 * of the fixtures (bytes flipped, cut, repeated, spliced). Input `i` of seed `s` is always
 * the same bytes, so a failure reproduces from its seed and index alone.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeZip } from '../ingest/zip-writer.js';
import { docx, documentXml, docxParagraph, escapeXml, nestedHtml, numberingXml, overlappingZip, pdf, textStream } from './build.js';

export interface FuzzInput {
  /** Family and index: what to rerun (`ZHIBIAO_FUZZ_ONLY=<index>`). */
  name: string;
  family: string;
  bytes: Buffer;
}

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rand {
  constructor(readonly next: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const read = (p: string): Buffer => readFileSync(FIXTURES + p);

/** The fixtures mutations start from, loaded once. */
const BASES = (() => {
  const seeds = readdirSync(`${FIXTURES}seeds`).filter((f) => f.endsWith('.txt')).map((f) => read(`seeds/${f}`));
  return {
    text: seeds,
    html: ['documents/gov-page-gbk.html', 'documents/docsite-page-utf8.html', 'documents/traditional-page.html'].map(read),
    docx: ['documents/report-with-table.docx', 'documents/masked-template.docx'].map(read),
  };
})();

/** Pieces that trouble figure finding: masks, digits, quotes, brackets, page markers, units. */
const TOKENS = [
  'xx.xx%', 'XX万人', '**', '***万元', 'x', 'X', '*', '12.5%', '1,234', '1,', '1.', '.', '0', '99999999999999999999', '3-7天内',
  '1至3', '——', '~', '%', '‰', '万', '亿', '万亿', '个百分点', '人次', '元', '家', '“', '”', '「', '」', '(', ')', '（', '）', '《', '》',
  '第1页', '第', '页', '共5页', '一、', '(一)', '1.', '(1)', '一是', '二', '十', '百', '千', '两', '约', '近', '余', '多', '以上', '以下', '不少于',
  '全年任务', '目标', '完成率', '同比增长', '下降', '提升', '达到', '为', '，', ',', '。', '；', ':', '：', '25:3:1', '10:30', '\n', '\n\n', ' ', '\t',
  '2023年', '20xx年', '3月14日', '65岁及以上', '健康66条', '十四五', '卫生', '健康', '服务', '管理', '率', '衛(wèi)生', 'L17万', 'IOoOO', 'Ll%',
  '\u3000', '\u200b', '\ufeff', '\ud800', '\udc00', '𠀀', '😀', 'é', 'Ａ', '１２３',
];
/** Control characters: rare, since a few of them make the bytes binary. */
const CONTROLS = ['\u0000', '\u0007', '\u001b', '\u0085'];

/** A string of `n` tokens. */
function tokenText(r: Rand, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += r.chance(0.002) ? r.pick(CONTROLS) : r.pick(TOKENS);
  return s;
}

/** A long run of one or two adversarial pieces. */
function runText(r: Rand): string {
  const piece = r.pick(TOKENS) + (r.chance(0.5) ? r.pick(TOKENS) : '');
  return piece.repeat(r.int(50, 4000));
}

/** Byte-level damage: flips, cuts, repeats and splices. */
function mutate(r: Rand, base: Buffer): Buffer {
  let out = Buffer.from(base);
  const edits = r.int(1, 6);
  for (let e = 0; e < edits && out.length > 0; e++) {
    const at = r.int(0, out.length - 1);
    switch (r.int(0, 5)) {
      case 0: // flip bytes
        for (let k = 0; k < r.int(1, 16); k++) {
          const p = (at + k * r.int(1, 97)) % out.length;
          out[p] = r.int(0, 255);
        }
        break;
      case 1: // cut the end
        out = out.subarray(0, at);
        break;
      case 2: // cut a piece out
        out = Buffer.concat([out.subarray(0, at), out.subarray(Math.min(out.length, at + r.int(1, 2000)))]);
        break;
      case 3: // repeat a piece
        {
          const piece = out.subarray(at, at + r.int(1, 200));
          out = Buffer.concat([out.subarray(0, at), ...Array.from({ length: r.int(2, 50) }, () => piece), out.subarray(at)]);
        }
        break;
      case 4: // insert adversarial text
        out = Buffer.concat([out.subarray(0, at), Buffer.from(tokenText(r, r.int(1, 40))), out.subarray(at)]);
        break;
      default: // random bytes
        out = Buffer.concat([out.subarray(0, at), Buffer.from(Array.from({ length: r.int(1, 64) }, () => r.int(0, 255))), out.subarray(at)]);
    }
  }
  return out;
}

const HTML_TAGS = ['div', 'p', 'span', 'table', 'tr', 'td', 'th', 'ul', 'li', 'h1', 'h2', 'h3', 'br', 'b', 'font', 'section', 'article', 'script', 'style', 'a', 'sup'];

function randomHtml(r: Rand): string {
  const depth = r.chance(0.1) ? r.int(500, 5000) : r.int(0, 40);
  let open = '';
  const stack: string[] = [];
  for (let i = 0; i < depth; i++) {
    const tag = r.pick(HTML_TAGS);
    const attrs = r.chance(0.2) ? ` class="${r.pick(['content', 'article', 'nav', 'footer', 'TRS_Editor'])}" id="x${i}"` : '';
    open += `<${tag}${attrs}>${r.chance(0.5) ? tokenText(r, r.int(0, 8)) : ''}`;
    if (r.chance(0.8)) stack.push(tag);
  }
  const close = stack.reverse().map((t) => (r.chance(0.9) ? `</${t}>` : `</${r.pick(HTML_TAGS)}>`)).join('');
  const head = r.pick(['', '<meta charset="gbk">', '<meta http-equiv="Content-Type" content="text/html; charset=big5">', '<meta charset="utf-16">', '<meta charset="nonsense">']);
  return `<!doctype html><html><head>${head}<title>${tokenText(r, 3)}</title></head><body>${open}${tokenText(r, r.int(1, 200))}${close}</body></html>`;
}

const NUM_FORMATS = ['decimal', 'upperLetter', 'lowerLetter', 'upperRoman', 'lowerRoman', 'chineseCounting', 'ideographTraditional', 'decimalEnclosedCircle', 'bullet', 'none', 'bogus'];
const EXTREME_NUMBERS = ['0', '1', '-1', '8', '9', '32767', '99999', '1000000000', `1${'0'.repeat(999)}`, 'NaN', '1e308', '', 'x', '2.5'];

function randomDocx(r: Rand): Buffer {
  const levels = Array.from({ length: r.int(1, 4) }, () => ({
    ilvl: r.pick(EXTREME_NUMBERS),
    start: r.pick(EXTREME_NUMBERS),
    numFmt: r.pick(NUM_FORMATS),
    lvlText: r.pick(['%1.', '%1、', '（%1）', '%1.%2', '%9', '&#1114112;%1', '']),
  }));
  const paragraphs = Array.from({ length: r.chance(0.05) ? r.int(2000, 8000) : r.int(1, 30) }, () =>
    docxParagraph(escapeXml(tokenText(r, r.int(0, 12))).replace(/\u0000/gu, ''), r.chance(0.5) ? { ilvl: r.pick(EXTREME_NUMBERS) } : undefined),
  );
  const body = r.chance(0.1) ? paragraphs.join('').replace(/<\/w:p>/u, r.pick(['', '&#1114112;', '&#xD800;', '<w:p>', '&bogus;'])) : paragraphs.join('');
  return docx(documentXml(body), r.chance(0.8) ? numberingXml(levels) : undefined);
}

const PDF_OPS = ['q', 'Q', 'BT', 'ET', '/F1 12 Tf', '/F9 12 Tf', '1 0 0 1 72 700 Tm', '72 700 Td', '0 -14 Td', '(12.5%) Tj', '(xx.xx%) Tj', '[(1) -50 (2)] TJ', '0 0 Td', 'T*', '1 0 0 1 0 0 cm', '999999 0 0 999999 0 0 cm', '0 0 0 0 0 0 cm', '(\\\\) Tj', '<4142> Tj', 'BI /W 1 /H 1 ID x EI', '/Sh1 sh', 'Do'];

function randomPdf(r: Rand): Buffer {
  const pages = r.int(1, 4);
  const streams = Array.from({ length: pages }, () => {
    if (r.chance(0.5)) return textStream(Array.from({ length: r.int(1, 40) }, () => tokenText(r, r.int(1, 6)).replace(/[^\x20-\x7e]/gu, '1')));
    return Array.from({ length: r.int(1, 300) }, () => r.pick(PDF_OPS)).join('\n');
  });
  return pdf(streams);
}

function randomZip(r: Rand): Buffer {
  if (r.chance(0.2)) return overlappingZip(r.int(2, 50), Buffer.from(tokenText(r, 200)));
  const names = ['a.txt', 'b.html', 'c.docx', '../evil.txt', '/abs.txt', 'dir/', 'inner.zip', '报告.txt', 'x\0y.txt', 'deep/' + 'd/'.repeat(50) + 'f.txt'];
  const files = Array.from({ length: r.int(0, 8) }, () => {
    const data = r.chance(0.3) ? randomDocx(r) : Buffer.from(r.chance(0.5) ? randomHtml(r) : tokenText(r, r.int(0, 300)));
    return {
      name: r.pick(names),
      data,
      deflate: r.chance(0.6),
      ...(r.chance(0.1) ? { fakeSize: r.pick([0, 1, 0xffffffff, data.length * 1000]) } : {}),
      utf8: r.chance(0.7),
    };
  });
  const zip = writeZip(files);
  return r.chance(0.3) ? mutate(r, zip) : zip;
}

function oddEncoding(r: Rand): Buffer {
  const text = tokenText(r, r.int(1, 300));
  switch (r.int(0, 4)) {
    case 0:
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le'), r.chance(0.5) ? Buffer.from([0x41]) : Buffer.alloc(0)]);
    case 1:
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16(), Buffer.from([0x41])]);
    case 2:
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<html><body>${text}</body></html>`)]);
    case 3:
      return Buffer.from(Array.from({ length: r.int(1, 3000) }, () => r.int(0, 255)));
    default:
      return Buffer.from(`<html><head><meta charset="${r.pick(['gb2312', 'big5', 'shift_jis', 'utf-16le', 'koi8-r'])}"></head><body>${text}</body></html>`, 'latin1');
  }
}

/** The families, with their share of the inputs and a name hint for format sniffing. */
const FAMILIES: readonly { family: string; weight: number; ext: string; make: (r: Rand) => Buffer }[] = [
  { family: 'text-tokens', weight: 14, ext: 'txt', make: (r) => Buffer.from(tokenText(r, r.int(1, 600))) },
  { family: 'text-runs', weight: 8, ext: 'txt', make: (r) => Buffer.from(runText(r)) },
  { family: 'text-mutated', weight: 14, ext: 'txt', make: (r) => mutate(r, r.pick(BASES.text)) },
  { family: 'html-random', weight: 12, ext: 'html', make: (r) => Buffer.from(randomHtml(r)) },
  { family: 'html-nested', weight: 2, ext: 'html', make: (r) => Buffer.from(nestedHtml(r.int(1000, 30000), tokenText(r, 20))) },
  { family: 'html-mutated', weight: 10, ext: 'html', make: (r) => mutate(r, r.pick(BASES.html)) },
  { family: 'docx-random', weight: 10, ext: 'docx', make: randomDocx },
  { family: 'docx-mutated', weight: 8, ext: 'docx', make: (r) => mutate(r, r.pick(BASES.docx)) },
  { family: 'pdf-random', weight: 5, ext: 'pdf', make: randomPdf },
  { family: 'pdf-mutated', weight: 2, ext: 'pdf', make: (r) => mutate(r, randomPdf(r)) },
  { family: 'zip', weight: 9, ext: 'zip', make: randomZip },
  { family: 'encoding', weight: 6, ext: 'txt', make: oddEncoding },
];
const TOTAL_WEIGHT = FAMILIES.reduce((s, f) => s + f.weight, 0);

/** Input `index` of `seed`. */
export function generate(seed: number, index: number): FuzzInput {
  const r = new Rand(prng((seed * 0x9e3779b1) ^ (index * 0x85ebca6b)));
  let w = r.int(0, TOTAL_WEIGHT - 1);
  let f = FAMILIES[0]!;
  for (const fam of FAMILIES) {
    if (w < fam.weight) {
      f = fam;
      break;
    }
    w -= fam.weight;
  }
  // The name hints at a format only some of the time: the bytes must decide.
  const ext = r.chance(0.8) ? f.ext : r.pick(['txt', 'html', 'docx', 'pdf', 'zip', 'bin']);
  return { name: `fuzz-${seed}-${index}-${f.family}.${ext}`, family: f.family, bytes: f.make(r) };
}
