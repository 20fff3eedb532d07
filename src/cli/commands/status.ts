/**
 * `zhibiao status --redis URL [--queue NAME]`: waiting, active, done and failed counts.
 */
import { EXIT, QUEUE_ARG_OPTIONS, queueArgs } from '../../queue/args.js';
import { countsOf, failedDocuments, withQueue } from '../../queue/status.js';
import type { CliIO } from '../io.js';
import { queueFailure } from '../queue-failure.js';
import { parseCommand } from '../io.js';

const USAGE = `usage: zhibiao status --redis URL [--queue NAME] [--failed] [--json]

  --redis URL    redis://[user:pass@]host:port[/db] or rediss:// (TLS) (env ZHIBIAO_REDIS)
  --queue NAME   queue name (default "zhibiao", env ZHIBIAO_QUEUE)
  --failed       also list the failed documents with their error codes
  --json         print JSON
`;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommand('status', argv, {
    options: { ...QUEUE_ARG_OPTIONS, failed: { type: 'boolean' }, json: { type: 'boolean' } },
  }, USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const common = queueArgs(values);
  if (!common.ok) {
    return queueFailure(io, 'status', common.error);
  }
  const { target, queue } = common.value;
  const result = await withQueue(target, queue, async (q) => ({
    counts: await countsOf(q),
    failed: values.failed ? await failedDocuments(q) : [],
  }));
  if (!result.ok) {
    return queueFailure(io, 'status', result.error);
  }
  const { counts, failed } = result.value;
  if (values.json) {
    io.stdout.write(`${JSON.stringify(values.failed ? { queue, ...counts, failedDocuments: failed } : { queue, ...counts })}\n`);
    return EXIT.ok;
  }
  io.stdout.write(
    `queue ${queue}: waiting ${counts.waiting}, active ${counts.active}, retrying ${counts.delayed}, ` +
      `done ${counts.done}, failed ${counts.failed}; ${counts.workers} workers connected\n`,
  );
  for (const f of failed) io.stdout.write(`failed\t${f.code}\t${f.source}\t${f.message}\n`);
  return EXIT.ok;
}
