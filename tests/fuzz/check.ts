/**
 * What must hold for every input, whatever its bytes: no exception escapes, no error is
 * `internal`, every record's span slices the normalized text to its `raw`, and each input
 * is done within a bound (a hang detector, far above the normal cost).
 */
import { extractParsed } from '../../src/document.js';
import { readArchive } from '../../src/ingest/archive.js';
import { DocumentError } from '../../src/errors.js';
import { isZip } from '../../src/ingest/sniff.js';
import type { FuzzInput } from './generate.js';

/** Per input, well above any normal cost: only a hang or a quadratic blow-up comes near it. */
export const INPUT_LIMIT_MS = Number(process.env['ZHIBIAO_FUZZ_INPUT_LIMIT_MS'] ?? 20_000);

/** Archive entries checked per zip. */
const ENTRIES_CHECKED = 4;

export interface Outcome {
  name: string;
  family: string;
  /** `ok`, or the error code. */
  code: string;
  ms: number;
  problems: string[];
}

async function checkDocument(bytes: Buffer, source: string, problems: string[]): Promise<string> {
  try {
    const ex = await extractParsed(bytes, { source });
    for (const r of ex.records) {
      const got = ex.text.slice(r.span[0], r.span[1]);
      if (got !== r.raw) problems.push(`span [${r.span[0]}, ${r.span[1]}) slices ${JSON.stringify(got)}, raw is ${JSON.stringify(r.raw)}`);
      if (r.sourceSpan[0] < 0 || r.sourceSpan[1] > ex.document.text.length || r.sourceSpan[0] > r.sourceSpan[1]) {
        problems.push(`sourceSpan [${r.sourceSpan[0]}, ${r.sourceSpan[1]}) outside the document text (${ex.document.text.length})`);
      }
    }
    return 'ok';
  } catch (err) {
    if (!(err instanceof DocumentError)) {
      problems.push(`threw ${(err as Error)?.name}: ${(err as Error)?.message}`);
      return 'threw';
    }
    if (err.code === 'internal') problems.push(`internal: ${err.message}`);
    if (err.message.includes('\n')) problems.push(`message on more than one line: ${JSON.stringify(err.message)}`);
    return err.code;
  }
}

async function checkArchive(bytes: Buffer, source: string, problems: string[]): Promise<string> {
  let checked = 0;
  try {
    for await (const entry of readArchive(bytes, { source })) {
      if ('error' in entry) {
        if (entry.error.code === 'internal') problems.push(`entry ${entry.path}: internal: ${entry.error.message}`);
      } else if (checked++ < ENTRIES_CHECKED) await checkDocument(entry.bytes, `${source}!${entry.path}`, problems);
    }
    return 'ok';
  } catch (err) {
    if (!(err instanceof DocumentError)) {
      problems.push(`readArchive threw ${(err as Error)?.name}: ${(err as Error)?.message}`);
      return 'threw';
    }
    if (err.code === 'internal') problems.push(`internal: ${err.message}`);
    return err.code;
  }
}

export async function checkInput(input: FuzzInput): Promise<Outcome> {
  const problems: string[] = [];
  const started = performance.now();
  // A zip that is not a DOCX is read as an archive (as the batch does); anything else as one document.
  const archive = isZip(input.bytes) && input.name.endsWith('.zip');
  const code = archive ? await checkArchive(input.bytes, input.name, problems) : await checkDocument(input.bytes, input.name, problems);
  const ms = performance.now() - started;
  if (ms > INPUT_LIMIT_MS) problems.push(`took ${ms.toFixed(0)} ms (bound ${INPUT_LIMIT_MS} ms)`);
  return { name: input.name, family: input.family, code, ms, problems };
}
