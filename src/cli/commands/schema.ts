/** `zhibiao schema [--result]`: the JSON Schema of a record (or of a DocumentResult). */
import { recordJsonSchema, resultJsonSchema } from '../../json-schema.js';
import { EXIT_OK, helpText, parseCommand, writeLines, type CliIO } from '../io.js';

export const USAGE = helpText('zhibiao schema [--result]', ['Prints the JSON Schema of one output record (one JSONL line of `zhibiao extract`).'], [
  ['--result', 'the schema of a DocumentResult instead (what extractDocument returns)'],
  ['-h, --help', 'this text'],
]);

export async function run(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommand('schema', argv, { options: { result: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: false }, USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const schema = parsed.values.result ? resultJsonSchema() : recordJsonSchema();
  writeLines(io.stdout, [JSON.stringify(schema, null, 2)]);
  return EXIT_OK;
}
