/**
 * `zhibiao enqueue <inputs...> --redis URL [--queue NAME]`: one job per document.
 */
import { EXIT, intArg, QUEUE_ARG_OPTIONS, queueArgs } from '../../queue/args.js';
import { enqueue } from '../../queue/enqueue.js';
import { DEFAULT_INLINE_MAX } from '../../queue/jobs.js';
import type { CliIO } from '../io.js';
import { queueFailure } from '../queue-failure.js';
import { parseCommand, usageError } from '../io.js';

const USAGE = `usage: zhibiao enqueue <file|dir|zip>... --redis URL [options]

One job per document (directories walked, zip entries expanded). The job id is
the content hash, so enqueueing the same content again is a no-op.

  --redis URL         redis://[user:pass@]host:port[/db] or rediss:// (TLS) (env ZHIBIAO_REDIS)
  --queue NAME        queue name (default "zhibiao", env ZHIBIAO_QUEUE)
  --inline-max BYTES  carry documents up to this size in Redis (default ${DEFAULT_INLINE_MAX});
                      larger ones travel as an absolute path every worker must be able to read
  --attempts N        tries per document before it is failed (default 3)
  --backoff MS        first retry delay, doubled each retry (default 1000)
  --year N            year for figures whose sentence or title names none (as extract --year)
  --verbose           one line per document on stderr
  --json              print the summary as JSON
`;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommand('enqueue', argv, {
    allowPositionals: true,
    options: {
      ...QUEUE_ARG_OPTIONS,
      'inline-max': { type: 'string' },
      attempts: { type: 'string' },
      backoff: { type: 'string' },
      year: { type: 'string' },
      verbose: { type: 'boolean' },
      json: { type: 'boolean' },
    },
  }, USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length === 0) {
    return usageError(io, 'enqueue', 'no inputs');
  }
  const common = queueArgs(values);
  const inlineMax = intArg('inline-max', values['inline-max'], undefined, DEFAULT_INLINE_MAX, 0);
  const attempts = intArg('attempts', values.attempts, undefined, 3, 1, 100);
  const backoff = intArg('backoff', values.backoff, undefined, 1000, 0);
  const year = intArg('year', values.year, undefined, 0, 1000, 9999);
  for (const r of [common, inlineMax, attempts, backoff, year]) {
    if (!r.ok) {
      return queueFailure(io, 'enqueue', r.error);
    }
  }
  if (!common.ok || !inlineMax.ok || !attempts.ok || !backoff.ok || !year.ok) return EXIT.usage;
  const result = await enqueue(common.value.target, positionals, {
    queue: common.value.queue,
    inlineMaxBytes: inlineMax.value,
    attempts: attempts.value,
    backoffMs: backoff.value,
    ...(values.year !== undefined ? { year: year.value } : {}),
    ...(values.verbose ? { onItem: (e: { source: string; jobId: string; status: string }) => void io.stderr.write(`${e.status}\t${e.jobId}\t${e.source}\n`) } : {}),
  });
  if (!result.ok) {
    return queueFailure(io, 'enqueue', result.error);
  }
  const s = result.value;
  if (values.json) io.stdout.write(`${JSON.stringify({ queue: common.value.queue, ...s })}\n`);
  else {
    io.stdout.write(
      `enqueued ${s.documents} documents on ${common.value.queue}: ${s.added} added, ${s.existing} already queued` +
        `${s.errors > 0 ? `, ${s.errors} unreadable (they go to the failed set)` : ''}\n`,
    );
  }
  return EXIT.ok;
}
