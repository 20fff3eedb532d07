/** `zhibiao help [command]`: the command list, or one command's usage. */
import { EXIT_OK, EXIT_USAGE, writeLines, type CliIO } from '../io.js';
import { COMMANDS, loadCommand, VERSION } from '../main.js';

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
    'zhibiao <command> --help   options of one command',
    'zhibiao --version          the version',
  ];
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const [name] = argv;
  if (name === undefined || name === 'help') {
    writeLines(io.stdout, overview());
    return EXIT_OK;
  }
  const command = await loadCommand(name);
  if (!command) {
    writeLines(io.stderr, [`zhibiao: unknown command ${name}`, ...overview()]);
    return EXIT_USAGE;
  }
  return command.run(['--help'], io);
}
