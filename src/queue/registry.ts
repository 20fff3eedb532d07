/**
 * Where results are: each worker records its absolute `--out` directory in a
 * Redis set, so `collect` run without directories finds them (when they are
 * on storage it can read, e.g. a shared mount), and can say which it cannot.
 */
import type { Redis } from 'ioredis';
import { QUEUE_PREFIX } from './connection.js';

export interface ResultDirEntry {
  host: string;
  dir: string;
}

const keyOf = (queue: string): string => `${QUEUE_PREFIX}:${queue}:zhibiao-result-dirs`;

export async function registerResultDir(client: Redis, queue: string, entry: ResultDirEntry): Promise<void> {
  await client.sadd(keyOf(queue), JSON.stringify(entry));
}

export async function resultDirs(client: Redis, queue: string): Promise<ResultDirEntry[]> {
  const members = await client.smembers(keyOf(queue));
  const out: ResultDirEntry[] = [];
  for (const m of members) {
    try {
      const v = JSON.parse(m) as Partial<ResultDirEntry>;
      if (typeof v.host === 'string' && typeof v.dir === 'string') out.push({ host: v.host, dir: v.dir });
    } catch {
      // Not ours; ignore.
    }
  }
  return out.sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
}
