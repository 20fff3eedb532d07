/**
 * `--redis URL` checks and the ioredis connections BullMQ gets from it.
 *
 * Accepted: `redis://[user:password@]host[:port][/db]` and `rediss://…` (TLS).
 * ioredis parses the URL (host, port, ACL user, password, db; `rediss:` turns
 * TLS on); `parseRedisUrl` only refuses, up front and as a value, what ioredis
 * would accept and then fail on (another scheme, a bad port, a db that is not
 * a number).
 *
 * Two kinds of connection, as BullMQ's "Going to production" guide describes:
 * - `worker`: `maxRetriesPerRequest: null` (BullMQ requires it for workers):
 *   commands wait through a Redis restart and are sent again on reconnect.
 *   A Worker sends its commands on it and duplicates it for its blocking
 *   wait (two connections per worker process); the same instance carries
 *   the worker's own reads (drain check, result registry).
 * - `producer` (enqueue, status, collect): `enableOfflineQueue: false`, so a
 *   command issued while Redis is down fails at once, and
 *   `maxRetriesPerRequest: 1`, so a command in flight when the connection
 *   drops fails after one reconnect attempt instead of twenty. These commands
 *   are short-lived: failing is better than hanging. For the same reason
 *   their first connect fails on the first refusal (`untilReady`).
 *
 * Every connection has an `error` listener (ioredis prints unhandled ones).
 */
import { Redis, type RedisOptions } from 'ioredis';

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

export interface RedisTarget {
  /** The URL handed to ioredis. */
  url: string;
  /** The URL with the password masked, for messages. */
  display: string;
}

export type ConnectionRole = 'worker' | 'producer';

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
  if (url.hostname === '') return bad(`no host in ${JSON.stringify(input)}`);
  if (url.port !== '') {
    const port = Number(url.port);
    if (!Number.isInteger(port) || port <= 0 || port > 65535) return bad(`bad port in ${input}`);
  }
  const dbText = url.pathname.replace(/^\//, '');
  if (dbText !== '' && !/^\d+$/.test(dbText)) return bad(`bad database number ${JSON.stringify(dbText)}`);
  if (url.username !== '' && url.password === '') {
    // `redis://secret@host` has always meant a password alone (AUTH secret);
    // ioredis would read it as an ACL user with an empty password.
    url.password = url.username;
    url.username = '';
  }
  const masked = new URL(url.href);
  if (masked.password !== '') masked.password = '***';
  return { ok: true, value: { url: url.href, display: masked.href } };
}

/** ioredis options zhibiao sets (ioredis' own typing of `replyMapping` trips exactOptionalPropertyTypes). */
export type ConnectionOptions = Omit<RedisOptions, 'replyMapping'>;

/** ioredis options for a role (see the file comment). */
export function connectionOptions(role: ConnectionRole): ConnectionOptions {
  return role === 'worker'
    ? { maxRetriesPerRequest: null }
    : // disconnectTimeout: ioredis arms a timer of this length when it drops a socket that
      // never connected, which would keep a CLI that could not reach Redis alive 2 s longer.
      { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 5000, disconnectTimeout: 200 };
}

/**
 * A new ioredis connection for `target`, connecting at once. `onError` gets
 * its connection errors (default: ignored; the calls that fail say why).
 */
export function createConnection(target: RedisTarget, role: ConnectionRole, onError: (error: Error) => void = () => undefined): Redis {
  const client = new Redis(target.url, connectionOptions(role));
  client.on('error', onError);
  return client;
}

/** Close a connection: QUIT when it is up (replies still due arrive first), else drop it. */
export async function closeConnection(client: Redis, timeoutMs = 2000): Promise<void> {
  if (client.status !== 'ready') {
    client.disconnect();
    return;
  }
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  await Promise.race([client.quit().then(() => undefined, () => undefined), late]);
  clearTimeout(timer);
  // QUIT did not finish in time (Redis went away meanwhile): drop the socket.
  if ((client.status as string) !== 'end') client.disconnect();
}

/**
 * Resolve once `client` is ready; reject with the connection error if it does
 * not get there in `timeoutMs` (or, with `failOnError`, at the first error).
 */
export function untilReady(client: Redis, timeoutMs: number, failOnError = false): Promise<void> {
  if (client.status === 'ready') return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    let last: Error | undefined;
    const onError = (error: Error): void => {
      last = error;
      if (failOnError) done(error);
    };
    const done = (error?: Error): void => {
      clearTimeout(timer);
      client.off('ready', onReady);
      client.off('error', onError);
      client.off('end', onEnd);
      if (error) reject(error);
      else resolve();
    };
    const onReady = (): void => done();
    const onEnd = (): void => done(last ?? new Error('Connection is closed.'));
    const timer = setTimeout(() => done(last ?? new Error(`no connection after ${timeoutMs} ms`)), timeoutMs);
    client.on('ready', onReady);
    client.on('error', onError);
    client.on('end', onEnd);
  });
}

/**
 * Run `use` on a fresh connection of `role`, closed after. A Redis that cannot
 * be reached in `connectTimeoutMs` is a `redis_unreachable` error value.
 */
export async function withConnection<T>(
  target: RedisTarget,
  role: ConnectionRole,
  use: (client: Redis) => Promise<T>,
  connectTimeoutMs = 5000,
): Promise<Result<T>> {
  const client = createConnection(target, role);
  try {
    await untilReady(client, connectTimeoutMs, role === 'producer');
  } catch (cause) {
    client.disconnect();
    return unreachable(target, cause);
  }
  try {
    return { ok: true, value: await use(client) };
  } catch (cause) {
    return isConnectionError(cause) ? unreachable(target, cause) : { ok: false, error: { code: 'internal', message: messageOf(cause) } };
  } finally {
    await closeConnection(client);
  }
}

/** PING the server once; turns "cannot connect" into a value. Says the maxmemory-policy when it can read it. */
export async function ping(target: RedisTarget): Promise<Result<string>> {
  return withConnection(target, 'producer', async (client) => {
    const pong = await client.ping();
    const policy = await client.config('GET', 'maxmemory-policy').catch(() => null);
    const value = Array.isArray(policy) && typeof policy[1] === 'string' ? policy[1] : null;
    return value === null ? pong : `${pong} maxmemory-policy=${value}`;
  });
}

/** An error from the connection rather than from a command (refused, reset, timed out, closed…). */
export function isConnectionError(cause: unknown): boolean {
  if (!(cause instanceof Error)) return false;
  const code = (cause as NodeJS.ErrnoException).code ?? '';
  if (/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ECONNABORTED)$/.test(code)) return true;
  return /Connection is closed|Stream isn't writeable|MaxRetriesPerRequest|connect ETIMEDOUT|no connection after|ECONNREFUSED|ECONNRESET|ENOTFOUND/i.test(cause.message);
}

export function messageOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

function unreachable(target: RedisTarget, cause: unknown): Result<never> {
  return { ok: false, error: { code: 'redis_unreachable', message: `cannot reach Redis at ${target.display}: ${messageOf(cause)}` } };
}

function bad(message: string): Result<never> {
  return { ok: false, error: { code: 'bad_redis_url', message } };
}
