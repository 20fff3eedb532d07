/**
 * `zhibiao extract <file|dir|glob|->...`: documents in, records out, errors on stderr,
 * a summary line last. Records are a table on a terminal, JSONL in a pipe or a file
 * (the format follows `--format`, else `--out`'s extension). Exit 0 when every input was
 * read, 1 when some failed (0 with `--allow-failures`, unless none was read), 2 on bad
 * usage, 130 when interrupted.
 */
import { setFlagsFromString } from 'node:v8';
import { defaultJobs } from '../../batch/extract-many.js';
import { runBatch, type BatchSummary } from '../../batch/run-batch.js';
import { cleanMessage } from '../../errors.js';
import { documentRow, type DocumentRow } from '../../output/documents.js';
import { OUTPUT_FORMATS } from '../../output/encoder.js';
import { DEFAULT_TABLE_WIDTH } from '../../output/table.js';
import { countDocuments } from '../count.js';
import { EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, helpText, messageOf, parseCommand, parseCount, usageError, writeLines, type CliIO } from '../io.js';
import { createProgress, plural } from '../progress.js';
import { checkPaths, cliInputs, expandArgs, outputFormat, pathProblem, readStdin, STDIN, writeDocuments, type ExtractPaths } from '../paths.js';

export const USAGE = helpText(
  'zhibiao extract <file|dir|glob|->... [options]',
  [
    'Inputs: .txt .html .htm .docx .pdf .zip files, directories (recursive), globs',
    '(* ? ** [..]), and - for standard input (text, or a document\'s bytes). Records go to',
    'stdout: a table on a terminal, JSONL in a pipe. Exit 0: every input read; 1: some',
    'failed; 2: bad usage; 130: interrupted.',
  ],
  [
    ['-f, --format F', `${OUTPUT_FORMATS.join(', ')}\n(default: --out's extension, else jsonl; table on a terminal)`],
    ['-o, --out FILE', 'write to FILE (via FILE.partial, renamed when complete);\n- for stdout'],
    ['-j, --jobs N', 'worker threads (default and most: the cores; 0 = no threads)'],
    ['    --errors FILE', 'one JSON line per failed document'],
    ['    --documents FILE', 'one row per input document: source, format, title, year,\nrecords, error (JSONL, or CSV when FILE ends in .csv)'],
    ['    --resume', 'continue an interrupted --out FILE (jsonl)'],
    ['    --force', 'start over, discarding the FILE.partial a run left'],
    ['    --allow-failures', 'exit 0 when some inputs failed (1 when none was read)'],
    ['-q, --quiet', 'no progress line'],
    ['    --bom', 'CSV: start with a UTF-8 byte order mark (for Excel)'],
    ['    --year N', 'year for figures whose sentence or title names none\n(1900-2100)'],
    ['    --low-memory', 'V8 optimises for size: lower peak memory and throughput'],
    ['    --timeout S', 'time limit per document in seconds (default 60; 0 = none); a\ndocument over it fails with code timeout, the batch goes on'],
    ['    --max-memory MB', 'heap limit of each worker thread (default 512); a document\nover it fails with code too_large'],
    ['-h, --help', 'this text'],
  ],
);

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  jobs: { type: 'string', short: 'j' },
  errors: { type: 'string' },
  documents: { type: 'string' },
  resume: { type: 'boolean' },
  force: { type: 'boolean' },
  'allow-failures': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  bom: { type: 'boolean' },
  year: { type: 'string' },
  'low-memory': { type: 'boolean' },
  timeout: { type: 'string' },
  'max-memory': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The years `--year` accepts. */
export const YEAR_RANGE = [1900, 2100] as const;

/** `corrupt 4, empty 2, encrypted 2`: most frequent first. */
export function tally(counts: Readonly<Record<string, number | undefined>>): string {
  return Object.entries(counts)
    .filter((e): e is [string, number] => (e[1] ?? 0) > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

export function summaryLine(s: BatchSummary): string {
  const line = `zhibiao: in ${s.in}, ok ${s.ok}, failed ${s.failed}, records ${s.records}, ${s.seconds.toFixed(2)} s`;
  const codes = tally(s.failures);
  return codes ? `${line} (${codes})` : line;
}

/** Extensions a converter turns into .docx, and the hint that says how. */
const CONVERTIBLE = new Set(['.doc', '.wps', '.rtf', '.odt']);

/** The hint for a document named explicitly that is a .doc or .wps: how to make it readable. */
export function convertHint(source: string, code: string): string {
  const ext = /\.[^./!\\]+$/.exec(source)?.[0]?.toLowerCase();
  if (code !== 'unsupported_format' || ext === undefined || !CONVERTIBLE.has(ext)) return '';
  return ` (convert it to .docx first, e.g. libreoffice --headless --convert-to docx FILE${ext})`;
}

/** `skipped 3 files: .doc 1, .wps 1, .jpg 1 (…)`, or null when nothing was skipped. */
export function skippedLine(ignored: readonly string[]): string | null {
  if (!ignored.length) return null;
  const counts = new Map<string, number>();
  for (const source of ignored) {
    const ext = /\.[^./!\\]+$/.exec(source)?.[0]?.toLowerCase() ?? '(no extension)';
    counts.set(ext, (counts.get(ext) ?? 0) + 1);
  }
  const list = [...counts].sort((a, b) => b[1] - a[1]).map(([e, n]) => `${e} ${n}`).join(', ');
  const convertible = [...counts.keys()].filter((e) => CONVERTIBLE.has(e));
  const hint = convertible.length
    ? ` (not supported; convert ${convertible.join(' and ')} to .docx first, e.g. libreoffice --headless --convert-to docx FILE${convertible[0]})`
    : ' (not supported)';
  return `zhibiao: skipped ${plural(ignored.length, 'file')}: ${list}${hint}`;
}

/** The exit code for a finished batch. */
export function exitCode(s: BatchSummary, allowFailures: boolean): number {
  if (s.failed === 0) return EXIT_OK;
  return allowFailures && s.ok > 0 ? EXIT_OK : EXIT_FAILED;
}

/** Checks the numbers; the jobs clamped to the cores (with a warning), or a usage message. */
function numbers(v: { jobs?: string | undefined; year?: string | undefined }, warn: (s: string) => void): { jobs: number; year: number | undefined } | string {
  const most = defaultJobs(); // the cores this process may use
  let jobs = most;
  if (v.jobs !== undefined) {
    if (!/^\d+$/.test(v.jobs)) return `--jobs needs a whole number, not ${v.jobs}`;
    jobs = Number(v.jobs);
    if (jobs > most) {
      warn(`zhibiao extract: warning: --jobs ${v.jobs} is more than the ${plural(most, 'core')} here; using ${most}`);
      jobs = most;
    }
  }
  if (v.year === undefined) return { jobs, year: undefined };
  const year = /^\d{4}$/.test(v.year) ? Number(v.year) : NaN;
  if (!(year >= YEAR_RANGE[0] && year <= YEAR_RANGE[1])) return `--year needs a year from ${YEAR_RANGE[0]} to ${YEAR_RANGE[1]}, not ${v.year}`;
  return { jobs, year };
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommand('extract', argv, { options: OPTIONS, allowPositionals: true }, USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const { values: v, positionals } = parsed;
  if (!positionals.length) return usageError(io, 'extract', 'no inputs (give files, directories, globs, or - for stdin)');
  const toStdout = v.out === undefined || v.out === '-';
  const out = toStdout ? undefined : v.out;
  const chosen = outputFormat(v.format, out, toStdout && io.stdoutIsTTY === true);
  if (!chosen.ok) return usageError(io, 'extract', chosen.message);
  const fmt = chosen.format;
  const n = numbers(v, (line) => writeLines(io.stderr, [line]));
  if (typeof n === 'string') return usageError(io, 'extract', n);
  const timeout = v.timeout === undefined ? undefined : parseCount(v.timeout);
  if (timeout === null) return usageError(io, 'extract', `--timeout needs whole seconds, not ${v.timeout}`);
  const maxMemory = v['max-memory'] === undefined ? undefined : parseCount(v['max-memory']);
  if (maxMemory === null) return usageError(io, 'extract', `--max-memory needs whole MB, not ${v['max-memory']}`);
  if (v.resume && v.force) return usageError(io, 'extract', '--resume and --force contradict each other: continue, or start over');
  if (v.resume && (fmt !== 'jsonl' || out === undefined)) return usageError(io, 'extract', '--resume needs --out FILE in jsonl');
  if (fmt === 'parquet' && out === undefined) return usageError(io, 'extract', 'parquet needs --out FILE');
  if (v.bom && fmt !== 'csv') return usageError(io, 'extract', '--bom is for csv');
  if (positionals.filter((p) => p === STDIN).length > 1) return usageError(io, 'extract', '- (stdin) can be given once');

  const paths: ExtractPaths = {
    inputs: positionals,
    ...(out !== undefined ? { out } : {}),
    ...(v.errors !== undefined ? { errors: v.errors } : {}),
    ...(v.documents !== undefined ? { documents: v.documents } : {}),
  };
  const problem = await checkPaths(paths, { format: fmt, resume: v.resume === true, force: v.force === true });
  if (problem) return usageError(io, 'extract', problem);

  if (v['low-memory']) setFlagsFromString('--optimize-for-size');

  // The progress line is drawn on a terminal. When the records go to that same terminal, it
  // is cleared before each run of records and drawn again below them; on another terminal
  // (stdout and stderr apart) it is not drawn, since the two cannot be kept apart.
  const recordsOnTerminal = toStdout && io.stdoutIsTTY === true;
  const drawProgress = io.isTTY && !v.quiet && (!recordsOnTerminal || io.sameTerminal === true);
  const stdin = positionals.includes(STDIN) ? await readStdin(io) : null;
  const counted = drawProgress ? await countDocuments(expandArgs(positionals)) + (stdin ? 1 : 0) : undefined;
  const progress = createProgress(io.stderr, drawProgress, {
    ...(io.stderrColumns !== undefined ? { columns: io.stderrColumns } : {}),
    ...(counted !== undefined ? { counted } : {}),
  });
  const rows: DocumentRow[] = [];
  const stop = new AbortController();
  let interrupted = false;
  const onSigint = (): void => {
    if (interrupted) process.exit(EXIT_INTERRUPTED); // a second ^C: now
    interrupted = true;
    stop.abort(new Error('interrupted'));
  };
  process.on('SIGINT', onSigint);
  let summary: BatchSummary;
  try {
    summary = await runBatch({
      inputs: cliInputs(positionals, stdin),
      format: fmt,
      stream: recordsOnTerminal ? progress.around(io.stdout) : io.stdout,
      jobs: n.jobs,
      signal: stop.signal,
      width: io.stdoutColumns ?? DEFAULT_TABLE_WIDTH,
      ...(out !== undefined ? { out } : {}),
      ...(v.errors !== undefined ? { errors: v.errors } : {}),
      ...(v.resume ? { resume: true } : {}),
      ...(v.bom ? { bom: true } : {}),
      ...(n.year !== undefined ? { year: n.year } : {}),
      ...(timeout !== undefined ? { timeoutMs: timeout * 1000 } : {}),
      ...(maxMemory !== undefined ? { maxMemoryMb: maxMemory } : {}),
      onProgress: (p) => progress.update(p),
      onError: (e) => progress.note(`${e.source}: ${e.code}: ${cleanMessage(e.message)}${convertHint(e.source, e.code)}`),
      ...(v.documents !== undefined ? { onDocument: (r, count) => void rows.push(documentRow(r, count)) } : {}),
    });
  } catch (e) {
    progress.end();
    if (interrupted) {
      writeLines(io.stderr, [out !== undefined && fmt === 'jsonl' ? 'interrupted: rerun with --resume to continue' : 'interrupted']);
      return EXIT_INTERRUPTED;
    }
    writeLines(io.stderr, [`zhibiao extract: ${pathProblem(e, paths) ?? messageOf(e)}`]);
    return EXIT_FAILED;
  } finally {
    process.off('SIGINT', onSigint);
  }
  progress.end();
  if (v.documents !== undefined) {
    const failed = await writeDocuments(v.documents, rows);
    if (failed) writeLines(io.stderr, [`zhibiao extract: ${failed}`]);
  }
  if (summary.resumed) {
    writeLines(io.stderr, [`zhibiao: resumed ${plural(summary.resumed, 'document')} (${plural(summary.resumedRecords, 'record')}) from ${out ?? ''}`]);
  }
  const skipped = skippedLine(summary.ignored);
  writeLines(io.stderr, [...(skipped ? [skipped] : []), summaryLine(summary)]);
  return exitCode(summary, v['allow-failures'] === true);
}
