#!/usr/bin/env node
/**
 * A standalone entry for the queue commands, for machines (and tests) that
 * run them without the full CLI: `node dist/queue/worker-main.js <command> …`
 * with command one of enqueue, worker, status, collect. `zhibiao <command>`
 * is the same thing once `src/cli/main.ts` registers these commands.
 */
const COMMANDS = {
  enqueue: () => import('../cli/commands/enqueue.js'),
  worker: () => import('../cli/commands/worker.js'),
  status: () => import('../cli/commands/status.js'),
  collect: () => import('../cli/commands/collect.js'),
} as const;

type Name = keyof typeof COMMANDS;

const isName = (s: string | undefined): s is Name => s !== undefined && Object.hasOwn(COMMANDS, s);

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!isName(name)) {
    process.stderr.write(`usage: worker-main <${Object.keys(COMMANDS).join('|')}> [options]\n`);
    return 2;
  }
  const command = await COMMANDS[name]();
  return command.run(rest, { stdout: process.stdout, stderr: process.stderr, isTTY: process.stderr.isTTY === true });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`zhibiao: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
