#!/usr/bin/env node
/**
 * Queue throughput: docs/s through BullMQ + a local redis-server with 1 and 2
 * worker processes, against `zhibiao extract --jobs 1|2` on the same
 * generated documents. Wall clock per command, process start included on
 * both sides; the enqueue step is timed separately.
 *
 *   node bench/queue.mjs [--docs N] [--concurrency N] [--json]   (needs `npm run build` and redis-server)
 *
 * --concurrency is the worker's (jobs in flight per process, default 2).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { docs: { type: 'string' }, concurrency: { type: 'string' }, json: { type: 'boolean' } } });
const DOCS = Number(values.docs ?? 1000);
const CONCURRENCY = values.concurrency ?? '2';

const CLI = join(ROOT, 'dist/cli/main.js');
const QUEUE_CLI = existsSync(CLI) && readFileSync(CLI, 'utf8').includes("'worker'") ? CLI : join(ROOT, 'dist/queue/worker-main.js');
if (!existsSync(QUEUE_CLI)) fail('build first: npm run build');
const REDIS = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find(existsSync) ?? which('redis-server');
if (!REDIS) fail('redis-server not found: apt-get install -y redis-server');

const { Redis } = await import('ioredis');

function fail(message) {
  process.stderr.write(`bench/queue: ${message}\n`);
  process.exit(1);
}

function which(name) {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

async function startRedis() {
  const port = await freePort();
  const child = spawn(REDIS, ['--save', '', '--appendonly', 'no', '--port', String(port), '--bind', '127.0.0.1'], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    const c = new Redis({ host: '127.0.0.1', port, connectTimeout: 300, lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0, enableOfflineQueue: false });
    c.on('error', () => undefined);
    try {
      await c.connect();
      if ((await c.ping()) === 'PONG') return { url: `redis://127.0.0.1:${port}`, child };
    } catch {
      // not up yet
    } finally {
      c.disconnect();
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  fail('redis-server did not start');
}

function generate(dir, count) {
  mkdirSync(dir, { recursive: true });
  const seedDir = join(ROOT, 'fixtures/seeds');
  const seeds = readdirSync(seedDir).filter((n) => n.endsWith('.txt')).sort().map((n) => readFileSync(join(seedDir, n), 'utf8'));
  for (let i = 0; i < count; i++) {
    let k = 0;
    const text = seeds[i % seeds.length].replace(/\d+/g, (m) => (m.length === 4 && m.startsWith('20') ? m : String(Number(m) + ((i * 7 + ++k) % 13))));
    writeFileSync(join(dir, `r-${String(i).padStart(5, '0')}.txt`), `${text}\n附:第${i + 1}号报告,完成投资${(i * 37) % 900 + 10}万元。\n`);
  }
}

function run(args, env = {}) {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.once('exit', (code) => (code === 0 ? res() : rej(new Error(`${args.join(' ')} exited ${code}\n${err}`))));
  });
}

async function timed(fn) {
  const t0 = performance.now();
  await fn();
  return (performance.now() - t0) / 1000;
}

const rate = (seconds) => Math.round((DOCS / seconds) * 10) / 10;

const work = mkdtempSync(join(tmpdir(), 'zhibiao-bench-queue-'));
const redis = await startRedis();
try {
  const docs = join(work, 'docs');
  generate(docs, DOCS);
  const result = { documents: DOCS, workerConcurrency: Number(CONCURRENCY) };
  for (const jobs of [1, 2]) {
    const s = await timed(() => run([CLI, 'extract', docs, '--jobs', String(jobs), '--quiet', '--out', join(work, `local-${jobs}.jsonl`)]));
    result[`localDocsPerSecJobs${jobs}`] = rate(s);
  }
  for (const workers of [1, 2]) {
    const q = ['--redis', redis.url, '--queue', `bench${workers}`];
    const e = await timed(() => run([QUEUE_CLI, 'enqueue', docs, ...q]));
    if (workers === 1) result.enqueueDocsPerSec = rate(e);
    const s = await timed(() =>
      Promise.all(Array.from({ length: workers }, (_, w) => run([QUEUE_CLI, 'worker', ...q, '--out', join(work, `out-${workers}-${w}`), '--exit-when-drained', '--concurrency', CONCURRENCY]))),
    );
    result[`queueDocsPerSecWorkers${workers}`] = rate(s);
  }
  if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    process.stdout.write(
      `queue bench, ${DOCS} generated text reports, this machine:\n` +
        `  local extract --jobs 1: ${result.localDocsPerSecJobs1} docs/s, --jobs 2: ${result.localDocsPerSecJobs2} docs/s\n` +
        `  queue (worker --concurrency ${CONCURRENCY}), 1 worker: ${result.queueDocsPerSecWorkers1} docs/s, 2 workers: ${result.queueDocsPerSecWorkers2} docs/s\n` +
        `  enqueue: ${result.enqueueDocsPerSec} docs/s\n`,
    );
  }
} finally {
  redis.child.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
