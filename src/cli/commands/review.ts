/**
 * `zhibiao review <inputs...> --out review.html`: extracts the inputs and writes one
 * self-contained HTML page to check every record against its document, keep verdicts
 * in the browser, and export them as gold for `zhibiao eval`.
 */
import { rename, writeFile } from 'node:fs/promises';
import { expandInputs } from '../../batch/inputs.js';
import { DocumentError } from '../../errors.js';
import { readDocumentFile } from '../../ingest/read.js';
import { reviewDocument, reviewPage, type ReviewDocument } from '../../review/index.js';
import { parseCommand, EXIT_FAILED, EXIT_OK, messageOf, parseCount, usageError, writeLines, type CliIO } from '../io.js';
import { cliInputs } from '../paths.js';

export const USAGE = `usage: zhibiao review <file|dir|glob>... --out review.html [options]

  Writes one self-contained HTML page (no network): each document's text with its
  figures highlighted by kind, the records beside it with filters and counts. Click a
  record or a figure; keys j/k move, a accepts, x marks wrong, e edits. Verdicts stay in
  the browser (per document hash); "Export gold JSONL" saves them for
  zhibiao eval --gold reviewed.jsonl --pred records.jsonl.

  -o, --out FILE   the page to write (required)
      --title T    the page title (default "zhibiao review")
      --year N     year for figures whose sentence or title names none
  -h, --help       this text`;

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  title: { type: 'string' },
  year: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommand('review', argv, { options: OPTIONS, allowPositionals: true }, USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const { values: v, positionals } = parsed;
  if (!positionals.length) return usageError(io, 'review', 'no inputs');
  if (v.out === undefined) return usageError(io, 'review', 'needs --out FILE');
  const year = v.year === undefined ? undefined : parseCount(v.year);
  if (year === null) return usageError(io, 'review', `--year needs a year, not ${v.year}`);

  const docs: ReviewDocument[] = [];
  let failed = 0;
  for await (const item of expandInputs(cliInputs(positionals, null))) {
    try {
      if (item.kind === 'error') throw item.error;
      const bytes = item.kind === 'path' ? await readDocumentFile(item.path) : Buffer.from(item.bytes);
      docs.push(await reviewDocument(bytes, { source: item.source, ...(year !== undefined ? { year } : {}) }));
    } catch (e) {
      failed++;
      const code = e instanceof DocumentError ? e.code : 'internal';
      writeLines(io.stderr, [`${item.source}: ${code}: ${messageOf(e)}`]);
    }
  }
  const records = docs.reduce((n, d) => n + d.records.length, 0);
  try {
    await writeFile(`${v.out}.partial`, reviewPage(docs, v.title !== undefined ? { title: v.title } : {}));
    await rename(`${v.out}.partial`, v.out);
  } catch (e) {
    writeLines(io.stderr, [`zhibiao review: ${messageOf(e)}`]);
    return EXIT_FAILED;
  }
  writeLines(io.stderr, [`zhibiao review: ${docs.length} documents, ${records} records, ${failed} failed → ${v.out}`]);
  return docs.length > 0 ? EXIT_OK : EXIT_FAILED;
}
