/**
 * Finding 8 of issue 9, the file system: stat first, refuse by size without reading, skip
 * what is not a regular file, and give permission problems their own code. Every file is
 * made here (a FIFO, a sparse file of 3 GiB that takes no disk, a file without read permission).
 */
import { execFileSync } from 'node:child_process';
import { chmod, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs, type WorkItem } from '../../src/batch/inputs.js';
import { extractDocument } from '../../src/document.js';
import { fsErrorCode } from '../../src/ingest/read.js';

const REPORT = '全年完成门诊168051人次,同比增长12.5%。';
const isRoot = process.getuid?.() === 0;

async function items(inputs: string[]): Promise<WorkItem[]> {
  const out: WorkItem[] = [];
  for await (const item of expandInputs(inputs)) out.push(item);
  return out;
}

const summary = (list: readonly WorkItem[], dir: string): string[] =>
  list.map((i) => `${i.source.slice(dir.length + 1)} ${i.kind === 'error' ? i.error.code : i.kind}`);

describe('documents on disk', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zb-files-'));
    await writeFile(join(dir, 'a.txt'), REPORT);
    execFileSync('mkfifo', [join(dir, 'b-fifo.txt')]);
    const big = await open(join(dir, 'c-big.txt'), 'w');
    await big.truncate(3 * 1024 ** 3); // sparse: no disk used
    await big.close();
    await writeFile(join(dir, 'd-locked.txt'), REPORT);
    await chmod(join(dir, 'd-locked.txt'), 0o000);
  });
  afterAll(async () => {
    await chmod(join(dir, 'd-locked.txt'), 0o600).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });

  it('skips a FIFO in a scanned folder and refuses the 3 GiB file unread', async () => {
    const found = summary(await items([dir]), dir);
    expect(found).toEqual(['a.txt path', 'c-big.txt too_large', 'd-locked.txt path']);
  });

  it('gives a FIFO named explicitly unsupported_format instead of blocking on it', async () => {
    const [item] = await items([join(dir, 'b-fifo.txt')]);
    expect(item?.kind === 'error' && item.error.code).toBe('unsupported_format');
    const result = await extractDocument(join(dir, 'b-fifo.txt'));
    expect(!result.ok && result.error.message).toMatch(/not a regular file/u);
  });

  it('refuses the 3 GiB file by its size, without reading it', async () => {
    const result = await extractDocument(join(dir, 'c-big.txt'));
    expect(!result.ok && result.error.code).toBe('too_large');
    expect(!result.ok && result.error.message).toContain(`${3 * 1024 ** 3} bytes`);
  });

  it.skipIf(isRoot)('gives an unreadable file permission_denied', async () => {
    const result = await extractDocument(join(dir, 'd-locked.txt'));
    expect(!result.ok && result.error.code).toBe('permission_denied');
  });

  it.each([
    ['ENOENT', 'not_found'],
    ['ENOTDIR', 'not_found'],
    ['EACCES', 'permission_denied'],
    ['EPERM', 'permission_denied'],
    ['EISDIR', 'unsupported_format'],
    ['ERR_FS_FILE_TOO_LARGE', 'too_large'],
  ])('maps the file-system error %s to %s', (errno, code) => {
    expect(fsErrorCode(Object.assign(new Error(errno), { code: errno }))).toBe(code);
  });
});
