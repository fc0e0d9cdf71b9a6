// Fires functions' timer triggers from their config.json, as CloudBase does: 7-field cron
// (second minute hour day month weekday year) in Beijing time.
import { BEIJING_OFFSET_MINUTES } from '../domain/time';
import { invokeFunction, listFunctions, readFunctionConfig } from './gateway/functions';

type Field = (v: number) => boolean;

function parseField(expr: string, min: number, max: number): Field {
  if (expr === '*' || expr === '?') return () => true;
  const parts = expr.split(',').map((part) => {
    const [range, stepRaw] = part.split('/');
    const step = stepRaw ? Number(stepRaw) : 1;
    let lo = min;
    let hi = max;
    if (range !== '*') {
      const [a, b] = range.split('-').map(Number);
      lo = a;
      hi = b ?? (stepRaw ? max : a);
    }
    if ([lo, hi, step].some((n) => Number.isNaN(n)))
      throw new Error(`无法解析的定时表达式片段：${part}`);
    return (v: number) => v >= lo && v <= hi && (v - lo) % step === 0;
  });
  return (v) => parts.some((p) => p(v));
}

export interface Cron {
  matches(at: Date): boolean;
}

/** Parses "0 0 2 * * * *" (second minute hour day month weekday year), Beijing time. */
export function parseCron(expr: string): Cron {
  const f = expr.trim().split(/\s+/);
  if (f.length !== 7) throw new Error(`定时触发器需要 7 个字段：${expr}`);
  const [sec, min, hour, day, month, weekday, year] = [
    parseField(f[0], 0, 59),
    parseField(f[1], 0, 59),
    parseField(f[2], 0, 23),
    parseField(f[3], 1, 31),
    parseField(f[4], 1, 12),
    parseField(f[5], 0, 6),
    parseField(f[6], 1970, 2199),
  ];
  return {
    matches(at) {
      const t = new Date(at.getTime() + BEIJING_OFFSET_MINUTES * 60_000);
      return (
        sec(t.getUTCSeconds()) &&
        min(t.getUTCMinutes()) &&
        hour(t.getUTCHours()) &&
        day(t.getUTCDate()) &&
        month(t.getUTCMonth() + 1) &&
        weekday(t.getUTCDay()) &&
        year(t.getUTCFullYear())
      );
    },
  };
}

export function timerEvent(trigger: string, at = new Date()): Record<string, unknown> {
  return { Type: 'Timer', TriggerName: trigger, Time: at.toISOString(), Message: '' };
}

/** Runs every timer trigger of a function now (as the dev panel's "fire now"). */
export async function fireTimers(
  fn: string,
  trigger?: string,
): Promise<{ trigger: string; result: unknown }[]> {
  const triggers = (readFunctionConfig(fn).triggers ?? []).filter(
    (t) => t.type === 'timer' && (!trigger || t.name === trigger),
  );
  const out: { trigger: string; result: unknown }[] = [];
  for (const t of triggers)
    out.push({ trigger: t.name, result: await invokeFunction(fn, timerEvent(t.name), null) });
  return out;
}

/** Starts the schedule; returns a stop function. Overlapping runs of one trigger are skipped. */
export function startTimers(onError: (fn: string, e: unknown) => void): () => void {
  const schedule = listFunctions().flatMap((fn) =>
    (readFunctionConfig(fn).triggers ?? [])
      .filter((t) => t.type === 'timer')
      .map((t) => ({ fn, name: t.name, cron: parseCron(t.config), running: false })),
  );
  if (schedule.length === 0) return () => {};
  let last = Math.floor(Date.now() / 1000);
  const tick = setInterval(() => {
    const nowSec = Math.floor(Date.now() / 1000);
    for (let s = last + 1; s <= nowSec; s++) {
      const at = new Date(s * 1000);
      for (const job of schedule) {
        if (job.running || !job.cron.matches(at)) continue;
        job.running = true;
        invokeFunction(job.fn, timerEvent(job.name, at), null)
          .catch((e) => onError(job.fn, e))
          .finally(() => {
            job.running = false;
          });
      }
    }
    last = nowSec;
  }, 1000);
  tick.unref();
  return () => clearInterval(tick);
}
