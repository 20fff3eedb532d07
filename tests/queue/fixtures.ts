/**
 * Inputs and helpers for the queue tests: many small reports generated from
 * fixtures/seeds with varied figures, broken documents, the built CLI entry,
 * and child processes whose output is kept.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** The built entry for the queue commands: the full CLI when built, else the queue's own entry. */
export function cliEntry(): string {
  const main = join(ROOT, 'dist/cli/main.js');
  if (existsSync(main) && readFileSync(main, 'utf8').includes("'worker'")) return main;
  const own = join(ROOT, 'dist/queue/worker-main.js');
  if (existsSync(own)) return own;
  throw new Error('The queue tests spawn the built CLI: run `npm run build` (tsc -p tsconfig.build.json) first.');
}

/**
 * `count` text reports in `dir`, each a seed with its figures shifted so no two
 * are alike: r-000.txt … Returns their paths in directory-walk order.
 */
export function generateReports(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const seedDir = join(ROOT, 'fixtures/seeds');
  const seeds = readdirSync(seedDir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => readFileSync(join(seedDir, n), 'utf8'));
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length] ?? '';
    let k = 0;
    const text = seed.replace(/\d+(?:\.\d+)?/g, (m) => {
      k++;
      if (m.length === 4 && m.startsWith('20')) return m; // keep years
      const n = Number(m) + ((i * 7 + k) % 13);
      return m.includes('.') ? n.toFixed(m.split('.')[1]?.length ?? 1) : String(n);
    });
    const extra = `\n附:第${i + 1}号报告,全年完成投资${(i * 37) % 900 + 10}万元,同比增长${(i % 9) + 1}.${i % 10}%。\n`;
    const path = join(dir, `r-${String(i).padStart(3, '0')}.txt`);
    writeFileSync(path, text + extra);
    paths.push(path);
  }
  return paths;
}

/** A truncated PDF and a zip that is not a zip, both broken for good. */
export function addBrokenDocuments(dir: string): { pdf: string; zip: string } {
  const pdf = join(dir, 'truncated.pdf');
  copyFileSync(join(ROOT, 'fixtures/documents/broken/truncated.pdf'), pdf);
  const zip = join(dir, 'broken.zip');
  writeFileSync(zip, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]));
  return { pdf, zip };
}

export interface Child {
  process: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or 128 + signal number-ish: -1 for a signal). */
  exited: Promise<number>;
}

export function spawnCli(args: readonly string[], env: Record<string, string> = {}): Child {
  const child = spawn(process.execPath, [cliEntry(), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number>((resolvePromise) => {
    child.once('exit', (code) => resolvePromise(code ?? -1));
  });
  return { process: child, stdout: () => out, stderr: () => err, exited };
}

/** Run a CLI command to the end; rejects after `timeoutMs`. */
export async function runCli(args: readonly string[], timeoutMs = 30_000): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawnCli(args);
  const code = await withTimeout(child.exited, timeoutMs, `zhibiao ${args.join(' ')}`, () => child.process.kill('SIGKILL'));
  return { code, stdout: child.stdout(), stderr: child.stderr() };
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string, onTimeout?: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(new Error(`${what}: no result after ${ms} ms`));
    }, ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Poll `check` every 50 ms until it is true; rejects after `ms`. */
export async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Complete lines in the result files of a directory. */
export function resultLines(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.startsWith('worker-') && n.endsWith('.jsonl'))
    .flatMap((n) => readFileSync(join(dir, n), 'utf8').split('\n').filter((l) => l.endsWith('}')));
}
