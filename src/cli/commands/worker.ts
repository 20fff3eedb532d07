/**
 * `zhibiao worker --redis URL [--queue NAME] [--concurrency N] --out DIR`:
 * take documents off the queue until SIGTERM/SIGINT (or until the queue is
 * drained, with --exit-when-drained), writing results to DIR/worker-<id>.jsonl.
 */
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { EXIT, intArg, QUEUE_ARG_OPTIONS, queueArgs } from '../../queue/args.js';
import { ping } from '../../queue/connection.js';
import { registerResultDir } from '../../queue/registry.js';
import { untilDrained } from '../../queue/status.js';
import { startWorker, type WorkerEvent } from '../../queue/worker.js';
import type { CliIO } from '../io.js';
import { queueFailure } from '../queue-failure.js';
import { parseCommand, usageError } from '../io.js';

const USAGE = `usage: zhibiao worker --redis URL --out DIR [options]

Runs extraction on queued documents; one result file per worker process,
DIR/worker-<host>-<pid>-<rand>.jsonl, each line fsynced before the job is
acknowledged. Stops gracefully on SIGTERM or SIGINT (jobs in flight finish).

  --redis URL             redis://[user:pass@]host:port[/db] or rediss:// (TLS) (env ZHIBIAO_REDIS)
  --queue NAME            queue name (default "zhibiao", env ZHIBIAO_QUEUE)
  --out DIR               where this worker writes its results (shared storage, ideally)
  --concurrency N         jobs in flight in this process (default 2: overlaps Redis and fsync
                          waits with extraction; run one worker process per core)
  --lock-duration MS      a job whose worker is silent this long is stalled and redone
                          (default 30000, env ZHIBIAO_LOCK_DURATION_MS)
  --stalled-interval MS   how often stalled jobs are looked for
                          (default 30000, env ZHIBIAO_STALLED_INTERVAL_MS)
  --max-stalled N         stalls allowed before a job is failed (default 2)
  --timeout S             time limit per document in seconds (default 60; 0 = none): over it
                          the job fails with code timeout and its thread is replaced
  --max-memory MB         heap limit of each extraction thread (default 512): over it the
                          job fails with code too_large
  --exit-when-drained     exit once no job is waiting, active or delayed
  --verbose               one line per document on stderr
`;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommand('worker', argv, {
    options: {
      ...QUEUE_ARG_OPTIONS,
      out: { type: 'string' },
      concurrency: { type: 'string' },
      'lock-duration': { type: 'string' },
      'stalled-interval': { type: 'string' },
      'max-stalled': { type: 'string' },
      timeout: { type: 'string' },
      'max-memory': { type: 'string' },
      'exit-when-drained': { type: 'boolean' },
      verbose: { type: 'boolean' },
    },
  }, USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  if (values.out === undefined) {
    return usageError(io, 'worker', '--out DIR is required');
  }
  const env = process.env;
  const common = queueArgs(values);
  const concurrency = intArg('concurrency', values.concurrency, undefined, 2, 1, 1000);
  const lock = intArg('lock-duration', values['lock-duration'], env.ZHIBIAO_LOCK_DURATION_MS, 30_000, 100);
  const stalled = intArg('stalled-interval', values['stalled-interval'], env.ZHIBIAO_STALLED_INTERVAL_MS, 30_000, 100);
  const maxStalled = intArg('max-stalled', values['max-stalled'], undefined, 2, 0, 1000);
  const timeout = intArg('timeout', values.timeout, undefined, 60, 0, 2_000_000);
  const maxMemory = intArg('max-memory', values['max-memory'], undefined, 512, 16, 1_000_000);
  // Test/benchmark hook, deliberately not a flag: a pause before each job so a kill lands mid-job.
  const delay = intArg('ZHIBIAO_QUEUE_JOB_DELAY_MS', undefined, env.ZHIBIAO_QUEUE_JOB_DELAY_MS, 0, 0, 60_000);
  for (const r of [common, concurrency, lock, stalled, maxStalled, timeout, maxMemory, delay]) {
    if (!r.ok) {
      return queueFailure(io, 'worker', r.error);
    }
  }
  if (!common.ok || !concurrency.ok || !lock.ok || !stalled.ok || !maxStalled.ok || !timeout.ok || !maxMemory.ok || !delay.ok) return EXIT.usage;
  const { target, queue } = common.value;
  const reachable = await ping(target);
  if (!reachable.ok) {
    io.stderr.write(`zhibiao worker: ${reachable.error.message}\n`);
    return EXIT.unreachable;
  }
  if (!reachable.value.includes('noeviction')) {
    io.stderr.write(`zhibiao worker: warning: Redis ${reachable.value}; BullMQ needs maxmemory-policy noeviction\n`);
  }
  const outDir = resolve(values.out);
  const verbose = values.verbose === true;
  let failedFinal = 0;
  const onEvent = (e: WorkerEvent): void => {
    if (e.type === 'error') io.stderr.write(`zhibiao worker: error: ${e.message}\n`);
    else if (e.type === 'disconnected') io.stderr.write(`zhibiao worker: lost Redis (${e.message}); reconnecting, jobs in flight wait\n`);
    else if (e.type === 'reconnected') io.stderr.write(`zhibiao worker: Redis is back\n`);
    else if (e.type === 'stalled') io.stderr.write(`stalled\t${e.jobId}\t(its worker went silent; redoing it)\n`);
    else if (e.type === 'failed') {
      if (e.final) failedFinal++;
      if (e.final || verbose) io.stderr.write(`${e.final ? 'failed' : 'retry'}\t${e.source}\t${e.reason}\n`);
    } else if (verbose) io.stderr.write(`done\t${e.source}\t${e.records} records\n`);
  };
  let worker;
  try {
    worker = await startWorker(target, {
      queue,
      outDir,
      concurrency: concurrency.value,
      lockDurationMs: lock.value,
      stalledIntervalMs: stalled.value,
      maxStalledCount: maxStalled.value,
      timeoutMs: timeout.value * 1000,
      maxMemoryMb: maxMemory.value,
      extraDelayMs: delay.value,
      onEvent,
    });
    await registerResultDir(worker.connection, queue, { host: hostname(), dir: outDir });
  } catch (error) {
    io.stderr.write(`zhibiao worker: cannot start: ${(error as Error).message}\n`);
    await worker?.close().catch(() => undefined);
    return EXIT.failure;
  }
  io.stderr.write(`zhibiao worker ${worker.id}: queue ${queue} at ${target.display}, results in ${worker.resultFile}\n`);
  const stop = new AbortController();
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    signals++;
    if (signals > 1) {
      io.stderr.write(`zhibiao worker: second ${signal}, exiting now (unfinished jobs will be redone elsewhere)\n`);
      process.exit(130);
    }
    io.stderr.write(`zhibiao worker: ${signal}: finishing jobs in flight, then exiting\n`);
    stop.abort();
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  let code: number = EXIT.ok;
  try {
    const aborted = new Promise<void>((resolve) => stop.signal.addEventListener('abort', () => resolve(), { once: true }));
    const drained = values['exit-when-drained'] ? untilDrained(worker.connection, queue, 500, stop.signal) : new Promise<void>(() => undefined);
    await Promise.race([aborted, drained]);
  } catch (error) {
    io.stderr.write(`zhibiao worker: ${(error as Error).message}\n`);
    code = EXIT.failure;
  } finally {
    stop.abort();
    await worker.close();
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
  io.stderr.write(`zhibiao worker ${worker.id}: stopped${failedFinal > 0 ? ` (${failedFinal} documents failed)` : ''}\n`);
  return code;
}
