/**
 * `zhibiao eval --gold GOLD.jsonl --pred PRED.jsonl [--list] [--json] [--doc NAME]...`:
 * scores predicted records against gold ones (see src/eval/). Exit 2 on bad usage or
 * an unreadable file.
 */
import { readJsonl } from '../../eval/read.js';
import { formatReport } from '../../eval/report.js';
import { scoreRecords } from '../../eval/score.js';
import { parseCommand, EXIT_OK, EXIT_USAGE, messageOf, usageError, writeLines, type CliIO } from '../io.js';

export const USAGE = `usage: zhibiao eval --gold GOLD.jsonl --pred PRED.jsonl [--list] [--json] [--doc NAME]...

  --gold FILE   gold records (each with \`doc\`); may be repeated
  --pred FILE   predicted records (each with \`source\`: its base name without extension is the doc); may be repeated
  --doc NAME    score only this doc; may be repeated
  --list        list missed and extra records and weak names per doc
  --json        print the summary as one JSON object`;

const OPTIONS = {
  gold: { type: 'string', multiple: true },
  pred: { type: 'string', multiple: true },
  doc: { type: 'string', multiple: true },
  list: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommand('eval', argv, { options: OPTIONS, allowPositionals: false }, USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const v = parsed.values;
  const goldPaths = v.gold ?? [];
  const predPaths = v.pred ?? [];
  if (!goldPaths.length || !predPaths.length) return usageError(io, 'eval', 'need --gold and --pred', USAGE);
  let gold;
  let pred;
  try {
    gold = (await Promise.all(goldPaths.map(readJsonl))).flat();
    pred = (await Promise.all(predPaths.map(readJsonl))).flat();
  } catch (e) {
    writeLines(io.stderr, [`zhibiao eval: ${messageOf(e)}`]);
    return EXIT_USAGE;
  }
  const result = scoreRecords(gold, pred, { docs: v.doc ?? [] });
  if (v.json) writeLines(io.stdout, [JSON.stringify(result.summary)]);
  else writeLines(io.stdout, formatReport(result, { list: v.list ?? false }));
  return EXIT_OK;
}
