#!/usr/bin/env node
/**
 * The `zhibiao` command: `zhibiao <command> [options]`. Dispatches to
 * `src/cli/commands/<name>.ts`, each exporting `run(argv, io) → exit code`.
 *
 * To add a command, add a line to COMMANDS below. Commands are imported lazily (only the
 * one that runs is loaded); a command whose file is missing is an unknown command.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXIT_USAGE, messageOf, suggestion, usageError, writeLines, type CliIO, type CommandModule } from './io.js';

export interface CommandEntry {
  summary: string;
  load: () => Promise<CommandModule>;
}

/** Loads `./commands/<name>.js` by URL, for commands whose file may not exist yet. */
const optional = (name: string) => (): Promise<CommandModule> =>
  import(new URL(`./commands/${name}.js`, import.meta.url).href) as Promise<CommandModule>;

/** The registration table: name → one-line summary and lazy loader. */
export const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  extract: { summary: 'extract records from documents, directories, globs and zips', load: () => import('./commands/extract.js') },
  eval: { summary: 'score predicted records against gold records', load: () => import('./commands/eval.js') },
  schema: { summary: 'print the JSON Schema of a record (or --result)', load: () => import('./commands/schema.js') },
  help: { summary: 'list commands, or show one command\'s options', load: () => import('./commands/help.js') },
  panel: { summary: 'build the region x period x indicator panel (csv or parquet)', load: () => import('./commands/panel.js') },
  indicators: { summary: 'list the indicator catalogue', load: () => import('./commands/indicators.js') },
  review: { summary: 'write an HTML page to check records and export gold', load: () => import('./commands/review.js') },
  // The distributed queue (another engineer's files; unknown until they exist):
  enqueue: { summary: 'queue documents for workers on other machines', load: optional('enqueue') },
  worker: { summary: 'run a queue worker', load: optional('worker') },
  status: { summary: 'show the queue\'s progress', load: optional('status') },
  collect: { summary: 'gather the queue\'s results into one output', load: optional('collect') },
};

export const VERSION: string = (() => {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
})();

/** The command module, or null when there is no such command (or its file is missing). */
export async function loadCommand(name: string): Promise<CommandModule | null> {
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) return null;
  try {
    return await entry.load();
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const missing = code === 'ERR_MODULE_NOT_FOUND' && messageOf(e).includes(`commands/${name}.js`);
    if (missing) return null;
    throw e;
  }
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-V' || first === '-v') {
    writeLines(io.stdout, [`zhibiao ${VERSION}`]);
    return 0;
  }
  const name = first === undefined || first === '--help' || first === '-h' ? 'help' : first;
  if (name.startsWith('-')) return usageError(io, '', `unknown option ${name}${suggestion(name, ['--help', '--version'])}; a command comes first`);
  const command = await loadCommand(name);
  if (!command) return unknownCommand(io, name);
  return command.run(name === first ? rest : [], io);
}

/** `zhibiao: unknown command extrct (did you mean extract?)` and the help hint. */
export function unknownCommand(io: CliIO, name: string): number {
  usageError(io, '', `unknown command ${name}${suggestion(name, Object.keys(COMMANDS))}`);
  return EXIT_USAGE;
}

/** The CliIO of this process: what kind of terminals stdout and stderr are. */
export function processIO(): CliIO {
  const { stdout, stderr, stdin } = process;
  const io: CliIO = { stdout, stderr, stdin, isTTY: stderr.isTTY === true, stdoutIsTTY: stdout.isTTY === true };
  if (stdout.isTTY && stdout.columns) io.stdoutColumns = stdout.columns;
  else if (/^\d+$/.test(process.env.COLUMNS ?? '')) io.stdoutColumns = Number(process.env.COLUMNS); // a table in a pipe
  if (stderr.isTTY && stderr.columns) io.stderrColumns = stderr.columns;
  if (stdout.isTTY && stderr.isTTY) io.sameTerminal = true;
  return io;
}

function isEntry(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  const self = fileURLToPath(import.meta.url);
  for (const candidate of [script, `${script}.js`]) {
    try {
      if (realpathSync(candidate) === self) return true;
    } catch {
      // not this spelling
    }
  }
  return false;
}

if (isEntry()) {
  const io = processIO();
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); // reader went away (e.g. `| head`)
  });
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      writeLines(process.stderr, [`zhibiao: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`]);
      process.exitCode = 70;
    },
  );
}
