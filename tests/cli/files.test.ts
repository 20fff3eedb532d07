/**
 * Files in, files out, as a person or a pipeline runs the built command: stdin and stdout
 * as `-`, the format from `--out`'s extension, nothing overwritten or thrown away without
 * a word, an interrupted run resumable, and errors that name the path the user gave.
 */
import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../ingest/zip-writer.js';
import { runCli, startCli, summaryOf } from './run.js';

const SEED = 'fixtures/seeds/000_f4c5eb871e2be798.txt';
const DOCX = 'fixtures/documents/report-with-table.docx';
const tmp = (): Promise<string> => mkdtemp(join(tmpdir(), 'zb-files-'));
const jsonl = (text: string): Record<string, unknown>[] => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
const exists = (p: string): Promise<boolean> => stat(p).then(() => true, () => false);

describe('- for stdin and stdout', () => {
  it('reads text from stdin', async () => {
    const text = await readFile(SEED);
    const viaStdin = await runCli(['extract', '-', '-q'], { stdin: text });
    const viaFile = await runCli(['extract', SEED, '-q']);
    expect(viaStdin.code).toBe(0);
    const a = jsonl(viaStdin.stdout);
    expect(a.length).toBe(jsonl(viaFile.stdout).length);
    expect(a.every((r) => r.source === '<stdin>')).toBe(true);
  });

  it("reads a document's bytes (DOCX) and a zip's entries from stdin", async () => {
    const docx = await runCli(['extract', '-', '-q'], { stdin: await readFile(DOCX) });
    expect(jsonl(docx.stdout)).toHaveLength(107);
    const zip = writeZip([{ name: 'a/seed.txt', data: await readFile(SEED) }, { name: 'b.docx', data: await readFile(DOCX) }]);
    const r = await runCli(['extract', '-', '-q'], { stdin: zip });
    const sources = new Set(jsonl(r.stdout).map((x) => x.source));
    expect([...sources]).toEqual(['<stdin>!a/seed.txt', '<stdin>!b.docx']);
  });

  it('--out - writes the records to stdout', async () => {
    const r = await runCli(['extract', SEED, '--out', '-', '--format', 'csv', '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('source,name,value,')).toBe(true);
  });
});

describe('--out: the format from its extension', () => {
  it.each([
    ['r.csv', (t: string) => t.startsWith('source,name,value,value_max,')],
    ['r.json', (t: string) => Array.isArray(JSON.parse(t))],
    ['r.jsonl', (t: string) => jsonl(t).length > 0],
    ['r.ndjson', (t: string) => jsonl(t).length > 0],
    ['r.txt', (t: string) => jsonl(t).length > 0],
  ])('%s', async (name, check) => {
    const dir = await tmp();
    const r = await runCli(['extract', SEED, '--out', join(dir, name)]);
    expect(r.code).toBe(0);
    expect(check(await readFile(join(dir, name), 'utf8'))).toBe(true);
  });

  it.each([
    ['csv', 'r.parquet', 'parquet'],
    ['jsonl', 'r.csv', 'csv'],
    ['table', 'r.json', 'json'],
  ])('refuses --format %s with --out %s', async (format, name, implied) => {
    const dir = await tmp();
    const out = join(dir, name);
    const r = await runCli(['extract', SEED, '--format', format, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--format ${format} does not match --out ${out} (a .${name.split('.')[1]} file is ${implied})`);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('nothing destroyed without a word', () => {
  it('refuses to overwrite an input, named directly, by a glob, or inside an input directory', async () => {
    const dir = await tmp();
    const input = join(dir, 'a.txt');
    await writeFile(input, await readFile(SEED));
    const before = await readFile(input, 'utf8');
    for (const args of [
      ['extract', input, '--out', input],
      ['extract', `${dir}/*.txt`, '--out', input],
      ['extract', dir, '--out', join(dir, 'records.txt')],
      ['extract', input, '--errors', input, '--out', join(dir, 'x.jsonl')],
    ]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/is one of the inputs; it would be overwritten|is inside the input directory/);
    }
    expect(await readFile(input, 'utf8')).toBe(before);
    // A JSONL output inside an input directory is fine: it is not read as an input.
    const ok = await runCli(['extract', dir, '--out', join(dir, 'records.jsonl')]);
    expect(ok.code).toBe(0);
  });

  it('refuses to throw away FILE.partial without --resume or --force', async () => {
    const dir = await tmp();
    const out = join(dir, 'r.jsonl');
    await writeFile(`${out}.partial`, 'half a run\n');
    const r = await runCli(['extract', SEED, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${out}.partial is left from an interrupted run; add --resume to continue it, or --force to start over`);
    expect(await readFile(`${out}.partial`, 'utf8')).toBe('half a run\n');
    const csv = await runCli(['extract', SEED, '--out', join(dir, 'r.csv')]);
    expect(csv.code).toBe(0);
    await writeFile(join(dir, 'r.csv.partial'), 'x');
    const csvAgain = await runCli(['extract', SEED, '--out', join(dir, 'r.csv')]);
    expect(csvAgain.stderr).toContain('r.csv.partial is left from an interrupted run; add --force to start over');
    const forced = await runCli(['extract', SEED, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(await exists(`${out}.partial`)).toBe(false);
    expect(jsonl(await readFile(out, 'utf8')).length).toBe(summaryOf(forced.stderr)?.records);
  });

  it('names the path the user gave when an output cannot be written', async () => {
    const dir = await tmp();
    const cases: [string[], string][] = [
      [['--out', join(dir, 'no/such/dir/r.jsonl')], `cannot write --out ${join(dir, 'no/such/dir/r.jsonl')}: no directory ${join(dir, 'no/such/dir')}`],
      [['--out', dir], `cannot write --out ${dir}: it is a directory`],
      [['--errors', join(dir, 'nope', 'e.jsonl')], `cannot write --errors ${join(dir, 'nope', 'e.jsonl')}: no directory`],
      [['--documents', join(dir, 'nope', 'd.csv')], `cannot write --documents ${join(dir, 'nope', 'd.csv')}: no directory`],
      [['--out', join(dir, 'a.jsonl'), '--errors', join(dir, 'a.jsonl')], `--errors ${join(dir, 'a.jsonl')} is also --out`],
    ];
    for (const [extra, message] of cases) {
      const r = await runCli(['extract', SEED, ...extra]);
      expect(r.code, extra.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toContain('.partial');
    }
  });
});

describe('an interrupted run', () => {
  it('SIGINT says how to continue, keeps FILE.partial, and --resume finishes the job', async () => {
    const dir = await tmp();
    const docs = join(dir, 'docs');
    await mkdir(docs);
    const seed = await readFile(SEED, 'utf8');
    for (let i = 0; i < 1000; i++) await writeFile(join(docs, `${String(i).padStart(4, '0')}.txt`), `${seed}\n第${i}份。`);
    const out = join(dir, 'r.jsonl');
    const { child, done } = startCli(['extract', docs, '--out', out, '--jobs', '1']);
    for (let i = 0; i < 200 && !((await stat(`${out}.resume`).catch(() => null))?.size ?? 0); i++) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    const r = await done;
    expect(r.code).toBe(130);
    expect(r.stderr).toContain('interrupted: rerun with --resume to continue');
    expect(await exists(`${out}.partial`)).toBe(true);
    expect(await exists(out)).toBe(false);
    const resumed = await runCli(['extract', docs, '--out', out, '--resume']);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(/^zhibiao: resumed \d+ documents/m);
    const sources = jsonl(await readFile(out, 'utf8')).map((x) => x.source as string);
    expect(new Set(sources).size).toBe(1000);
  }, 60_000);

  it('leaves nothing a *.jsonl glob would read as records: the resume state is FILE.resume while running, removed on success', async () => {
    const dir = await tmp();
    const out = join(dir, 'r.jsonl');
    const r = await runCli(['extract', 'fixtures/seeds', '--out', out]);
    expect(r.code).toBe(0);
    const names = await readdir(dir);
    expect(names).toEqual(['r.jsonl']); // no .partial, no resume state once the output is complete
  });
});

describe('unsupported files, reported the same in a directory and in a zip', () => {
  const files = [
    { name: 'a.doc', data: 'old word' },
    { name: 'b.wps', data: 'wps' },
    { name: 'c.jpg', data: 'jpeg' },
    { name: 'd.txt', data: '全年接种疫苗1500人次。' },
  ];
  const line = 'zhibiao: skipped 3 files: .doc 1, .wps 1, .jpg 1 (not supported; convert .doc and .wps to .docx first, e.g. libreoffice --headless --convert-to docx FILE.doc)';

  it('in a directory', async () => {
    const dir = await tmp();
    for (const f of files) await writeFile(join(dir, f.name), f.data);
    const r = await runCli(['extract', dir, '-q']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(line);
    expect(summaryOf(r.stderr)).toMatchObject({ in: 1, ok: 1, failed: 0 });
  });

  it('in a zip', async () => {
    const dir = await tmp();
    await writeFile(join(dir, 'a.zip'), writeZip(files.map((f) => ({ name: f.name, data: f.data }))));
    const r = await runCli(['extract', join(dir, 'a.zip'), '-q']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(line);
    expect(summaryOf(r.stderr)).toMatchObject({ in: 1, ok: 1, failed: 0 });
  });
});

describe('a .doc named on the command line', () => {
  it('fails with the hint to convert it', async () => {
    const dir = await tmp();
    await writeFile(join(dir, 'old.doc'), Buffer.from('d0cf11e0a1b11ae1000000000000000000', 'hex'));
    const r = await runCli(['extract', join(dir, 'old.doc'), '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(dir, 'old.doc')}: unsupported_format: not a supported document format: a legacy Office (OLE) file (convert it to .docx first, e.g. libreoffice --headless --convert-to docx FILE.doc)`);
  });
});

describe('file names in GBK bytes on disk (as unzip leaves Windows archives)', () => {
  it('are read, and named in simplified Chinese', async () => {
    const dir = await tmp();
    const sub = Buffer.concat([Buffer.from(`${dir}/`), iconv.encode('二〇二三', 'gbk')]);
    await mkdir(sub);
    await writeFile(Buffer.concat([sub, Buffer.from('/'), iconv.encode('工作总结.txt', 'gbk')]), await readFile(SEED));
    await writeFile(Buffer.concat([Buffer.from(`${dir}/`), iconv.encode('报告.zip', 'gbk')]), writeZip([{ name: 'x.txt', data: await readFile(SEED) }]));
    const r = await runCli(['extract', dir, '-q']);
    expect(r.code).toBe(0);
    const sources = [...new Set(jsonl(r.stdout).map((x) => x.source))].sort();
    expect(sources).toEqual([`${dir}/二〇二三/工作总结.txt`, `${dir}/报告.zip!x.txt`].sort());
  });
});

describe('extractDocument on a directory', () => {
  it('is a clear error, not internal', async () => {
    const { extractDocument } = await import('../../dist/index.js');
    const r = await extractDocument('fixtures/seeds');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('unsupported_format');
    expect(r.error.message).toBe('fixtures/seeds is a directory: extractDocument reads one file (use extractMany for a directory)');
  });
});
