/**
 * Reading gold and prediction files: JSON lines, blank lines skipped, a bad line an
 * error naming the file and line.
 */
import { readFile } from 'node:fs/promises';
import type { EvalRecord } from './match.js';

/** Parses JSONL text; throws `Error("PATH:LINE: not JSON: …")` on a bad line. */
export function parseJsonl(text: string, path = '<input>'): EvalRecord[] {
  const out: EvalRecord[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw new Error(`${path}:${i + 1}: not JSON: ${(e as Error).message}`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new Error(`${path}:${i + 1}: not a JSON object`);
    }
    out.push(value as EvalRecord);
  });
  return out;
}

/** Reads and parses one JSONL file. */
export async function readJsonl(path: string): Promise<EvalRecord[]> {
  return parseJsonl(await readFile(path, 'utf8'), path);
}
