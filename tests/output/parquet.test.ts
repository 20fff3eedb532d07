import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDuckDb, openOutput } from '../../src/output/index.js';
import { record } from './record.js';

const duck = await loadDuckDb().catch(() => null);

describe.skipIf(!duck)('parquet (needs the optional @duckdb/node-api)', () => {
  it('writes typed flat columns DuckDB can read back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zb-pq-'));
    const out = join(dir, 'r.parquet');
    const sink = await openOutput({ format: 'parquet', target: { path: out } });
    await sink.write([record(), record({ name: '床位', value: null, masked: true, target: { value: 5, unit: '个', raw: '5个', masked: false } })]);
    await sink.finish();
    expect(await readdir(dir)).toEqual(['r.parquet']);
    const instance = await duck!.DuckDBInstance.create(':memory:');
    const conn = (await instance.connect()) as unknown as {
      runAndReadAll(sql: string): Promise<{ getRowObjectsJS(): Record<string, unknown>[] }>;
      closeSync(): void;
    };
    const rows = (await conn.runAndReadAll(`SELECT name, value, masked, target_value, section FROM '${out}' ORDER BY name`)).getRowObjectsJS();
    conn.closeSync();
    instance.closeSync();
    expect(rows).toEqual([
      { name: '床位', value: null, masked: true, target_value: 5, section: '一、工作 > (一)托育' },
      { name: '托位', value: 110, masked: false, target_value: null, section: '一、工作 > (一)托育' },
    ]);
  });
});
