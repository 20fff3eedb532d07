/**
 * What every command gets and returns: streams to write to, whether stderr is a terminal,
 * and an exit code. Commands never call process.exit and never touch process.stdout.
 */
import type { Writable } from 'node:stream';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CliIO {
  stdout: Writable;
  stderr: Writable;
  /** stderr is a terminal (progress is drawn only then). */
  isTTY: boolean;
}

/** A command module: `src/cli/commands/<name>.ts` exports `run`. */
export interface CommandModule {
  run(argv: string[], io: CliIO): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** Writes lines (each gets "\n"). */
export function writeLines(stream: Writable, lines: readonly string[]): void {
  if (lines.length) stream.write(`${lines.join('\n')}\n`);
}

/** Prints `zhibiao <command>: <message>` and the usage text; returns the usage exit code. */
export function usageError(io: CliIO, command: string, message: string, usage: string): number {
  writeLines(io.stderr, [`zhibiao ${command}: ${message}`, usage]);
  return EXIT_USAGE;
}

/** The message of a parseArgs (or any) error, without node's error-code prefix. */
export const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Parses a non-negative integer option; null when it is not one. */
export function parseCount(s: string | undefined): number | null {
  if (s === undefined || !/^\d+$/.test(s)) return null;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : null;
}

type CommandConfig = Omit<ParseArgsConfig, 'args' | 'strict'> & { options: NonNullable<ParseArgsConfig['options']> };
type Parsed<C extends CommandConfig> = ReturnType<typeof parseArgs<C & { args: string[]; strict: true }>>;

/**
 * Every command's preamble: parse `argv` strictly; on bad usage print the message and the
 * usage text and return the usage exit code; on `--help` print the usage and return 0.
 * Otherwise the parsed values and positionals.
 */
export function parseCommand<C extends CommandConfig>(command: string, argv: string[], config: C, usage: string, io: CliIO): Parsed<C> | number {
  let parsed: Parsed<C>;
  try {
    parsed = parseArgs({ ...config, args: argv, strict: true }) as Parsed<C>;
  } catch (e) {
    return usageError(io, command, messageOf(e), usage);
  }
  if ((parsed.values as { help?: unknown }).help === true) {
    writeLines(io.stdout, [usage]);
    return EXIT_OK;
  }
  return parsed;
}
