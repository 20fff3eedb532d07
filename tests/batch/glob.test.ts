import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glob, hasMagic, segmentRegExp } from '../../src/batch/glob.js';
import { expandInputs, walkDirectory, type WorkItem } from '../../src/batch/inputs.js';

describe('segmentRegExp', () => {
  it.each([
    ['*.txt', 'a.txt', true],
    ['*.txt', 'a.html', false],
    ['a?.txt', 'ab.txt', true],
    ['[ab].txt', 'b.txt', true],
    ['[!ab].txt', 'b.txt', false],
    ['a.txt', 'abtxt', false],
    ['(x)+.txt', '(x)+.txt', true],
  ])('%s matches %s: %s', (pattern, name, expected) => expect(segmentRegExp(pattern).test(name)).toBe(expected));
  it('knows magic', () => {
    expect(hasMagic('a/*.txt')).toBe(true);
    expect(hasMagic('a/b.txt')).toBe(false);
  });
});

async function tree(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'zb-glob-'));
  await mkdir(join(dir, 'sub/deep'), { recursive: true });
  await mkdir(join(dir, '.hidden'));
  for (const f of ['b.txt', 'a.html', 'x.xlsx', 'sub/c.txt', 'sub/deep/d.pdf', '.hidden/e.txt']) {
    await writeFile(join(dir, f), 'x');
  }
  return dir;
}

describe('glob and directory walks', () => {
  it('expands * and ** to sorted files, keeping the given prefix', async () => {
    const dir = await tree();
    expect(await glob(`${dir}/*.txt`)).toEqual([`${dir}/b.txt`]);
    expect(await glob(`${dir}/**/*.txt`)).toEqual([`${dir}/b.txt`, `${dir}/sub/c.txt`]);
    expect(await glob(`${dir}/nothing/*.txt`)).toEqual([]);
  });

  it('walks a directory recursively in name order, supported extensions only', async () => {
    const dir = await tree();
    const found: string[] = [];
    for await (const p of walkDirectory(dir)) if (!('kind' in p)) found.push(p.source.slice(dir.length + 1));
    expect(found).toEqual(['a.html', 'b.txt', 'sub/c.txt', 'sub/deep/d.pdf']);
  });

  it('turns a missing path into a not_found item', async () => {
    const items: WorkItem[] = [];
    for await (const it of expandInputs(['/no/such/file.txt'])) items.push(it);
    expect(items).toHaveLength(1);
    expect(items[0]?.kind === 'error' && items[0].error.code).toBe('not_found');
  });
});
