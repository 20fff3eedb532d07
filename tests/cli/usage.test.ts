/** What a person sees when they get the command line wrong, or ask for help: the built CLI, as run from a shell. */
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { runCli, summaryOf } from './run.js';

const COMMANDS = ['extract', 'eval', 'schema', 'enqueue', 'worker', 'status', 'collect'];

describe('usage errors: one line, a did-you-mean, where the help is', () => {
  it.each([
    [['extrct', 'a.txt'], "zhibiao: unknown command extrct (did you mean extract?)", "Run 'zhibiao --help' for usage."],
    [['help', 'evl'], 'zhibiao: unknown command evl (did you mean eval?)', "Run 'zhibiao --help' for usage."],
    [['frobnicate'], 'zhibiao: unknown command frobnicate', "Run 'zhibiao --help' for usage."],
    [['extract', 'a.txt', '--formt', 'csv'], 'zhibiao extract: unknown option --formt (did you mean --format?)', "Run 'zhibiao extract --help' for usage."],
    [['extract', 'a.txt', '--jbos', '2'], 'zhibiao extract: unknown option --jbos (did you mean --jobs?)', "Run 'zhibiao extract --help' for usage."],
    [['extract', 'a.txt', '-x'], 'zhibiao extract: unknown option -x', "Run 'zhibiao extract --help' for usage."],
    [['extract', 'a.txt', '-f'], 'zhibiao extract: option --format needs a value', "Run 'zhibiao extract --help' for usage."],
    [['extract', 'a.txt', '--format'], 'zhibiao extract: option --format needs a value', "Run 'zhibiao extract --help' for usage."],
    [['extract', 'a.txt', '--resume=yes', '--out', 'x.jsonl'], 'zhibiao extract: option --resume takes no value', "Run 'zhibiao extract --help' for usage."],
    [['extract', 'a.txt', '--format', 'jsnl'], 'zhibiao extract: unknown --format jsnl (one of jsonl, json, csv, parquet, table; did you mean jsonl?)', "Run 'zhibiao extract --help' for usage."],
    [['schema', 'extra'], 'zhibiao schema: unexpected argument extra (this command takes options only)', "Run 'zhibiao schema --help' for usage."],
    [['eval', '--gold', 'g.jsonl', '--perd', 'p.jsonl'], 'zhibiao eval: unknown option --perd (did you mean --pred?)', "Run 'zhibiao eval --help' for usage."],
    [['collect', '--format', 'xml', '--out', 'x'], 'zhibiao collect: unknown --format xml (one of jsonl, csv)', "Run 'zhibiao collect --help' for usage."],
    [['--verison'], "zhibiao: unknown option --verison (did you mean --version?); a command comes first", "Run 'zhibiao --help' for usage."],
  ])('%j', async (args, first, second) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${first}\n${second}\n`);
    expect(r.stderr).not.toMatch(/ERR_PARSE_ARGS|To specify a positional argument|usage: zhibiao/);
  });

  it.each([
    [['--year', '20233'], '--year needs a year from 1900 to 2100, not 20233'],
    [['--year', '1066'], '--year needs a year from 1900 to 2100, not 1066'],
    [['--year', '二〇二三'], '--year needs a year from 1900 to 2100, not 二〇二三'],
    [['--resume', '--force', '--out', 'x.jsonl'], '--resume and --force contradict each other'],
    [['--bom'], '--bom is for csv'],
  ])('extract a.txt %j is refused before anything is read', async (extra, message) => {
    const r = await runCli(['extract', 'fixtures/seeds/000_f4c5eb871e2be798.txt', ...extra]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(summaryOf(r.stderr)).toBeNull();
  });
});

describe('option values', () => {
  it('are case-insensitive (--format CSV, --format Jsonl)', async () => {
    const csv = await runCli(['extract', 'fixtures/seeds/000_f4c5eb871e2be798.txt', '--format', 'CSV', '-q']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith('source,name,value,value_max,unit,')).toBe(true);
    const jsonl = await runCli(['extract', 'fixtures/seeds/000_f4c5eb871e2be798.txt', '-f', 'Jsonl', '-q']);
    expect(JSON.parse(jsonl.stdout.split('\n')[0]!)).toHaveProperty('source');
  });

  it('--year within range is taken', async () => {
    const r = await runCli(['extract', 'fixtures/seeds/000_f4c5eb871e2be798.txt', '--year', '2021', '-q']);
    expect(r.code).toBe(0);
  });

  it('--jobs above the cores is clamped to them, with a warning', async () => {
    const cores = availableParallelism();
    const r = await runCli(['extract', 'fixtures/seeds/000_f4c5eb871e2be798.txt', '--jobs', '64', '-q']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`zhibiao extract: warning: --jobs 64 is more than the ${cores} ${cores === 1 ? 'core' : 'cores'} here; using ${cores}`);
    const fine = await runCli(['extract', 'fixtures/seeds/000_f4c5eb871e2be798.txt', '--jobs', '1', '-q']);
    expect(fine.stderr).not.toContain('warning');
  });
});

describe('help and version', () => {
  it('-V and --version print the version', async () => {
    for (const flag of ['-V', '--version']) {
      const r = await runCli([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^zhibiao \d+\.\d+\.\d+\n$/);
    }
  });

  it.each(COMMANDS)('help %s is the same as --help, starting with a usage: line, its options aligned', async (command) => {
    const viaHelp = await runCli(['help', command]);
    const viaFlag = await runCli([command, '--help']);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toBe(viaFlag.stdout);
    expect(viaHelp.stdout.startsWith(`usage: zhibiao ${command}`)).toBe(true);
    // Option lines start with two spaces then "-"; their descriptions start in one column.
    const starts = viaHelp.stdout
      .split('\n')
      .filter((l) => /^ {2}(-\w, )?--?[\w-]/.test(l) || /^ {6}--[\w-]/.test(l))
      .map((l) => /^( *\S.*?\S {2,})\S/.exec(l)?.[1]?.length);
    expect(starts.length).toBeGreaterThan(0);
    expect(new Set(starts).size, viaHelp.stdout).toBe(1);
  });

  it('the overview lists every command, the exit codes and how to get help on one', async () => {
    const r = await runCli(['--help']);
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^ {2}${c} +\\S`, 'm'));
    expect(r.stdout).toContain('zhibiao help <command>');
    expect(r.stdout).toMatch(/exit codes: 0 every input read, 1 some failed, 2 bad usage, 3 Redis unreachable/);
  });
});
