/**
 * A throwaway redis-server for the queue tests: found on PATH or in /usr/bin,
 * started on a free loopback port with no persistence, stopped after.
 *
 * If redis-server is missing the tests FAIL, loudly, with how to install it,
 * unless ZHIBIAO_SKIP_REDIS=1 is set explicitly, which skips them with a
 * visible reason. They never pass silently without Redis.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { Redis } from 'ioredis';

export const SKIP_REDIS = process.env.ZHIBIAO_SKIP_REDIS === '1';

export const MISSING_REDIS_MESSAGE = [
  '',
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
  '!! The queue tests need a real redis-server and none was found (PATH, /usr/bin).',
  '!! Install it:   apt-get install -y redis-server   (Debian/Ubuntu)',
  '!!               brew install redis                 (macOS)',
  '!! or skip these tests explicitly with ZHIBIAO_SKIP_REDIS=1.',
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
  '',
].join('\n');

export function findRedisServer(): string | null {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/bin', '/usr/local/bin', '/usr/sbin'];
  for (const dir of dirs) {
    if (dir === '') continue;
    const candidate = join(dir, 'redis-server');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RedisServer {
  url: string;
  port: number;
  /** SIGKILL the server (a crash). */
  kill(): Promise<void>;
  /** Start it again on the same port with the same arguments. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Start redis-server on a free port; throws the loud message when there is none.
 * `persistDir` turns on AOF with fsync on every write (so a SIGKILL loses nothing).
 */
export async function startRedis(persistDir?: string): Promise<RedisServer> {
  const bin = findRedisServer();
  if (bin === null) throw new Error(MISSING_REDIS_MESSAGE);
  const persistence = persistDir === undefined
    ? ['--appendonly', 'no']
    : ['--appendonly', 'yes', '--appendfsync', 'always', '--dir', persistDir];
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const args = ['--save', '', ...persistence, '--port', String(port), '--bind', '127.0.0.1', '--maxmemory-policy', 'noeviction'];
    const launch = async (): Promise<ChildProcess | string> => {
      const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let log = '';
      child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
      child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
      if (await waitForPing(port, child, 5000)) return child;
      await stopChild(child);
      return log;
    };
    let child = await launch();
    if (typeof child !== 'string') {
      const server: RedisServer = {
        url: `redis://127.0.0.1:${port}`,
        port,
        kill: async () => {
          if (typeof child === 'string') return;
          const exited = new Promise((resolve) => (child as ChildProcess).once('exit', resolve));
          child.kill('SIGKILL');
          await exited;
        },
        restart: async () => {
          child = await launch();
          if (typeof child === 'string') throw new Error(`redis-server did not restart on port ${port}:\n${child}`);
        },
        stop: () => (typeof child === 'string' ? Promise.resolve() : stopChild(child)),
      };
      return server;
    }
    if (attempt >= 2) throw new Error(`redis-server did not answer PING on port ${port}:\n${child}`);
  }
}

async function waitForPing(port: number, child: ChildProcess, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    // One attempt per loop: no reconnects, no offline queue, errors kept quiet.
    const client = new Redis({ host: '127.0.0.1', port, connectTimeout: 500, lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0, enableOfflineQueue: false });
    client.on('error', () => undefined);
    try {
      await client.connect();
      if ((await client.ping()) === 'PONG') return true;
    } catch {
      // not up yet
    } finally {
      client.disconnect();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
