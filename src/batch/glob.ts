/**
 * A small glob, since Node 20 has no `fs.promises.glob`: `*` and `?` within one path
 * segment, `**` for any number of segments, `[...]` classes. Matches files only, sorted.
 */
import { readdir } from 'node:fs/promises';

const MAGIC = /[*?[]/;

/** True when `s` has glob characters. */
export const hasMagic = (s: string): boolean => MAGIC.test(s);

/** One path segment's pattern as an anchored RegExp. */
export function segmentRegExp(segment: string): RegExp {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] ?? '';
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        const body = segment.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Files matching `pattern` (relative to the cwd, or absolute), spelled with the pattern's own prefix. */
export async function glob(pattern: string): Promise<string[]> {
  const absolute = pattern.startsWith('/');
  const parts = pattern.split('/').filter((p, i) => p !== '' || i === 0);
  const firstMagic = parts.findIndex(hasMagic);
  const baseParts = firstMagic < 0 ? parts : parts.slice(0, firstMagic);
  const base = absolute ? `/${baseParts.filter(Boolean).join('/')}` : baseParts.join('/');
  const rest = firstMagic < 0 ? [] : parts.slice(firstMagic);
  const out: string[] = [];
  await walk(base, rest, out);
  return [...new Set(out)].sort();
}

async function walk(dir: string, rest: readonly string[], out: string[]): Promise<void> {
  const [head, ...tail] = rest;
  if (head === undefined) return;
  let entries;
  try {
    entries = await readdir(dir === '' ? '.' : dir, { withFileTypes: true });
  } catch {
    return; // a directory that cannot be read has no matches
  }
  const at = (name: string): string => (dir === '' ? name : dir.endsWith('/') ? dir + name : `${dir}/${name}`);
  if (head === '**') {
    await walk(dir, tail, out); // zero segments
    for (const e of entries) {
      if (e.isDirectory() && !e.name.startsWith('.')) await walk(at(e.name), rest, out);
    }
    return;
  }
  const re = segmentRegExp(head);
  for (const e of entries) {
    if (!re.test(e.name) || (e.name.startsWith('.') && !head.startsWith('.'))) continue;
    if (tail.length === 0) {
      if (e.isFile()) out.push(at(e.name));
    } else if (e.isDirectory()) await walk(at(e.name), tail, out);
  }
}
