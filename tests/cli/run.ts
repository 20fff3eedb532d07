/** Spawns the built CLI (dist/cli/main.js), in a pipe or on a real terminal (util-linux `script`). */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  /** Bytes for stdin (else stdin is empty). */
  stdin?: string | Buffer;
  env?: NodeJS.ProcessEnv;
}

/** Starts the CLI; `done` resolves when it exits. */
export function startCli(args: string[], options: CliOptions | string = {}): { child: ChildProcess; done: Promise<CliRun> } {
  const o = typeof options === 'string' ? { cwd: options } : options;
  const child = spawn(process.execPath, [CLI, ...args], { cwd: o.cwd, env: o.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdin?.on('error', () => undefined);
  child.stdin?.end(o.stdin ?? '');
  const done = new Promise<CliRun>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

export const runCli = (args: string[], options: CliOptions | string = {}): Promise<CliRun> => startCli(args, options).done;

/** The summary line's numbers (the tally by error code, if any, after them). */
export function summaryOf(stderr: string): { in: number; ok: number; failed: number; records: number } | null {
  const m = /^zhibiao: in (\d+), ok (\d+), failed (\d+), records (\d+), \d+\.\d\d s(?: \([a-z_]+ \d+(?:, [a-z_]+ \d+)*\))?$/m.exec(stderr);
  if (!m) return null;
  return { in: Number(m[1]), ok: Number(m[2]), failed: Number(m[3]), records: Number(m[4]) };
}

/** Whether util-linux `script` is here and can open a pseudo-terminal (`.ci/run` installs it on a fresh machine). */
export const HAS_SCRIPT = ((): boolean => {
  try {
    execFileSync('script', ['-q', '-e', '-c', 'test -t 1', '/dev/null'], { stdio: 'ignore', timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
})();

const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

export interface TtyOptions {
  columns?: number;
  /** Shell redirections after the command, e.g. `2>err.txt` (stdout then stays the terminal). */
  redirect?: string;
  cwd?: string;
}

/**
 * Runs `zhibiao ARGS` on a pseudo-terminal of `columns` cells, as a person at a terminal
 * would (`script -q -e -c`). What the terminal showed comes back as `stdout`, with the
 * terminal's CRLF line ends turned into LF.
 */
export function runTty(args: string[], options: TtyOptions = {}): Promise<CliRun> {
  const command = `stty cols ${options.columns ?? 100} rows 40; ${[process.execPath, CLI, ...args].map(shellQuote).join(' ')} ${options.redirect ?? ''}`;
  const child = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout: stdout.replace(/\r\n/g, '\n'), stderr }));
  });
}
