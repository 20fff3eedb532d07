/**
 * Argument checks shared by the queue commands (enqueue, worker, status,
 * collect): numbers with bounds, the Redis URL, the queue name. Values, not
 * exceptions; the command files print.
 */
import { DEFAULT_QUEUE, parseRedisUrl, type RedisTarget, type Result } from './connection.js';

/** Options every queue command takes, in `node:util` parseArgs form. */
export const QUEUE_ARG_OPTIONS = {
  redis: { type: 'string' },
  queue: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface QueueArgs {
  target: RedisTarget;
  queue: string;
}

/** `--redis` (or env ZHIBIAO_REDIS) and `--queue` (or env ZHIBIAO_QUEUE, default "zhibiao"). */
export function queueArgs(values: { redis?: string | undefined; queue?: string | undefined }): Result<QueueArgs> {
  const url = values.redis ?? process.env.ZHIBIAO_REDIS;
  if (url === undefined || url === '') {
    return { ok: false, error: { code: 'bad_redis_url', message: '--redis URL is required (e.g. redis://127.0.0.1:6379)' } };
  }
  const target = parseRedisUrl(url);
  if (!target.ok) return target;
  const queue = values.queue ?? process.env.ZHIBIAO_QUEUE ?? DEFAULT_QUEUE;
  if (!/^[A-Za-z0-9_.-]+$/.test(queue)) {
    return { ok: false, error: { code: 'bad_input', message: `--queue: letters, digits, _ . - only (got ${JSON.stringify(queue)})` } };
  }
  return { ok: true, value: { target: target.value, queue } };
}

/**
 * An integer option: the flag, else the environment variable, else the default.
 * Returns an error value when it is not an integer in [min, max].
 */
export function intArg(
  name: string,
  flag: string | undefined,
  env: string | undefined,
  fallback: number,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): Result<number> {
  const text = flag ?? (env !== undefined && env !== '' ? env : undefined);
  if (text === undefined) return { ok: true, value: fallback };
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) {
    return { ok: false, error: { code: 'bad_input', message: `--${name}: expected an integer from ${min} to ${max}, got ${JSON.stringify(text)}` } };
  }
  return { ok: true, value: n };
}

/** Exit codes of the queue commands. */
export const EXIT = { ok: 0, failure: 1, usage: 2, unreachable: 3 } as const;

export function exitFor(code: string): number {
  if (code === 'bad_redis_url' || code === 'bad_input') return EXIT.usage;
  if (code === 'redis_unreachable') return EXIT.unreachable;
  return EXIT.failure;
}
