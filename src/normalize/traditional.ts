/**
 * Traditional → simplified with opencc-js, only when the text is detectably traditional,
 * and always length-preserving (character by character when a phrase rule would change length).
 */
import * as OpenCC from 'opencc-js';

/** Frequent characters that exist only in traditional script. */
export const TRADITIONAL_MARKERS =
  /[這們說會與對於為時國來進過還發業經醫衛療縣區開關實現體學機構務聯產員設總種類應辦報點據項達舉際當務導門義衛動響檢測醫療診護理類資費號條幾種數統計劃執個階層嚴]/gu;

/** Share of Han characters that must be traditional markers. */
const THRESHOLD = 0.02;
const SAMPLE = 20_000;

let converter: ((s: string) => string) | undefined;
function convert(s: string): string {
  const run = (converter ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  return run(s);
}

export function isTraditional(text: string): boolean {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han < 4) return false;
  const marks = sample.match(TRADITIONAL_MARKERS)?.length ?? 0;
  return marks / han >= THRESHOLD;
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
