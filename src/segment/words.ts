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

/** Cuts `text`, falling back to single characters if a custom segmenter misbehaves. */
export function cutWords(text: string, segmenter: Segmenter): string[] {
  if (text.length === 0) return [];
  const words = segmenter(text);
  return Array.isArray(words) && words.join('') === text ? words : [...text];
}
