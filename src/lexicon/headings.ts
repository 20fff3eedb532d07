/** Heading patterns, outermost first; the index is the level in the section path. */
export interface HeadingPattern {
  readonly level: number;
  readonly id: string;
  readonly pattern: RegExp;
}

const ZH = '[一二三四五六七八九十]{1,3}';

export const HEADING_PATTERNS: readonly HeadingPattern[] = [
  { level: 1, id: 'zh-dun', pattern: new RegExp(`^${ZH}、`, 'u') },
  { level: 2, id: 'zh-paren', pattern: new RegExp(`^\\(${ZH}\\)`, 'u') },
  { level: 3, id: 'arabic-dot', pattern: /^\d{1,2}(?:\.(?!\d)|、)/u },
  { level: 4, id: 'arabic-paren', pattern: /^\(\d{1,2}\)/u },
  { level: 5, id: 'zh-shi', pattern: new RegExp(`^(?:第${ZH}个?是|${ZH}是)`, 'u') },
];

/** Longest heading text kept in a section path (characters). */
export const HEADING_MAX = 60;
