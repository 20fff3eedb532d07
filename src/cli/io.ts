/**
 * What every command gets and returns: streams to write to, what kind of terminal they
 * are, and an exit code. Commands never call process.exit and never touch process.stdout.
 *
 * Usage errors are one line and a pointer to the help (`Run 'zhibiao extract --help' for
 * usage.`), with a did-you-mean for a misspelt option, as git and cargo do.
 */
import type { Readable, Writable } from 'node:stream';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closest, distance } from 'fastest-levenshtein';

export interface CliIO {
  stdout: Writable;
  stderr: Writable;
  /** stderr is a terminal (progress is drawn only then). */
  isTTY: boolean;
  /** stdout is a terminal (records then come as a table, unless asked otherwise). */
  stdoutIsTTY?: boolean;
  /** Width of the terminal stdout is on, in cells. */
  stdoutColumns?: number;
  /** Width of the terminal stderr is on, in cells. */
  stderrColumns?: number;
  /** Where `-` reads from. */
  stdin?: Readable;
  /** stdout and stderr are the same terminal (a progress line would mix with the records). */
  sameTerminal?: boolean;
}

/** A command module: `src/cli/commands/<name>.ts` exports `run`. */
export interface CommandModule {
  run(argv: string[], io: CliIO): Promise<number>;
}

/** Exit codes, the same for every command (documented in the README). */
export const EXIT_OK = 0;
/** Some inputs failed (or, for a command that reads none, it failed). */
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
/** The Redis server of the queue commands cannot be reached. */
export const EXIT_UNREACHABLE = 3;
/** Stopped by SIGINT (128 + 2, as shells report it). */
export const EXIT_INTERRUPTED = 130;

/** Writes lines (each gets "\n"). */
export function writeLines(stream: Writable, lines: readonly string[]): void {
  if (lines.length) stream.write(`${lines.join('\n')}\n`);
}

/** The line after every usage error. */
export const helpHint = (command: string): string =>
  command ? `Run 'zhibiao ${command} --help' for usage.` : `Run 'zhibiao --help' for usage.`;

/** Prints `zhibiao <command>: <message>` and where the help is; returns the usage exit code. */
export function usageError(io: CliIO, command: string, message: string): number {
  writeLines(io.stderr, [`zhibiao${command ? ` ${command}` : ''}: ${message}`, helpHint(command)]);
  return EXIT_USAGE;
}

/** The message of an error. */
export const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The candidate closest to `word`, when it is close enough to be a likely typo. */
export function didYouMean(word: string, candidates: readonly string[]): string | null {
  if (!candidates.length || !word) return null;
  const best = closest(word, [...candidates]);
  const d = distance(word, best);
  return d > 0 && d <= Math.max(1, Math.floor(best.length / 3)) ? best : null;
}

/** ` (did you mean X?)`, or nothing. */
export const suggestion = (word: string, candidates: readonly string[], show: (s: string) => string = (s) => s): string => {
  const best = didYouMean(word, candidates);
  return best === null ? '' : ` (did you mean ${show(best)}?)`;
};

/** Parses a non-negative integer option; null when it is not one. */
export function parseCount(s: string | undefined): number | null {
  if (s === undefined || !/^\d+$/.test(s)) return null;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : null;
}

/**
 * An option value that must be one of `allowed`, matched without regard to case
 * (`--format CSV`); the canonical spelling, or null.
 */
export function choice<T extends string>(value: string, allowed: readonly T[]): T | null {
  const v = value.toLowerCase();
  return allowed.find((a) => a.toLowerCase() === v) ?? null;
}

/** `unknown --format xml (one of jsonl, csv; did you mean csv?)`. */
export function badChoice(option: string, value: string, allowed: readonly string[]): string {
  const best = didYouMean(value.toLowerCase(), allowed);
  return `unknown --${option} ${value} (one of ${allowed.join(', ')}${best ? `; did you mean ${best}?` : ''})`;
}

type CommandConfig = Omit<ParseArgsConfig, 'args' | 'strict'> & { options: NonNullable<ParseArgsConfig['options']> };
type Parsed<C extends CommandConfig> = ReturnType<typeof parseArgs<C & { args: string[]; strict: true }>>;

/** What a parseArgs error means, said in one short line (node's wording names no command and suggests nothing). */
export function describeParseError(e: unknown, options: CommandConfig['options']): string {
  const code = (e as { code?: unknown }).code;
  const message = messageOf(e);
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = quoted.split('=')[0] ?? quoted;
    // A one-letter typo has too many neighbours to guess from: only long options get a suggestion.
    const long = Object.keys(options).map((n) => `--${n}`);
    return `unknown option ${flag}${flag.startsWith('--') ? suggestion(flag, long) : ''}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
    return message.includes('does not take an argument') ? `option ${flag} takes no value` : `option ${flag} needs a value`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument ${quoted} (this command takes options only)`;
  return message;
}

/**
 * Every command's preamble: parse `argv` strictly; on bad usage print one line and the
 * help hint and return the usage exit code; on `--help` print the usage and return 0.
 * Otherwise the parsed values and positionals.
 */
export function parseCommand<C extends CommandConfig>(command: string, argv: string[], config: C, usage: string, io: CliIO): Parsed<C> | number {
  let parsed: Parsed<C>;
  try {
    parsed = parseArgs({ ...config, args: argv, strict: true }) as Parsed<C>;
  } catch (e) {
    if (argv.includes('--help') || argv.includes('-h')) {
      writeLines(io.stdout, [usage.trimEnd()]);
      return EXIT_OK;
    }
    return usageError(io, command, describeParseError(e, config.options));
  }
  if ((parsed.values as { help?: unknown }).help === true) {
    writeLines(io.stdout, [usage.trimEnd()]);
    return EXIT_OK;
  }
  return parsed;
}

/** One option line of a help text: flags and what they do. */
export type HelpOption = readonly [flags: string, description: string];

/**
 * A usage text: the `usage:` line, a paragraph, then the options in two aligned columns
 * (a long description continues under its own column).
 */
export function helpText(usageLine: string, about: readonly string[], options: readonly HelpOption[]): string {
  const width = Math.max(...options.map(([f]) => f.length));
  const lines = [`usage: ${usageLine}`, ''];
  for (const a of about) lines.push(a ? `  ${a}` : '');
  if (about.length) lines.push('');
  for (const [flags, description] of options) {
    const [first, ...more] = description.split('\n');
    lines.push(`  ${flags.padEnd(width)}  ${first ?? ''}`);
    for (const m of more) lines.push(`  ${' '.repeat(width)}  ${m}`);
  }
  return lines.join('\n');
}
