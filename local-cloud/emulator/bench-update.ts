// Throughput of single-document conditional updates (the seat/stock pattern) through the real SDK
// against a temp emulator: `where({ _id, left: _.gt(0) }).update({ left: _.inc(-1) })`.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { startTestEmulator } from './harness';

export interface BenchUpdateOptions {
  /** how long to run (default 3) */
  seconds?: number;
  /** updates in flight at once, over all clients (default 32) */
  concurrency?: number;
  /** documents the updates spread over (default 100) */
  documents?: number;
  /**
   * Worker threads running the SDK clients (default 0: in this process, as functions run in the
   * local cloud). The SDK costs more CPU per request than the emulator, so threads show the
   * emulator's own capacity.
   */
  clientThreads?: number;
}

interface ClientJob {
  adminUrl: string;
  ids: string[];
  concurrency: number;
  endAt: number;
  /** a file path in the repo, to resolve the SDK from */
  base: string;
}

type RunClient = (job: ClientJob) => Promise<number>;
const CLIENT_FILE = path.join(__dirname, 'bench-client.js');

function inProcessClient(job: ClientJob): Promise<number> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { runClient } = require(CLIENT_FILE) as { runClient: RunClient };
  return runClient(job);
}

function threadClient(job: ClientJob): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CLIENT_FILE, { workerData: { benchClient: true, job } });
    worker.once('message', (m: { ops?: number; error?: string }) => {
      void worker.terminate();
      if (m.error !== undefined) reject(new Error(m.error));
      else resolve(m.ops ?? 0);
    });
    worker.once('error', reject);
  });
}

export async function benchUpdates(
  opts: BenchUpdateOptions = {},
): Promise<{ ops: number; opsPerSec: number }> {
  const seconds = opts.seconds ?? 3;
  const concurrency = opts.concurrency ?? 32;
  const documents = opts.documents ?? 100;
  const threads = opts.clientThreads ?? 0;
  const t = await startTestEmulator();
  try {
    const coll = t.db.collection('bench_counters');
    const ids = Array.from({ length: documents }, (_v, i) => `c${i}`);
    for (let i = 0; i < ids.length; i += 100) {
      await coll.add(ids.slice(i, i + 100).map((_id) => ({ _id, left: Number.MAX_SAFE_INTEGER })));
    }
    const started = process.hrtime.bigint();
    const endAt = Date.now() + seconds * 1000;
    const base = path.join(__dirname, 'bench-update.ts');
    const job = (n: number): ClientJob => ({
      adminUrl: t.adminUrl,
      ids,
      concurrency: n,
      endAt,
      base,
    });
    const counts =
      threads > 0
        ? await Promise.all(
            Array.from({ length: threads }, (_v, k) =>
              threadClient(
                job(Math.floor(concurrency / threads) + (k < concurrency % threads ? 1 : 0)),
              ),
            ),
          )
        : [await inProcessClient(job(concurrency))];
    const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
    const ops = counts.reduce((a, b) => a + b, 0);
    return { ops, opsPerSec: Math.round(ops / elapsed) };
  } finally {
    await t.close();
  }
}
