/** `zhibiao indicators [--json] [--indicators FILE]`: the indicator catalogue, one line each. */
import { catalogueFor } from '../../indicators/annotate.js';
import { readIndicatorFile } from '../../indicators/file.js';
import { EXIT_OK, parseCommand, usageError, writeLines, type CliIO } from '../io.js';

export const USAGE = `usage: zhibiao indicators [--json] [--indicators FILE]

  Lists the indicator catalogue: id, unit family, domain, canonical name, aliases.
  --json             one JSON object per line instead
  --indicators FILE  with the indicators of FILE (a JSON array) added first`;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommand('indicators', argv, { options: { json: { type: 'boolean' }, indicators: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: false }, USAGE, io);
  if (typeof parsed === 'number') return parsed;
  let extra: Awaited<ReturnType<typeof readIndicatorFile>> = { ok: true, indicators: [] };
  if (parsed.values.indicators !== undefined) extra = await readIndicatorFile(parsed.values.indicators);
  if (!extra.ok) return usageError(io, 'indicators', extra.message);
  const catalogue = catalogueFor(extra.indicators);
  writeLines(
    io.stdout,
    catalogue.indicators.map((i) => (parsed.values.json ? JSON.stringify(i) : [i.id, i.unit, i.domain, i.name, i.aliases.join(', ')].join('\t'))),
  );
  return EXIT_OK;
}
