/** `zhibiao help [command]`: the command list, or one command's usage. */
import { EXIT_OK, writeLines, type CliIO } from '../io.js';
import { COMMANDS, loadCommand, unknownCommand, VERSION } from '../main.js';

export function overview(): string[] {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  return [
    `zhibiao ${VERSION}: extract indicator figures (指标) from Chinese work reports`,
    '',
    'usage: zhibiao <command> [options]',
    '',
    'commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'zhibiao help <command>     options of one command (or zhibiao <command> --help)',
    'zhibiao -V, --version      the version',
    '',
    'exit codes: 0 every input read, 1 some failed, 2 bad usage, 3 Redis unreachable, 130 interrupted',
  ];
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const [name] = argv;
  if (name === undefined || name === 'help') {
    writeLines(io.stdout, overview());
    return EXIT_OK;
  }
  const command = await loadCommand(name);
  if (!command) return unknownCommand(io, name);
  return command.run(['--help'], io);
}
