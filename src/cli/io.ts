/**
 * What every command gets and returns: streams to write to, whether stderr is a terminal,
 * and an exit code. Commands never call process.exit and never touch process.stdout.
 */
import type { Writable } from 'node:stream';

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
