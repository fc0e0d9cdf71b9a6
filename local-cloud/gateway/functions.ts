// Finds the cloud functions in cloudfunctions/ and runs one in process with a context shaped like
// the platform's (WX_OPENID/WX_APPID in `environment`), so the real kit code path runs.
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const FUNCTIONS_DIR = path.resolve(__dirname, '..', '..', 'cloudfunctions');
export const LOCAL_APPID = 'wx-local-union-hub';

type Main = (event: unknown, context: unknown) => Promise<unknown>;

export interface TimerTrigger {
  name: string;
  type: 'timer';
  config: string;
}

export interface FunctionConfig {
  timeout?: number;
  triggers?: TimerTrigger[];
  permissions?: Record<string, unknown>;
}

/** Function names: folders with an index.ts, not starting with "_". */
export function listFunctions(dir = FUNCTIONS_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter(
      (d) =>
        d.isDirectory() &&
        !d.name.startsWith('_') &&
        existsSync(path.join(dir, d.name, 'index.ts')),
    )
    .map((d) => d.name)
    .sort();
}

export function readFunctionConfig(name: string, dir = FUNCTIONS_DIR): FunctionConfig {
  const file = path.join(dir, name, 'config.json');
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, 'utf8')) as FunctionConfig;
}

const loaded = new Map<string, Main>();

function loadMain(name: string): Main {
  let main = loaded.get(name);
  if (!main) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(FUNCTIONS_DIR, name, 'index.ts')) as { main?: Main };
    if (typeof mod.main !== 'function') throw new Error(`函数 ${name} 没有导出 main`);
    main = mod.main;
    loaded.set(name, main);
  }
  return main;
}

let clockOffsetMs = 0;

/** Tests: shift the clock functions see (ctx.now, timers) by this much; 0 puts it back. */
export function setClockOffset(ms: number): void {
  clockOffsetMs = ms;
}

export function platformContext(name: string, openid: string | null): Record<string, unknown> {
  const environment: Record<string, string> = {
    SCF_NAMESPACE: process.env.SCF_NAMESPACE ?? '',
    TCB_CONTEXT_KEYS: 'TCB_ENV,TCB_SEQID',
    TCB_ENV: process.env.SCF_NAMESPACE ?? '',
    TCB_SEQID: randomUUID(),
  };
  // read by cloudfunctions/_kit/clock.ts, only on the local environment
  if (clockOffsetMs) environment.UNION_HUB_CLOCK_OFFSET_MS = String(clockOffsetMs);
  if (openid) {
    Object.assign(environment, {
      WX_OPENID: openid,
      WX_APPID: LOCAL_APPID,
      WX_UNIONID: '',
      WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID',
    });
  }
  return {
    request_id: randomUUID(),
    function_name: name,
    function_version: '$LATEST',
    namespace: process.env.SCF_NAMESPACE ?? '',
    memory_limit_in_mb: 256,
    time_limit_in_ms: 3000,
    environment: JSON.stringify(environment),
  };
}

export function hasFunction(name: string): boolean {
  return /^[a-z][a-z0-9-]*$/.test(name) && listFunctions().includes(name);
}

/** Runs a function the way the platform does: main(event, context) with the caller's identity. */
export async function invokeFunction(
  name: string,
  event: unknown,
  openid: string | null,
): Promise<unknown> {
  return loadMain(name)(event, platformContext(name, openid));
}
