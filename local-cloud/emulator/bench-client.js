// The client side of the update benchmark, in plain JS so it runs both in the benchmark's process
// and in a worker thread: conditional decrements through the real SDK until a deadline.
const { createRequire } = require('node:module');

/**
 * @param {{ adminUrl: string, ids: string[], concurrency: number, endAt: number, base: string }} job
 * @returns {Promise<number>} updates that applied
 */
async function runClient(job) {
  process.env.TENCENTCLOUD = 'true';
  process.env.SILENCE = 'true';
  const tcb = createRequire(job.base)('@cloudbase/node-sdk');
  const db = tcb
    .init({ env: 'bench', serviceUrl: job.adminUrl, secretId: 'x', secretKey: 'y' })
    .database();
  const _ = db.command;
  const coll = db.collection('bench_counters');
  let ops = 0;
  await Promise.all(
    Array.from({ length: job.concurrency }, async (_v, w) => {
      let i = w * 7;
      while (Date.now() < job.endAt) {
        const _id = job.ids[i++ % job.ids.length];
        const res = await coll.where({ _id, left: _.gt(0) }).update({ left: _.inc(-1) });
        if (res.updated !== 1) throw new Error(`bench update of ${_id} did not apply`);
        ops += 1;
      }
    }),
  );
  return ops;
}

module.exports = { runClient };

const { isMainThread, parentPort, workerData } = require('node:worker_threads');
if (!isMainThread && workerData && workerData.benchClient) {
  runClient(workerData.job).then(
    (ops) => parentPort.postMessage({ ops }),
    (e) => parentPort.postMessage({ error: String(e) }),
  );
}
