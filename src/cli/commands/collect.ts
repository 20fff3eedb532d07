/**
 * `zhibiao collect [DIR...] --out FILE [--format jsonl|csv] [--redis URL]`:
 * merge the workers' result files into one output, each document once.
 */
import { writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { EXIT, QUEUE_ARG_OPTIONS, queueArgs } from '../../queue/args.js';
import { collect } from '../../queue/collect.js';
import { withConnection } from '../../queue/connection.js';
import { resultDirs } from '../../queue/registry.js';
import { countsOf, failedDocuments, withQueue } from '../../queue/status.js';
import type { CliIO } from '../io.js';
import { queueFailure } from '../queue-failure.js';
import { badChoice, choice, parseCommand, usageError } from '../io.js';

const COLLECT_FORMATS = ['jsonl', 'csv'] as const;

const USAGE = `usage: zhibiao collect [DIR...] --out FILE [--format jsonl|csv] [--redis URL] [options]

Merges the workers' DIR/worker-*.jsonl files: each document once (by content
hash), in enqueue order. Without DIRs, uses the directories the workers
registered in Redis (they must be readable here, e.g. a shared mount).
With --redis, also lists failed documents with their error codes on stderr.

  --out FILE        the merged output (written to a temp file, then renamed)
  --format F        jsonl (default) or csv
  --results DIR     a results directory (repeatable; same as a positional DIR)
  --redis URL       redis://[user:pass@]host:port[/db] or rediss:// (TLS) (env ZHIBIAO_REDIS)
  --queue NAME      queue name (default "zhibiao", env ZHIBIAO_QUEUE)
  --errors FILE     write the failed documents as JSONL {source, hash, code, message, attempts}
`;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommand('collect', argv, {
    allowPositionals: true,
    options: {
      ...QUEUE_ARG_OPTIONS,
      out: { type: 'string', short: 'o' },
      format: { type: 'string' },
      results: { type: 'string', multiple: true },
      errors: { type: 'string' },
    },
  }, USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const format = choice(values.format ?? 'jsonl', COLLECT_FORMATS);
  if (values.out === undefined) return usageError(io, 'collect', '--out FILE is required');
  if (format === null) return usageError(io, 'collect', badChoice('format', values.format ?? '', COLLECT_FORMATS));
  const wantsRedis = values.redis !== undefined || process.env.ZHIBIAO_REDIS !== undefined;
  const common = wantsRedis ? queueArgs(values) : null;
  if (common && !common.ok) {
    return queueFailure(io, 'collect', common.error);
  }
  let dirs = [...positionals, ...(values.results ?? [])];
  if (dirs.length === 0) {
    if (!common?.ok) {
      return usageError(io, 'collect', 'give the results directories, or --redis to use the ones workers registered');
    }
    const registered = await withConnection(common.value.target, 'producer', (client) => resultDirs(client, common.value.queue));
    if (!registered.ok) {
      return queueFailure(io, 'collect', registered.error);
    }
    for (const r of registered.value.filter((r) => !existsSync(r.dir))) {
      io.stderr.write(`zhibiao collect: warning: ${r.dir} (worker on ${r.host}) is not readable here; copy it over and pass it\n`);
    }
    dirs = registered.value.map((r) => r.dir).filter((d) => existsSync(d));
  }
  const merged = await collect(dirs, values.out, { format });
  if (!merged.ok) {
    return queueFailure(io, 'collect', merged.error);
  }
  const s = merged.value;
  io.stderr.write(
    `collected ${s.documents} documents, ${s.records} records from ${s.files} files into ${values.out}` +
      `${s.duplicates > 0 ? ` (${s.duplicates} repeated results dropped)` : ''}` +
      `${s.incomplete > 0 ? ` (${s.incomplete} cut-off lines skipped)` : ''}\n`,
  );
  if (!common?.ok) return EXIT.ok;
  const state = await withQueue(common.value.target, common.value.queue, async (q) => ({
    counts: await countsOf(q),
    failed: await failedDocuments(q),
  }));
  if (!state.ok) {
    return queueFailure(io, 'collect', state.error);
  }
  const { counts, failed } = state.value;
  for (const f of failed) io.stderr.write(`failed\t${f.code}\t${f.source}\t${f.message}\n`);
  if (values.errors !== undefined) {
    await writeFile(values.errors, failed.map((f) => `${JSON.stringify(f)}\n`).join(''));
  }
  let code: number = EXIT.ok;
  if (counts.waiting + counts.active + counts.delayed > 0) {
    io.stderr.write(
      `zhibiao collect: warning: queue not drained (waiting ${counts.waiting}, active ${counts.active}, retrying ${counts.delayed}); output is partial\n`,
    );
  }
  if (s.documents < counts.done) {
    io.stderr.write(
      `zhibiao collect: ${counts.done - s.documents} completed documents have no result in the directories given; ` +
        `a worker's results directory is missing\n`,
    );
    code = EXIT.failure;
  }
  return code;
}
