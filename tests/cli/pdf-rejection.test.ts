/**
 * Found by the fuzz suite (seed 424242, input 8685): a damaged PDF on which pdf.js rejects a
 * promise of its own that nobody awaits. Node ends a process on an unhandled rejection, so
 * in-process extraction (`--jobs 0`) died without its summary; the PDF reader drops pdf.js's
 * stray rejections while it reads. Run in a child process: the test runner listens for
 * unhandled rejections itself, which would hide the crash.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../fuzz/generate.js';
import { runCli, summaryOf } from './run.js';

describe('a PDF that makes pdf.js lose a rejection', () => {
  it.each(['0', '1'])('ends as corrupt with the summary, --jobs %s', async (jobs) => {
    const dir = await mkdtemp(join(tmpdir(), 'zb-pdf-'));
    const file = join(dir, 'damaged.pdf');
    await writeFile(file, generate(424242, 8685).bytes);
    const run = await runCli(['extract', file, '--jobs', jobs, '--quiet']);
    expect(run.stderr).not.toMatch(/Unhandled|FormatError/u);
    expect(run.stderr).toMatch(/damaged\.pdf: corrupt: /u);
    expect(summaryOf(run.stderr)).toMatchObject({ in: 1, ok: 0, failed: 1 });
    expect(run.code).toBe(1);
  }, 30_000);
});
