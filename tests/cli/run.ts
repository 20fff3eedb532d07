/** Spawns the built CLI (dist/cli/main.js). */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts the CLI; `done` resolves when it exits. */
export function startCli(args: string[], cwd?: string): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<CliRun>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

export const runCli = (args: string[], cwd?: string): Promise<CliRun> => startCli(args, cwd).done;

/** The summary line's numbers. */
export function summaryOf(stderr: string): { in: number; ok: number; failed: number; records: number } | null {
  const m = /^zhibiao: in (\d+), ok (\d+), failed (\d+), records (\d+), \d+\.\d\d s$/m.exec(stderr);
  if (!m) return null;
  return { in: Number(m[1]), ok: Number(m[2]), failed: Number(m[3]), records: Number(m[4]) };
}
