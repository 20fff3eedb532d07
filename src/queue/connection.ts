/**
 * `--redis URL` parsing and the connections BullMQ gets from it.
 *
 * Accepted: `redis://[user:password@]host[:port][/db]` and `rediss://…` (TLS).
 * Each BullMQ object (Queue, Worker) gets its own connection; BullMQ opens
 * a second, blocking connection for a Worker by duplicating it.
 */
import { createBunRedisClient, type IRedisClient } from 'bullmq';
import { RespClient, type RespOptions } from './resp.js';

/** An error as a value: what went wrong with the queue, with a code. */
export interface QueueError {
  code: 'bad_redis_url' | 'redis_unreachable' | 'bad_input' | 'io' | 'internal';
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: QueueError };

export const DEFAULT_QUEUE = 'zhibiao';

/**
 * BullMQ's key prefix. Every key of queue NAME lives under `zhibiao:NAME:*`,
 * which keeps zhibiao's keys apart from other BullMQ users of the same Redis.
 */
export const QUEUE_PREFIX = 'zhibiao';

export interface RedisTarget extends RespOptions {
  /** The URL with the password masked, for messages. */
  display: string;
}

export function parseRedisUrl(input: string): Result<RedisTarget> {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return bad(`not a URL: ${JSON.stringify(input)} (expected redis://host:port[/db])`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    return bad(`unsupported scheme ${url.protocol} (expected redis:// or rediss://)`);
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1';
  const port = url.port === '' ? 6379 : Number(url.port);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) return bad(`bad port in ${input}`);
  const dbText = url.pathname.replace(/^\//, '');
  const db = dbText === '' ? 0 : Number(dbText);
  if (!Number.isInteger(db) || db < 0) return bad(`bad database number ${JSON.stringify(dbText)}`);
  const target: RedisTarget = { host, port, db, tls: url.protocol === 'rediss:', display: '' };
  if (url.password !== '') target.password = decodeURIComponent(url.password);
  if (url.username !== '' && url.password !== '') target.username = decodeURIComponent(url.username);
  if (url.username !== '' && url.password === '') target.password = decodeURIComponent(url.username);
  const masked = new URL(url.href);
  if (masked.password !== '') masked.password = '***';
  target.display = masked.href;
  return { ok: true, value: target };
}

/**
 * A fresh BullMQ connection for `target`.
 *
 * With ioredis installed this is the one line to change:
 *   `return new IORedis({ ...target, maxRetriesPerRequest: null });`
 * (BullMQ requires `maxRetriesPerRequest: null` so blocking commands are never
 * cut short; the built-in RESP client never gives up on a request either.)
 */
export function connectionFor(target: RedisTarget): IRedisClient {
  const { display, ...options } = target;
  void display;
  return createBunRedisClient(new RespClient(options));
}

/** PING the server once; turns "cannot connect" into a value. */
export async function ping(target: RedisTarget): Promise<Result<string>> {
  const { display, ...options } = target;
  const client = new RespClient({ ...options, connectTimeoutMs: 5000 });
  try {
    await client.connect();
    const pong = await client.send<string>('PING', []);
    const policy = await client.send<unknown[]>('CONFIG', ['GET', 'maxmemory-policy']).catch(() => null);
    const value = Array.isArray(policy) && typeof policy[1] === 'string' ? policy[1] : null;
    return { ok: true, value: value === null ? pong : `${pong} maxmemory-policy=${value}` };
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, error: { code: 'redis_unreachable', message: `cannot reach Redis at ${display}: ${message}` } };
  } finally {
    client.close();
  }
}

function bad(message: string): Result<never> {
  return { ok: false, error: { code: 'bad_redis_url', message } };
}
