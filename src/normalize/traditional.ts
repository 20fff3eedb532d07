/**
 * Traditional → simplified with opencc-js, only when the text is detectably traditional,
 * and always length-preserving (character by character when a phrase rule would change length).
 */
import * as OpenCC from 'opencc-js';

/** Frequent characters that exist only in traditional script. */
export const TRADITIONAL_MARKERS =
  '這們說會與對於為時國來進過還發業經醫衛療縣區開關實現體學機構務聯產員設總種類應辦報點據項達舉際當導門義動響檢測診護理資費號條幾數統計劃執個階層嚴';

/** The markers as a table over the Han block (a byte per code unit from U+3400): one read per character. */
const HAN_FIRST = 0x3400;
const HAN_LAST = 0x9fff;
const MARKER_TABLE = new Uint8Array(HAN_LAST - HAN_FIRST + 1);
for (const c of TRADITIONAL_MARKERS) MARKER_TABLE[c.charCodeAt(0) - HAN_FIRST] = 1;

/** Share of Han characters that must be traditional markers. */
const THRESHOLD = 0.02;
/** Han characters looked at before deciding. */
const SAMPLE_HAN = 4000;

let converter: ((s: string) => string) | undefined;
function convert(s: string): string {
  const run = (converter ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  return run(s);
}

export function isTraditional(text: string): boolean {
  let han = 0;
  let marks = 0;
  for (let i = 0; i < text.length && han < SAMPLE_HAN; i++) {
    const c = text.charCodeAt(i);
    if (c < HAN_FIRST || c > HAN_LAST) continue;
    han++;
    marks += MARKER_TABLE[c - HAN_FIRST]!;
  }
  return han >= 4 && marks / han >= THRESHOLD;
}

export function toSimplified(text: string): string {
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    const c = convert(ch);
    out += c.length === ch.length ? c : ch;
  }
  return out;
}
