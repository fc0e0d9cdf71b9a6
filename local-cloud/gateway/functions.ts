// Finds the cloud functions in cloudfunctions/ and runs one in an instance of the local cloud
// (instances.ts) with a context shaped like the platform's (WX_OPENID/WX_APPID in `environment`).
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import {
  listFunctionNames,
  readFunctionConfig as parseFunctionConfig,
  type FunctionConfig,
} from '../../deploy/function-config';
import { InvocationFailed, type FunctionInstances } from './instances';

export const FUNCTIONS_DIR = path.resolve(__dirname, '..', '..', 'cloudfunctions');
export const LOCAL_APPID = 'wx-local-union-hub';

export type { FunctionConfig } from '../../deploy/function-config';

// the local clouds running in this process, the newest last (tests may start a second one)
const running: FunctionInstances[] = [];

/** Registers a local cloud's instances for timers, dev routes and function-to-function calls. */
export function registerInstances(instances: FunctionInstances): void {
  running.push(instances);
}

export function dropInstances(instances: FunctionInstances): void {
  const at = running.indexOf(instances);
  if (at >= 0) running.splice(at, 1);
}

export function currentInstances(): FunctionInstances | null {
  return running[running.length - 1] ?? null;
}

/** The running local cloud's functions folder (LOCAL_FUNCTIONS_DIR), else cloudfunctions/. */
export function functionsDir(): string {
  return currentInstances()?.dir ?? FUNCTIONS_DIR;
}

/** Function names: folders with an index.ts, not starting with "_" (the deploy plan's reader). */
export function listFunctions(dir = functionsDir()): string[] {
  return listFunctionNames(dir);
}

/** A function's config.json, parsed as the deploy plan parses it. */
export function readFunctionConfig(name: string, dir = functionsDir()): FunctionConfig {
  return parseFunctionConfig(name, dir);
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

export function hasFunction(name: string, dir = functionsDir()): boolean {
  return /^[a-z][a-z0-9-]*$/.test(name) && listFunctions(dir).includes(name);
}

/**
 * Runs a function the way the platform does: main(event, context) with the caller's identity, in
 * one of its instances. Rejects with InvocationFailed when the function throws or its instance dies.
 */
export async function invokeFunction(
  name: string,
  event: unknown,
  openid: string | null,
  instances = currentInstances(),
): Promise<unknown> {
  if (!instances) throw new InvocationFailed(name, '本地云没有启动');
  return instances.invoke(name, event, platformContext(name, openid));
}
