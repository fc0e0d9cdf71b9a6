// One function instance in a worker thread: loads the function's bundle once (its module state is
// this instance's own) and runs one invocation at a time, as the platform's instances do.
'use strict';
const { parentPort, workerData } = require('node:worker_threads');

function applyEnv(env) {
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
  for (const [key, value] of Object.entries(env)) process.env[key] = value;
}

applyEnv(workerData.env);
const started = Date.now();
// a bundle that throws while loading fails this instance's start; the gateway reports it
const mod = require(workerData.bundle);
if (typeof mod.main !== 'function') throw new Error(`函数 ${workerData.name} 没有导出 main`);
parentPort.postMessage({ type: 'ready', loadMs: Date.now() - started });

parentPort.on('message', (msg) => {
  if (msg.env) applyEnv(msg.env);
  Promise.resolve()
    .then(() => mod.main(msg.event, msg.context))
    .then(
      // the platform answers JSON: what does not survive JSON does not reach the caller
      (result) =>
        parentPort.postMessage({
          type: 'done',
          id: msg.id,
          ok: true,
          json: JSON.stringify(result ?? null),
        }),
      (e) =>
        parentPort.postMessage({
          type: 'done',
          id: msg.id,
          ok: false,
          error: e instanceof Error ? e.stack || e.message : String(e),
        }),
    );
});
