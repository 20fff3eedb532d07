/**
 * Parquet through DuckDB (`@duckdb/node-api`, an optional dependency, loaded only when
 * asked for). Records are staged as flat JSON lines (the CSV columns, typed), then one
 * `COPY … TO … (FORMAT parquet)` writes the file.
 */
import { COLUMNS, flattenRecord } from './columns.js';
import type { Encoder } from './encoder.js';

export const PARQUET_MISSING = 'parquet output needs the optional dependency @duckdb/node-api';

/** Thrown when the optional dependency cannot be loaded; the message says what to install. */
export class ParquetUnavailableError extends Error {
  override readonly name = 'ParquetUnavailableError';
}

/** The staging encoder: one flat JSON object per record, per line. */
export function parquetStageEncoder(): Encoder {
  return {
    head: () => '',
    encode: (records) => records.map((r) => `${JSON.stringify(flattenRecord(r))}\n`).join(''),
    fromLines: (lines) => lines,
    tail: () => '',
  };
}

/** The minimal surface of @duckdb/node-api this module uses. */
interface DuckConnection {
  run(sql: string): Promise<unknown>;
  closeSync(): void;
}
interface DuckInstance {
  connect(): Promise<DuckConnection>;
  closeSync(): void;
}
interface DuckModule {
  DuckDBInstance: { create(path: string): Promise<DuckInstance> };
}

/** Loads DuckDB, or throws `ParquetUnavailableError`. Call it before a long batch to fail early. */
export async function loadDuckDb(): Promise<DuckModule> {
  const name = '@duckdb/node-api';
  try {
    // A variable specifier keeps TypeScript from requiring the optional package's types.
    return (await import(name)) as DuckModule;
  } catch (cause) {
    throw new ParquetUnavailableError(PARQUET_MISSING, { cause });
  }
}

const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** Converts a staged flat-JSONL file to a Parquet file at `outPath`. */
export async function stageToParquet(stagePath: string, outPath: string): Promise<void> {
  const duck = await loadDuckDb();
  const columns = COLUMNS.map((c) => `${sqlString(c.name)}: ${sqlString(c.type)}`).join(', ');
  const instance = await duck.DuckDBInstance.create(':memory:');
  try {
    const conn = await instance.connect();
    try {
      await conn.run(
        `COPY (SELECT * FROM read_json(${sqlString(stagePath)}, format = 'newline_delimited', ` +
          `columns = {${columns}})) TO ${sqlString(outPath)} (FORMAT parquet)`,
      );
    } finally {
      conn.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}
