/**
 * `zhibiao eval --gold GOLD.jsonl --pred PRED.jsonl|PRED.csv [--list] [--json] [--doc NAME]...`:
 * scores predicted records against gold ones (see src/eval/), with warnings on stderr for
 * whatever makes the score mislead. `zhibiao eval --template --pred PRED` writes a gold
 * file to correct by hand. Exit 2 on bad usage or an unreadable file.
 */
import { readRecords } from '../../eval/read.js';
import { formatReport } from '../../eval/report.js';
import { scoreRecords } from '../../eval/score.js';
import { goldTemplateLines } from '../../eval/template.js';
import { EXIT_OK, EXIT_USAGE, helpText, messageOf, parseCommand, usageError, writeLines, type CliIO } from '../io.js';

export const USAGE = helpText(
  'zhibiao eval --gold GOLD.jsonl --pred PRED.jsonl [--list] [--json] [--doc NAME]...\n       zhibiao eval --template --pred PRED.jsonl > GOLD.jsonl',
  [
    'Scores predicted records (zhibiao extract output, JSONL or CSV) against gold records.',
    'A prediction belongs to the gold doc named by its source\'s base name without extension.',
  ],
  [
    ['--gold FILE', 'gold records, one JSON object a line, each with `doc`; may be repeated'],
    ['--pred FILE', 'predicted records (JSONL, or CSV when FILE ends in .csv); may be repeated'],
    ['--doc NAME', 'score only this doc; may be repeated'],
    ['--list', 'list missed and extra records and weak names per doc'],
    ['--json', 'print the summary as one JSON object'],
    ['--template', 'print the predictions as gold lines to correct by hand (needs --pred only)'],
    ['-h, --help', 'this text'],
  ],
);

const OPTIONS = {
  gold: { type: 'string', multiple: true },
  pred: { type: 'string', multiple: true },
  doc: { type: 'string', multiple: true },
  list: { type: 'boolean' },
  json: { type: 'boolean' },
  template: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommand('eval', argv, { options: OPTIONS, allowPositionals: false }, USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const v = parsed.values;
  const goldPaths = v.gold ?? [];
  const predPaths = v.pred ?? [];
  if (v.template) {
    if (!predPaths.length) return usageError(io, 'eval', '--template needs --pred');
    if (goldPaths.length) return usageError(io, 'eval', '--template makes a gold file from --pred; drop --gold');
  } else if (!goldPaths.length || !predPaths.length) return usageError(io, 'eval', 'need --gold and --pred');
  let gold;
  let pred;
  try {
    gold = (await Promise.all(goldPaths.map(readRecords))).flat();
    pred = (await Promise.all(predPaths.map(readRecords))).flat();
  } catch (e) {
    writeLines(io.stderr, [`zhibiao eval: ${messageOf(e)}`]);
    return EXIT_USAGE;
  }
  if (v.template) {
    io.stdout.write(goldTemplateLines(pred));
    return EXIT_OK;
  }
  const result = scoreRecords(gold, pred, { docs: v.doc ?? [] });
  writeLines(io.stderr, result.warnings.map((w) => `zhibiao eval: warning: ${w}`));
  if (v.json) writeLines(io.stdout, [JSON.stringify(result.summary)]);
  else writeLines(io.stdout, formatReport(result, { list: v.list ?? false }));
  return EXIT_OK;
}
