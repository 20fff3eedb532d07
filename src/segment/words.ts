/**
 * Word segmentation for name boundaries. @node-rs/jieba is loaded once, lazily,
 * the first time a clause holding a figure needs cutting; a caller may pass its own
 * segmenter (e.g. `nodejieba.cut`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { domainDictText } from '../lexicon/dict.js';

export type Segmenter = (text: string) => string[];

let jieba: Segmenter | undefined;

/**
 * Words of jieba's dictionary rarer than this are left out: names only need the boundaries
 * of common words (verbs, function words), and the ~60,000 words kept take 23 MB instead of
 * 53 MB in every worker thread. The seed scores are the same with the full dictionary.
 */
export const JIEBA_MIN_FREQUENCY = 37;

/** jieba's dictionary without its rare words: `word freq tag` lines, kept in file order. */
function commonWords(dict: Buffer): Buffer {
  const text = dict.toString('utf8');
  const kept: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const a = text.indexOf(' ', start);
    if (a > start && a < end) {
      const b = text.indexOf(' ', a + 1);
      const freq = Number(text.slice(a + 1, b > a && b < end ? b : end));
      if (freq >= JIEBA_MIN_FREQUENCY) kept.push(text.slice(start, end));
    }
    start = end + 1;
  }
  return Buffer.from(kept.join('\n'), 'utf8');
}

/** The default segmenter: jieba with its common words and the domain words, HMM off. */
export function defaultSegmenter(): Segmenter {
  if (!jieba) {
    const require = createRequire(import.meta.url);
    const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const dictPath = require.resolve('@node-rs/jieba/dict.txt');
    const instance = Jieba.withDict(commonWords(readFileSync(dictPath)));
    instance.loadDict(Buffer.from(domainDictText(), 'utf8'));
    jieba = (text) => instance.cut(text, false);
  }
  return jieba;
}

/**
 * A segmenter that remembers its cuts for the life of one extract() call: name rules
 * cut the same clause pieces several times while they strip words off them.
 */
export function memoSegmenter(segmenter: Segmenter): Segmenter {
  const seen = new Map<string, string[]>();
  return (text) => {
    let words = seen.get(text);
    if (!words) {
      words = segmenter(text);
      if (seen.size > 4096) seen.clear();
      seen.set(text, words);
    }
    return words;
  };
}

/** Cuts `text`, falling back to single characters if a custom segmenter misbehaves. */
export function cutWords(text: string, segmenter: Segmenter): string[] {
  if (text.length === 0) return [];
  const words = segmenter(text);
  return Array.isArray(words) && words.join('') === text ? words : [...text];
}
