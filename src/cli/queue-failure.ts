/** How the queue commands print an error value (kept apart from io.ts: it loads the Redis client's module). */
import { EXIT, exitFor } from '../queue/args.js';
import { usageError, writeLines, type CliIO } from './io.js';

/**
 * A queue command's error value, printed: a usage error (bad URL, bad number) with the
 * help hint, anything else as one line; the exit code `exitFor` gives (3: Redis unreachable).
 */
export function queueFailure(io: CliIO, command: string, error: { code: string; message: string }): number {
  const code = exitFor(error.code);
  if (code === EXIT.usage) return usageError(io, command, error.message);
  writeLines(io.stderr, [`zhibiao ${command}: ${error.message}`]);
  return code;
}
