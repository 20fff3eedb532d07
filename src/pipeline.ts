/**
 * extract(): report text in, typed indicator records out. STUB: being written.
 */
import type { ExtractResult } from './schema.js';

export interface ExtractOptions {
  /** Written into every record's `source`. */
  source?: string;
  /** A year to use as `period` when neither the sentence nor the title names one. */
  year?: number;
}

export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  void options;
  return { records: [], text, warnings: [] };
}
