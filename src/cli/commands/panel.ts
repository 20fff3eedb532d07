/**
 * `zhibiao panel <inputs...> --out panel.csv|parquet [--wide]`: documents in, the
 * region × period × indicator panel out, with the side table of records that could not be
 * placed next to it (`panel.side.csv`) and a summary line on stderr.
 */
import { defaultJobs, extractMany } from '../../batch/extract-many.js';
import { catalogueFor, matchInputOf } from '../../indicators/annotate.js';
import { readIndicatorFile } from '../../indicators/file.js';
import type { IndicatorInput } from '../../indicators/match.js';
import { PanelBuilder, type PanelSummary } from '../../panel/build.js';
import { longTable, sideTable, wideTable, writeTable } from '../../panel/write.js';
import type { DocumentResult } from '../../schema.js';
import { EXIT_FAILED, EXIT_OK, messageOf, parseCommand, parseCount, usageError, writeLines, type CliIO } from '../io.js';
import { cliInputs } from '../paths.js';

export const USAGE = `usage: zhibiao panel <file|dir|glob>... --out FILE [options]

  One row per (region code, period, indicator id, kind), from the records whose report
  names its region and whose name matches the indicator catalogue. Records that cannot be
  placed go to FILE's side table (panel.csv → panel.side.csv), counted in the summary.

  -o, --out FILE        panel.csv or panel.parquet (Parquet needs @duckdb/node-api)
      --wide            one row per region and period, one column per indicator and kind
      --indicators FILE more indicators (a JSON array of { id, name, aliases, unit })
  -j, --jobs N          worker threads (default: number of cores; 0 = no threads)
      --year N          year for figures whose sentence or title names none
      --bom             CSV: start with a UTF-8 byte order mark (for Excel)
  -h, --help            this text`;

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  wide: { type: 'boolean' },
  indicators: { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  year: { type: 'string' },
  bom: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function panelSummaryLine(s: PanelSummary, seconds: number): string {
  const r = s.sideByReason;
  return (
    `zhibiao panel: in ${s.documents}, ok ${s.documents - s.failed}, failed ${s.failed}, records ${s.records}, ` +
    `rows ${s.rows}, alternatives ${s.alternatives}, side ${s.side} (no_region ${r.no_region}, no_indicator ${r.no_indicator}, ` +
    `no_period ${r.no_period}, masked ${r.masked}), ${seconds.toFixed(2)} s`
  );
}

/** The side table's path: `panel.csv` → `panel.side.csv`, `panel.parquet` → `panel.side.parquet`. */
export const sidePath = (out: string): string => out.replace(/(\.[A-Za-z0-9]+)?$/u, (ext) => `.side${ext || '.csv'}`);

export async function run(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommand('panel', argv, { options: OPTIONS, allowPositionals: true }, USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const { values: v, positionals } = parsed;
  if (!positionals.length) return usageError(io, 'panel', 'no inputs');
  if (v.out === undefined) return usageError(io, 'panel', '--out FILE is required (.csv or .parquet)');
  if (!/\.(?:csv|parquet)$/u.test(v.out)) return usageError(io, 'panel', `--out must end in .csv or .parquet, not ${v.out}`);
  const jobs = v.jobs === undefined ? defaultJobs() : parseCount(v.jobs);
  if (jobs === null) return usageError(io, 'panel', `--jobs needs a whole number, not ${v.jobs}`);
  const year = v.year === undefined ? undefined : parseCount(v.year);
  if (year === null) return usageError(io, 'panel', `--year needs a year, not ${v.year}`);
  let extra: IndicatorInput[] = [];
  if (v.indicators !== undefined) {
    const file = await readIndicatorFile(v.indicators);
    if (!file.ok) return usageError(io, 'panel', file.message);
    extra = file.indicators;
  }
  const catalogue = catalogueFor(extra);
  const started = performance.now();
  const builder = new PanelBuilder({ catalogue });
  try {
    for await (const doc of extractMany(cliInputs(positionals, null), { jobs, ...(year !== undefined ? { year } : {}) })) {
      if (!doc.ok) writeLines(io.stderr, [`${doc.source}: ${doc.error.code}: ${doc.error.message}`]);
      builder.add(extra.length ? rematch(doc, catalogue) : doc);
    }
    const panel = builder.finish();
    await writeTable(v.wide ? wideTable(panel) : longTable(panel), v.out, { bom: v.bom === true });
    await writeTable(sideTable(panel), sidePath(v.out), { bom: v.bom === true });
    writeLines(io.stderr, [panelSummaryLine(panel.summary, (performance.now() - started) / 1000)]);
    return panel.summary.documents > panel.summary.failed ? EXIT_OK : EXIT_FAILED;
  } catch (e) {
    writeLines(io.stderr, [`zhibiao panel: ${messageOf(e)}`]);
    return EXIT_FAILED;
  }
}

/** The records' indicator ids again, with the user's catalogue (workers use the bundled one). */
function rematch(doc: DocumentResult, catalogue: ReturnType<typeof catalogueFor>): DocumentResult {
  if (!doc.ok) return doc;
  const records = doc.records.map((r) => {
    const m = catalogue.match(matchInputOf(r));
    return { ...r, indicatorId: m.id, indicatorName: m.name };
  });
  return { ...doc, records };
}
