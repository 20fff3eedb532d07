/**
 * Word segmentation for name boundaries. @node-rs/jieba is loaded once, lazily,
 * the first time a clause holding a figure needs cutting; a caller may pass its own
 * segmenter (e.g. `nodejieba.cut`).
 */
import { createRequire } from 'node:module';
import { domainDictText } from '../lexicon/dict.js';

export type Segmenter = (text: string) => string[];

let jieba: Segmenter | undefined;

/** The default segmenter: jieba with its dictionary and the domain words, HMM off. */
export function defaultSegmenter(): Segmenter {
  if (!jieba) {
    const require = createRequire(import.meta.url);
    const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
    const instance = Jieba.withDict(dict);
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
