/**
 * What a person sees on a terminal: the built CLI on a real pseudo-terminal (util-linux
 * `script`), at a given width. Records as a table fitted to the width (CJK characters are
 * two cells), and a progress line that never mixes with them.
 */
import { readFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { HAS_SCRIPT, runCli, runTty, summaryOf } from './run.js';

const DOCX = 'fixtures/documents/report-with-table.docx';
const tmp = (): Promise<string> => mkdtemp(join(tmpdir(), 'zb-tty-'));

/** The cell at which the `value` column ends on each row (the values are right-aligned). */
function valueEnds(lines: readonly string[], header: string): Set<number> {
  const end = stringWidth(header.slice(0, header.indexOf('value') + 'value'.length));
  const ends = new Set<number>();
  for (const l of lines) {
    // Cut the row at the header's value end, measured in cells: the cell just before must be a digit.
    let cells = 0;
    let i = 0;
    for (const ch of l) {
      if (cells >= end) break;
      cells += stringWidth(ch);
      i += ch.length;
    }
    ends.add(cells);
    expect(l.slice(0, i), l).toMatch(/[\dx%.]$/i);
  }
  return ends;
}

describe.skipIf(!HAS_SCRIPT)('on a terminal (needs util-linux script)', () => {
  it.each([120, 100])('shows a table fitted to %i columns, CJK counted as two cells', async (columns) => {
    const dir = await tmp();
    const r = await runTty(['extract', DOCX], { columns, redirect: `2>${join(dir, 'err.txt')}` });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines[0]).toMatch(/^(source +)?name +value +unit +kind +target +completion$/);
    expect(lines[1]).toMatch(/^[- ]+$/);
    for (const l of lines) expect(stringWidth(l), l).toBeLessThanOrEqual(columns);
    const rows = lines.slice(2, -1);
    expect(rows).toHaveLength(107);
    expect(valueEnds(rows.filter((l) => !/[xX*]{2}/.test(l)), lines[0]!).size).toBe(1); // masked figures show as written
    expect(rows.some((l) => /[\u4e00-\u9fff]/.test(l))).toBe(true);
    expect(r.stdout).toMatch(/高血压病患规范管理服务率 +65\.5 +% +actual +62% +105\.65%/);
    expect(lines.at(-1)).toMatch(/^== fixtures\/documents\/report-with-table\.docx: 107 records/);
    // No JSON on the terminal, and the summary went to stderr.
    expect(r.stdout).not.toContain('{"source"');
    expect(summaryOf(await readFile(join(dir, 'err.txt'), 'utf8'))).toMatchObject({ in: 1, ok: 1, records: 107 });
  });

  it.each([
    [80, /^name +value +unit +kind +target +completion$/],
    [70, /^name +value +unit +kind +target +completion$/],
    [50, /^name +value +unit +target$/],
    [30, /^name +value +unit$/],
  ])('leaves columns out on a narrow terminal (%i), every line still fitting', async (columns, header) => {
    const r = await runTty(['extract', DOCX, '-q'], { columns, redirect: '2>/dev/null' });
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines[0]).toMatch(header);
    for (const l of lines) expect(stringWidth(l), l).toBeLessThanOrEqual(columns);
  });

  it('keeps JSONL when --out or --format says so, even on a terminal', async () => {
    const r = await runTty(['extract', DOCX, '--format', 'jsonl', '-q'], { redirect: '2>/dev/null' });
    const first = r.stdout.split('\n')[0]!;
    expect(JSON.parse(first)).toHaveProperty('name');
  });

  it('clears the progress line before records that go to the same terminal, and draws it below them', async () => {
    const r = await runTty(['extract', 'fixtures/seeds', DOCX, '--jobs', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\r\x1b\[K\d+\/6 docs/); // progress was drawn…
    // …and what the terminal shows (each line as left after its last carriage return) has none of it.
    const shown = r.stdout.split('\n').map((l) => l.slice(l.lastIndexOf('\r') + 1).replace(/\x1b\[K/g, ''));
    expect(shown.filter((l) => /docs\/s/.test(l))).toEqual([]);
    expect(shown[0]).toMatch(/^source +name +value +unit +kind +target +completion$/);
    expect(shown.filter((l) => l.startsWith('== '))).toHaveLength(6);
    expect(shown).toContainEqual(expect.stringMatching(/^zhibiao: in 6, ok 6, failed 0, records \d+, \d+\.\d\d s$/));
  });

  it('draws progress fitted to the width, with the total counted first and "1 error", when stdout is a file', async () => {
    const dir = await tmp();
    const out = join(dir, 'out.jsonl');
    const r = await runTty(['extract', 'fixtures/seeds', 'fixtures/documents/broken/empty.html', '--jobs', '1'], { columns: 50, redirect: `>${out}` });
    expect(r.code).toBe(1);
    const frames = r.stdout.split('\r\x1b[K').filter((f) => /docs/.test(f)).map((f) => f.split('\n').at(-1)!);
    expect(frames.length).toBeGreaterThan(0);
    for (const f of frames) {
      expect(stringWidth(f), f).toBeLessThanOrEqual(49);
      expect(f).toMatch(/^\d+\/6 docs/); // the total known from the start: no "6+"
    }
    expect(r.stdout).not.toMatch(/\b1 errors\b/);
    const last = frames.at(-1)!;
    expect(last).toMatch(/^6\/6 docs, \d+ records, 1 error,/);
    expect(r.stdout.replace(/\r\x1b\[K/g, '\n')).toMatch(/^fixtures\/documents\/broken\/empty\.html: empty: /m);
    const shown = r.stdout.replace(/\r\x1b\[K/g, '\n');
    expect((await readFile(out, 'utf8')).split('\n').filter(Boolean).length).toBe(summaryOf(shown)?.records);
  });
});

describe('the table anywhere', () => {
  it('--format table in a pipe', async () => {
    const r = await runCli(['extract', DOCX, '--format', 'table', '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^source +name +value +unit +kind +target +completion$/);
    for (const l of r.stdout.split('\n')) expect(stringWidth(l)).toBeLessThanOrEqual(100);
  });

  it('npm run sample shows the table', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { scripts: { sample: string } };
    const command = pkg.scripts.sample.split('&&').at(-1)!.trim().split(/\s+/);
    expect(command.slice(0, 2)).toEqual(['node', 'dist/cli/main.js']);
    const r = await runCli(command.slice(2));
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^source +name +value +unit +kind +target +completion$/);
    expect(r.stdout).toMatch(/^== .*: \d+ records/m);
  });
});
