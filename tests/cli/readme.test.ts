/**
 * The README as a user follows it: the install step works from another folder, and the
 * 简体中文 section says what the English one says (every option, exit code, record field and
 * CSV column), in Chinese typography (full-width punctuation in prose).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { COLUMN_NAMES } from '../../src/output/columns.js';
import { IndicatorRecordSchema } from '../../src/schema.js';

const run = promisify(execFile);
const readme = await readFile('README.md', 'utf8');
const cut = readme.indexOf('## 简体中文');
const english = readme.slice(0, cut);
const chinese = readme.slice(cut);

/** The prose of a Markdown text: fenced blocks, code spans and link targets taken out. */
const prose = (md: string): string =>
  md.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '').replace(/\]\([^)]*\)/g, ']');

describe('the 简体中文 section says what the English one says', () => {
  const options = (md: string): Set<string> => new Set([...md.matchAll(/--[a-z][a-z-]+/g)].map((m) => m[0]));
  it('every option', () => {
    const missing = [...options(english)].filter((o) => !chinese.includes(o));
    expect(missing).toEqual([]);
  });
  it('every exit code', () => {
    for (const code of ['| 0 |', '| 1 |', '| 2 |', '| 3 |', '| 130 |']) expect(chinese).toContain(code);
  });
  it('every record field, the CSV columns and the error codes', () => {
    for (const field of Object.keys(IndicatorRecordSchema.shape)) expect(chinese, field).toContain(`\`${field}\``);
    for (const c of ['value_max', 'duplicate_of', 'target_value', 'docs/analytics.md']) expect(chinese).toContain(c);
    for (const code of ['unsupported_format', 'empty', 'corrupt', 'encrypted', 'no_text_layer', 'too_large', 'decode_failed', 'unsafe_path', 'nested_archive', 'not_found', 'internal']) {
      expect(chinese, code).toContain(`\`${code}\``);
    }
    expect(COLUMN_NAMES.length).toBeGreaterThan(20);
  });
  it('the library API, Parquet, the gold format of eval, the limits', () => {
    for (const s of ['extractDocument', 'extractMany', 'parseDocument', 'recordJsonSchema', '@duckdb/node-api', '"doc": "2024-report"', '--template', '### 局限', 'no_text_layer']) {
      expect(chinese, s).toContain(s);
    }
  });
  it('with full-width punctuation in its prose', () => {
    const text = prose(chinese);
    const halfWidth = [...text.matchAll(/[\u4e00-\u9fff][,;:?!()]|[,;:?!()][\u4e00-\u9fff]/gu)].map((m) => m[0]);
    expect(halfWidth).toEqual([]);
    expect(text).toMatch(/，/);
    expect(text).toMatch(/。/);
  });
});

describe("the README's install step", () => {
  it('npm install -g . gives a zhibiao command that works from another folder', async () => {
    const prefix = await mkdtemp(join(tmpdir(), 'zb-prefix-'));
    const work = await mkdtemp(join(tmpdir(), 'zb-work-'));
    await run('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', '--ignore-scripts', '.'], { cwd: resolve('.') });
    const bin = join(prefix, 'bin', 'zhibiao');
    const version = await run(bin, ['--version'], { cwd: work });
    expect(version.stdout).toMatch(/^zhibiao \d+\.\d+\.\d+\n$/);
    await writeFile(join(work, 'report.txt'), await readFile('fixtures/seeds/000_f4c5eb871e2be798.txt'));
    const r = await run(bin, ['extract', 'report.txt', '--out', 'records.csv', '-q'], { cwd: work });
    expect(r.stderr).toMatch(/^zhibiao: in 1, ok 1, failed 0, records \d+/m);
    expect((await readFile(join(work, 'records.csv'), 'utf8')).startsWith('source,name,value,')).toBe(true);
  }, 120_000);
});
