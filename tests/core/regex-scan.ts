/**
 * Finds regular-expression literals in JavaScript source: a small tokenizer that skips
 * strings, template literals and comments, and reads `/…/flags` where a regex can start.
 */
export interface Literal {
  source: string;
  flags: string;
  offset: number;
}

const CAN_PRECEDE = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%', '<', '>', '~', '^', '\n']);
const KEYWORDS = /(?:return|typeof|case|do|else|in|of|void|yield|await)$/u;

export function regexLiterals(js: string): Literal[] {
  const out: Literal[] = [];
  let last = '\n';
  let i = 0;
  while (i < js.length) {
    const c = js[i]!;
    if (c === '/' && js[i + 1] === '/') {
      i = js.indexOf('\n', i);
      if (i < 0) break;
      continue;
    }
    if (c === '/' && js[i + 1] === '*') {
      i = js.indexOf('*/', i + 2) + 2;
      if (i < 2) break;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      i = skipString(js, i, c);
      last = 'x';
      continue;
    }
    if (c === '/' && (CAN_PRECEDE.has(last) || KEYWORDS.test(js.slice(Math.max(0, i - 8), i).trimEnd()))) {
      const end = readRegex(js, i);
      if (end > 0) {
        const flags = /^[dgimsuvy]*/u.exec(js.slice(end + 1))![0];
        out.push({ source: js.slice(i + 1, end), flags, offset: i });
        i = end + 1 + flags.length;
        last = 'x';
        continue;
      }
    }
    if (!/\s/u.test(c) || c === '\n') last = c;
    i++;
  }
  return out;
}

function skipString(js: string, i: number, quote: string): number {
  let j = i + 1;
  while (j < js.length && js[j] !== quote) {
    if (js[j] === '\\') j++;
    else if (quote === '`' && js[j] === '$' && js[j + 1] === '{') {
      let depth = 1;
      j += 2;
      while (j < js.length && depth > 0) {
        if (js[j] === '{') depth++;
        else if (js[j] === '}') depth--;
        else if (js[j] === '"' || js[j] === "'" || js[j] === '`') j = skipString(js, j, js[j]!) - 1;
        j++;
      }
      continue;
    }
    j++;
  }
  return j + 1;
}

function readRegex(js: string, i: number): number {
  let inClass = false;
  for (let j = i + 1; j < js.length; j++) {
    const c = js[j]!;
    if (c === '\n') return -1;
    if (c === '\\') j++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) return j;
  }
  return -1;
}
