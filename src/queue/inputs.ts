/**
 * What `enqueue` was given, as documents with their content hash. Expansion
 * is the local batch's (`expandInputs` from src/batch): a file is one
 * document, a directory its supported files (recursive, sorted), a zip its
 * entries (`a.zip!path/in/archive`, carried inline since no worker can read
 * them by path). An input that cannot be read becomes an error item, which is
 * enqueued too so that it lands in the failed set with its code.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { expandInputs } from '../batch/inputs.js';
import type { ErrorCode } from '../schema.js';

export type InputItem =
  | { kind: 'path'; source: string; path: string; size: number; hash: string }
  | { kind: 'bytes'; source: string; bytes: Buffer; hash: string }
  | { kind: 'error'; source: string; code: ErrorCode; message: string };

export function sha256(bytes: Buffer | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Every document under `inputs`, in order; reads each file once to hash it. */
export async function* inputItems(inputs: readonly string[]): AsyncIterable<InputItem> {
  for await (const item of expandInputs(inputs)) {
    switch (item.kind) {
      case 'error':
        yield { kind: 'error', source: item.source, code: item.error.code, message: item.error.message };
        break;
      case 'bytes': {
        const bytes = Buffer.from(item.bytes);
        yield { kind: 'bytes', source: item.source, bytes, hash: sha256(bytes) };
        break;
      }
      case 'path':
        try {
          const { hash, size } = await hashFile(item.path);
          yield { kind: 'path', source: item.source, path: resolve(item.path), size, hash };
        } catch (cause) {
          yield { kind: 'error', source: item.source, code: 'not_found', message: `cannot read ${item.path}: ${messageOf(cause)}` };
        }
        break;
    }
  }
}

async function hashFile(path: string): Promise<{ hash: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path)) {
    const bytes = chunk as Buffer;
    size += bytes.length;
    hash.update(bytes);
  }
  return { hash: hash.digest('hex'), size };
}

function messageOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
