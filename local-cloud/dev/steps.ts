// The WeRun simulator's dev routes: a 31-day step history per dev openid (generated, or as last
// edited in the dev panel), which the h5 app registers for a cloudID when it syncs. Local mode only.
import { z } from 'zod';

import { addDays, beijingDay, startOfBeijingDay } from '../../domain/time';
import { readValid, sendJson } from '../http/body';
import { addDevRoute } from './router';

export interface StepInfo {
  timestamp: number;
  step: number;
}

const histories = new Map<string, StepInfo[]>();

/** A small deterministic hash, so the same openid gets the same made-up history every time. */
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Plausible steps for a day: most days 4,000–13,000, some lazy days, today only partly walked. */
export function simulatedSteps(openid: string, day: string, isToday = false): number {
  const r = (hash(`${openid}:${day}`) % 10_000) / 10_000;
  const r2 = (hash(`${day}:${openid}`) % 10_000) / 10_000;
  const base = r < 0.15 ? 500 + r2 * 3000 : 4000 + r2 * 9000;
  return Math.round(isToday ? base * 0.6 : base);
}

/** The last 31 Beijing days up to `today`, as WeRun lists them (seconds at 00:00 Beijing time). */
export function simulatedHistory(openid: string, today = beijingDay()): StepInfo[] {
  const out: StepInfo[] = [];
  for (let i = 30; i >= 0; i--) {
    const day = addDays(today, -i);
    out.push({
      timestamp: startOfBeijingDay(day).getTime() / 1000,
      step: simulatedSteps(openid, day, i === 0),
    });
  }
  return out;
}

export function historyOf(openid: string): { stepInfoList: StepInfo[]; edited: boolean } {
  const saved = histories.get(openid);
  return saved
    ? { stepInfoList: saved, edited: true }
    : { stepInfoList: simulatedHistory(openid), edited: false };
}

const historyInput = z.object({
  stepInfoList: z
    .array(z.object({ timestamp: z.number().int(), step: z.number().int().min(0).max(1_000_000) }))
    .max(31, '最多 31 天'),
});

const OPENID = '([A-Za-z0-9_-]{1,64})';

addDevRoute({
  method: 'GET',
  path: new RegExp(`^/werun/${OPENID}$`),
  handle: async ({ res, params }) =>
    sendJson(res, 200, { openid: params[0], ...historyOf(params[0]) }),
});

addDevRoute({
  method: 'POST',
  path: new RegExp(`^/werun/${OPENID}/history$`),
  handle: async ({ req, res, params }) => {
    const input = await readValid(req, res, historyInput);
    if (!input) return;
    histories.set(params[0], input.stepInfoList);
    sendJson(res, 200, { openid: params[0], ...historyOf(params[0]) });
  },
});

addDevRoute({
  method: 'POST',
  path: new RegExp(`^/werun/${OPENID}/reset$`),
  handle: async ({ res, params }) => {
    histories.delete(params[0]);
    sendJson(res, 200, { openid: params[0], ...historyOf(params[0]) });
  },
});
