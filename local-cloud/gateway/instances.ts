// Function instances like the platform's: each serves one invocation at a time and has its own
// module state; a function gets up to `limit` of them, started on demand (cold starts counted),
// reused while warm, retired when idle; calls beyond the limit wait in line. An instance whose
// function throws or whose thread dies is replaced, and its caller gets an opaque error.
import path from 'node:path';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { functionBundle } from './bundle';

/** `thread`: a worker thread per instance (real parallelism); `inline`: a module copy per instance in this thread. */
export type Isolation = 'thread' | 'inline';

export interface InstancesOptions {
  /** where the functions live (each a folder with index.ts) */
  dir: string;
  /** instances per function (LOCAL_FN_INSTANCES, default 8) */
  limit?: number;
  /** an idle instance retires after this long (LOCAL_FN_IDLE_MS, default 5 minutes) */
  idleMs?: number;
  /** LOCAL_FN_ISOLATION, default inline (measured cheaper on 2 cores: see docs/architecture.md) */
  isolation?: Isolation;
}

export interface FunctionStats {
  name: string;
  running: number;
  idle: number;
  starting: number;
  queued: number;
  coldStarts: number;
  invocations: number;
  failures: number;
  retired: number;
  peakRunning: number;
  peakQueued: number;
}

export interface InstancesStats {
  isolation: Isolation;
  limit: number;
  idleMs: number;
  functions: FunctionStats[];
}

/** The function threw or its instance died: the caller learns only that it failed, as on the platform. */
export class InvocationFailed extends Error {
  constructor(
    readonly fn: string,
    readonly detail: string,
  ) {
    super(`函数 ${fn} 执行失败`);
  }
}

type Main = (event: unknown, context: unknown) => Promise<unknown>;

interface Runner {
  run(
    event: unknown,
    context: unknown,
    env: Record<string, string>,
    envKey: string,
  ): Promise<unknown>;
  close(): void;
  setIdle(idle: boolean): void;
}

class RunFailed extends Error {}

/** A worker thread running local-cloud/gateway/instance-worker.js on the bundle. */
async function startThread(
  name: string,
  bundle: string,
  env: Record<string, string>,
): Promise<Runner> {
  const worker = new Worker(path.join(__dirname, 'instance-worker.js'), {
    workerData: { name, bundle, env },
    // the bundle is plain JS: no TypeScript loader (tsx, jest) in the instance, as on the platform
    execArgv: [],
    stdout: false,
    stderr: false,
  });
  let envSent = JSON.stringify(env);
  let pending: { resolve(v: unknown): void; reject(e: Error): void } | null = null;
  let nextId = 1;
  let dead: Error | null = null;
  const die = (e: Error) => {
    if (dead) return;
    dead = e;
    pending?.reject(new RunFailed(e.message));
    pending = null;
  };
  // (not removeAllListeners: the worker's own message port listens on it too)
  let ready: { resolve(): void; reject(e: Error): void } | null = null;
  worker.on('error', (e) => (ready ? ready.reject(e) : die(e)));
  worker.on('exit', (code) => {
    const e = new Error(`实例退出（${code}）`);
    if (ready) ready.reject(e);
    else die(e);
  });
  worker.on('message', (m: { type: string; ok: boolean; json?: string; error?: string }) => {
    if (m.type === 'ready') ready?.resolve();
    if (m.type !== 'done' || !pending) return;
    const p = pending;
    pending = null;
    if (m.ok) p.resolve(JSON.parse(m.json as string));
    else p.reject(new RunFailed(m.error ?? 'error'));
  });
  await new Promise<void>((resolve, reject) => {
    ready = { resolve, reject };
  })
    .catch((e: unknown) => {
      void worker.terminate();
      throw new RunFailed(e instanceof Error ? (e.stack ?? e.message) : String(e));
    })
    .finally(() => {
      ready = null;
    });
  return {
    run(event, context, envNow, envKey) {
      if (dead) return Promise.reject(new RunFailed(dead.message));
      const id = nextId++;
      const msg: Record<string, unknown> = { id, event, context };
      // tests change process.env after start (e.g. quiet hours): the instance sees the change
      if (envKey !== envSent) {
        msg.env = envNow;
        envSent = envKey;
      }
      return new Promise((resolve, reject) => {
        pending = { resolve, reject };
        worker.postMessage(msg);
      });
    },
    close() {
      void worker.terminate();
    },
    setIdle(idle) {
      // an idle instance does not keep the process alive
      if (idle) worker.unref();
      else worker.ref();
    },
  };
}

/** The bundle evaluated once more in this thread: module state per instance, no parallelism. */
async function startInline(name: string, bundle: string): Promise<Runner> {
  const code = readFileSync(bundle, 'utf8');
  const mod = { exports: {} as { main?: Main } };
  // Function (not vm) so the code sees this realm's globals, e.g. jest's process.env
  const load = new Function('exports', 'require', 'module', '__filename', '__dirname', code);
  load(mod.exports, createRequire(bundle), mod, bundle, path.dirname(bundle));
  const main = mod.exports.main;
  if (typeof main !== 'function') throw new RunFailed(`函数 ${name} 没有导出 main`);
  return {
    async run(event, context) {
      try {
        return JSON.parse(JSON.stringify((await main(event, context)) ?? null));
      } catch (e) {
        throw new RunFailed(e instanceof Error ? (e.stack ?? e.message) : String(e));
      }
    },
    close() {},
    setIdle() {},
  };
}

interface Instance {
  runner: Runner | null;
  busy: boolean;
  idleTimer: NodeJS.Timeout | null;
}

interface Waiter {
  resolve(i: Instance): void;
  reject(e: Error): void;
}

class FunctionPool {
  readonly instances = new Set<Instance>();
  readonly idle: Instance[] = [];
  readonly queue: Waiter[] = [];
  coldStarts = 0;
  invocations = 0;
  failures = 0;
  retired = 0;
  peakRunning = 0;
  peakQueued = 0;
  closed = false;

  constructor(
    readonly name: string,
    private readonly owner: FunctionInstances,
  ) {}

  stats(): FunctionStats {
    let running = 0;
    let starting = 0;
    for (const i of this.instances) {
      if (!i.runner) starting++;
      else if (i.busy) running++;
    }
    return {
      name: this.name,
      running,
      idle: this.idle.length,
      starting,
      queued: this.queue.length,
      coldStarts: this.coldStarts,
      invocations: this.invocations,
      failures: this.failures,
      retired: this.retired,
      peakRunning: this.peakRunning,
      peakQueued: this.peakQueued,
    };
  }

  async invoke(event: unknown, context: unknown): Promise<unknown> {
    this.invocations++;
    const instance = await this.acquire();
    const env = this.owner.envNow();
    try {
      const result = await (instance.runner as Runner).run(event, context, env.env, env.key);
      this.release(instance);
      return result;
    } catch (e) {
      this.failures++;
      this.discard(instance);
      throw new InvocationFailed(this.name, e instanceof Error ? e.message : String(e));
    }
  }

  private busyCount(): number {
    let n = 0;
    for (const i of this.instances) if (i.busy) n++;
    return n;
  }

  private acquire(): Promise<Instance> {
    if (this.closed) return Promise.reject(new InvocationFailed(this.name, '本地云已停止'));
    // the most recently used first, so the others can go idle long enough to retire
    const warm = this.idle.pop();
    if (warm) {
      this.take(warm);
      return Promise.resolve(warm);
    }
    if (this.instances.size < this.owner.limit) return this.start();
    return new Promise<Instance>((resolve, reject) => {
      this.queue.push({ resolve, reject });
      this.peakQueued = Math.max(this.peakQueued, this.queue.length);
    });
  }

  private take(i: Instance): void {
    if (i.idleTimer) clearTimeout(i.idleTimer);
    i.idleTimer = null;
    i.busy = true;
    i.runner?.setIdle(false);
    this.peakRunning = Math.max(this.peakRunning, this.busyCount());
  }

  private async start(): Promise<Instance> {
    const instance: Instance = { runner: null, busy: true, idleTimer: null };
    this.instances.add(instance);
    this.coldStarts++;
    this.peakRunning = Math.max(this.peakRunning, this.busyCount());
    try {
      instance.runner = await this.owner.startRunner(this.name);
      if (this.closed) {
        instance.runner.close();
        throw new InvocationFailed(this.name, '本地云已停止');
      }
      return instance;
    } catch (e) {
      this.instances.delete(instance);
      this.failures++;
      this.pump();
      throw e instanceof InvocationFailed
        ? e
        : new InvocationFailed(this.name, e instanceof Error ? e.message : String(e));
    }
  }

  private release(i: Instance): void {
    const next = this.queue.shift();
    if (next) {
      this.take(i);
      next.resolve(i);
      return;
    }
    i.busy = false;
    i.runner?.setIdle(true);
    this.idle.push(i);
    i.idleTimer = setTimeout(() => this.retire(i), this.owner.idleMs);
    i.idleTimer.unref();
  }

  private retire(i: Instance): void {
    const at = this.idle.indexOf(i);
    if (at < 0) return;
    this.idle.splice(at, 1);
    this.instances.delete(i);
    this.retired++;
    i.runner?.close();
  }

  private discard(i: Instance): void {
    this.instances.delete(i);
    i.runner?.close();
    this.pump();
  }

  /** A place freed up (an instance died or failed to start): start one for the next in line. */
  private pump(): void {
    if (this.closed || !this.queue.length || this.instances.size >= this.owner.limit) return;
    const next = this.queue.shift() as Waiter;
    this.start().then(next.resolve, next.reject);
  }

  close(): void {
    this.closed = true;
    for (const w of this.queue.splice(0)) w.reject(new InvocationFailed(this.name, '本地云已停止'));
    for (const i of this.instances) {
      if (i.idleTimer) clearTimeout(i.idleTimer);
      i.runner?.close();
    }
    this.instances.clear();
    this.idle.length = 0;
  }
}

function envNumber(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** All functions' instances of one local cloud. */
export class FunctionInstances {
  readonly limit: number;
  readonly idleMs: number;
  readonly isolation: Isolation;
  readonly dir: string;
  private readonly pools = new Map<string, FunctionPool>();
  private envCache: { key: string; env: Record<string, string> } | null = null;

  constructor(options: InstancesOptions) {
    this.dir = options.dir;
    this.limit = Math.max(1, Math.floor(options.limit ?? envNumber('LOCAL_FN_INSTANCES', 8)));
    this.idleMs = options.idleMs ?? envNumber('LOCAL_FN_IDLE_MS', 5 * 60_000);
    const iso = options.isolation ?? process.env.LOCAL_FN_ISOLATION;
    this.isolation = iso === 'thread' ? 'thread' : 'inline';
  }

  /** The environment a function sees: this process's (the local cloud sets the SDK's there). */
  envNow(): { key: string; env: Record<string, string> } {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
    const key = JSON.stringify(env);
    if (this.envCache?.key !== key) this.envCache = { key, env };
    return this.envCache;
  }

  async startRunner(name: string): Promise<Runner> {
    const bundle = await functionBundle(path.join(this.dir, name, 'index.ts'));
    return this.isolation === 'inline'
      ? startInline(name, bundle)
      : startThread(name, bundle, this.envNow().env);
  }

  invoke(name: string, event: unknown, context: unknown): Promise<unknown> {
    let pool = this.pools.get(name);
    if (!pool) {
      pool = new FunctionPool(name, this);
      this.pools.set(name, pool);
    }
    return pool.invoke(event, context);
  }

  stats(): InstancesStats {
    return {
      isolation: this.isolation,
      limit: this.limit,
      idleMs: this.idleMs,
      functions: [...this.pools.values()].map((p) => p.stats()),
    };
  }

  close(): void {
    for (const p of this.pools.values()) p.close();
  }
}
