/**
 * Counting the documents of a batch before it starts, so that the progress line knows its
 * total (and its ETA means something) from the first document: directories are walked,
 * zip archives' central directories read (no entry is inflated). Only for the progress
 * line; any input that cannot be counted counts as one.
 */
import { stat } from 'node:fs/promises';
import { isDocumentName, isZipPath, walkDirectory } from '../batch/inputs.js';
import { entries, entryName, openZip } from '../ingest/zip.js';

async function zipDocuments(path: string | Buffer): Promise<number> {
  let n = 0;
  try {
    for await (const e of entries(await openZip(path))) {
      const name = entryName(e);
      if (!name.endsWith('/') && isDocumentName(name)) n++;
    }
  } catch {
    return Math.max(1, n);
  }
  return n;
}

/** The documents the inputs hold, as the batch will see them. */
export async function countDocuments(inputs: Iterable<string> | AsyncIterable<string>): Promise<number> {
  let n = 0;
  for await (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info?.isDirectory()) {
      n += isZipPath(input) && info ? await zipDocuments(input) : 1;
      continue;
    }
    try {
      for await (const f of walkDirectory(input)) n += !('kind' in f) && isZipPath(f.source) ? await zipDocuments(f.path) : 1;
    } catch {
      n++;
    }
  }
  return n;
}
