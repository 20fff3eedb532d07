/**
 * Where results are: each worker records its absolute `--out` directory in a
 * Redis set, so `collect` run without directories finds them (when they are
 * on storage it can read, e.g. a shared mount), and can say which it cannot.
 */
import { QUEUE_PREFIX, type RedisTarget } from './connection.js';
import { RespClient } from './resp.js';

export interface ResultDirEntry {
  host: string;
  dir: string;
}

const keyOf = (queue: string): string => `${QUEUE_PREFIX}:${queue}:zhibiao-result-dirs`;

export async function registerResultDir(target: RedisTarget, queue: string, entry: ResultDirEntry): Promise<void> {
  await withClient(target, (c) => c.send('SADD', [keyOf(queue), JSON.stringify(entry)]));
}

export async function resultDirs(target: RedisTarget, queue: string): Promise<ResultDirEntry[]> {
  const members = await withClient(target, (c) => c.send<unknown[]>('SMEMBERS', [keyOf(queue)]));
  const out: ResultDirEntry[] = [];
  for (const m of members) {
    if (typeof m !== 'string') continue;
    try {
      const v = JSON.parse(m) as Partial<ResultDirEntry>;
      if (typeof v.host === 'string' && typeof v.dir === 'string') out.push({ host: v.host, dir: v.dir });
    } catch {
      // Not ours; ignore.
    }
  }
  return out.sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
}

/** A raw counter/set command on a short-lived connection. */
export async function withClient<T>(target: RedisTarget, use: (client: RespClient) => Promise<T>): Promise<T> {
  const { display, ...options } = target;
  void display;
  const client = new RespClient(options);
  try {
    await client.connect();
    return await use(client);
  } finally {
    client.close();
  }
}
