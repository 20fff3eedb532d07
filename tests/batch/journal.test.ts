import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { journalPath, loadJournal } from '../../src/batch/journal.js';

const line = (source: string, end: number, records = 1): string =>
  `${JSON.stringify({ source, hash: `h-${source}`, records, end })}\n`;

async function setup(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'zb-journal-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return join(dir, 'o.jsonl');
}

describe('loadJournal', () => {
  it('is a fresh start when there is nothing to resume', async () => {
    const out = await setup({});
    expect(await loadJournal(out)).toEqual({ done: new Map(), records: 0, resumed: false });
  });

  it('cuts records after the last complete document, and a torn journal line', async () => {
    const out = await setup({
      'o.jsonl.partial': 'A1\nB1\nB2\nC1\nC',
      'o.jsonl.resume': `${line('a', 3)}${line('b', 9, 2)}{"source":"c","ha`,
    });
    const state = await loadJournal(out);
    expect([...state.done.keys()]).toEqual(['a', 'b']);
    expect(state.records).toBe(3);
    expect(await readFile(`${out}.partial`, 'utf8')).toBe('A1\nB1\nB2\n');
    expect(await readFile(journalPath(out), 'utf8')).toBe(`${line('a', 3)}${line('b', 9, 2)}`);
  });

  it('drops journal lines whose bytes are not in the output', async () => {
    const out = await setup({ 'o.jsonl.partial': 'A1\n', 'o.jsonl.resume': `${line('a', 3)}${line('b', 6)}` });
    const state = await loadJournal(out);
    expect([...state.done.keys()]).toEqual(['a']);
    expect(await readFile(`${out}.partial`, 'utf8')).toBe('A1\n');
  });

  it('empties the output when the journal is empty', async () => {
    const out = await setup({ 'o.jsonl.partial': 'X1\nX2\n' });
    expect((await loadJournal(out)).done.size).toBe(0);
    expect(await readFile(`${out}.partial`, 'utf8')).toBe('');
  });

  it('continues from a finished output when there is no partial one', async () => {
    const out = await setup({ 'o.jsonl': 'A1\n', 'o.jsonl.resume': line('a', 3) });
    const state = await loadJournal(out);
    expect([...state.done.keys()]).toEqual(['a']);
    expect(await readFile(`${out}.partial`, 'utf8')).toBe('A1\n');
    expect(await readFile(out, 'utf8')).toBe('A1\n');
  });
});
