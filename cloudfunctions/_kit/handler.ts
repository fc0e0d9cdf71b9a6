// The handler factory: a function's actions (contract + access + implementation) → main(event,
// context). Validates at the edge, checks access, answers the envelope, never throws across.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { holdsRole, type AccessRole } from '../../domain/account/roles';
import type { Contract, OutputOf, ParsedInputOf } from '../../domain/contract';
import {
  INTERNAL_MESSAGE,
  VisibleError,
  fail,
  ok,
  type Envelope,
  type FieldIssue,
} from '../../domain/errors';
import '../../domain/zod-setup';
import { MisconfiguredError } from './config';
import { clockOf } from './clock';
import { createCallContext, FORBIDDEN_MESSAGE, UNBOUND_MESSAGE, type CallContext } from './context';
import { getDb } from './db';
import { loadStaffByOpenid, platformIdentity } from './identity';
import { createLogger } from './log';

/** Who may call: anyone (even unbound), or bound staff holding one of these roles. */
export type Access = 'public' | readonly AccessRole[];

export interface ActionImpl<I, O> {
  access: Access;
  run(input: I, ctx: CallContext): Promise<O>;
}

export type Implementation<C extends Contract> = {
  [A in keyof C & string]: ActionImpl<ParsedInputOf<C, A>, OutputOf<C, A>>;
};

export interface TimerContext {
  requestId: string;
  trigger: string;
  now: Date;
  db: CallContext['db'];
  log: CallContext['log'];
}

export interface HandlerOptions {
  /** timer triggers by name (config.json "triggers"), run only when the platform fires them */
  timers?: Record<string, (ctx: TimerContext) => Promise<unknown>>;
}

export type Main = (event: unknown, context?: unknown) => Promise<Envelope<unknown>>;

const RESERVED_KEYS = new Set(['action', 'userInfo']);
const NESTED_CLOUD_ID = '__nestedCloudId';

/** The action's input: the event's own fields, or its `data` object (wx-server-sdk style). */
export function inputOf(event: Record<string, unknown>): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(event)) if (!RESERVED_KEYS.has(k)) rest[k] = v;
  const keys = Object.keys(rest);
  if (keys.length === 1 && keys[0] === 'data' && isPlainObject(rest.data)) {
    const inner = rest.data as Record<string, unknown>;
    // the platform swaps CloudIDs only at the event's top level: one nested in data was never
    // exchanged, so whatever it carries came from the client — refuse rather than trust it
    if (Object.values(inner).some((v) => isPlainObject(v) && 'cloudID' in v))
      return { ...inner, [NESTED_CLOUD_ID]: true };
    return inner;
  }
  return rest;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isTimerEvent(event: Record<string, unknown>): boolean {
  return event.Type === 'Timer' && typeof event.TriggerName === 'string';
}

type Issue = z.ZodError['issues'][number];

/** A union's own issue says little: report the issues of the option that came closest. */
function flatIssues(issues: readonly Issue[], prefix: PropertyKey[] = []): Issue[] {
  return issues.flatMap((i) => {
    const path = [...prefix, ...i.path];
    if (i.code === 'invalid_union' && i.errors.length > 0) {
      const best = [...i.errors].sort((a, b) => a.length - b.length)[0];
      if (best.length > 0) return flatIssues(best, path);
    }
    return [{ ...i, path } as Issue];
  });
}

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return flatIssues(error.issues).map((i) => ({
    path: i.path.map(String).join('.'),
    message: i.message,
  }));
}

function requestIdOf(context: unknown): string {
  if (isPlainObject(context) && typeof context.request_id === 'string') return context.request_id;
  return randomUUID();
}

export function createHandler<C extends Contract>(
  contract: C,
  impl: Implementation<C>,
  options: HandlerOptions = {},
): Main {
  return async function main(rawEvent, context) {
    const started = Date.now();
    const requestId = requestIdOf(context);
    const event = isPlainObject(rawEvent) ? rawEvent : {};
    const action = typeof event.action === 'string' ? event.action : '';
    const log = createLogger({ requestId, action: action || undefined });
    const { openid } = platformIdentity(context);

    const done = (envelope: Envelope<unknown>): Envelope<unknown> => {
      log.info('call', {
        ok: envelope.ok,
        code: envelope.ok ? undefined : envelope.error.code,
        ms: Date.now() - started,
      });
      return envelope;
    };

    try {
      if (isTimerEvent(event) && !openid) {
        const trigger = String(event.TriggerName);
        // own properties only: a trigger named "constructor" must not reach Object.prototype
        const timers = options.timers ?? {};
        const timer = Object.hasOwn(timers, trigger) ? timers[trigger] : undefined;
        if (!timer) return done(fail('action.unknown', `没有名为 ${trigger} 的定时任务。`));
        const data = await timer({ requestId, trigger, now: clockOf(context), db: getDb(), log });
        return done(ok(data ?? null));
      }

      if (!action || !Object.prototype.hasOwnProperty.call(contract, action)) {
        return done(
          fail('action.unknown', action ? `不支持的操作：${action}` : '缺少要执行的操作。'),
        );
      }
      const spec = contract[action];
      const handler = impl[action as keyof C & string] as ActionImpl<unknown, unknown>;

      const input = inputOf(event);
      if (input[NESTED_CLOUD_ID]) {
        return done(fail('validation.failed', '开放数据（cloudID）必须放在调用参数的最外层。'));
      }
      const parsed = spec.input.safeParse(input);
      if (!parsed.success) {
        const issues = issuesOf(parsed.error);
        return done(
          fail(
            'validation.failed',
            `填写的内容有误：${issues[0]?.message ?? '请检查后再试'}`,
            issues,
          ),
        );
      }

      const db = getDb();
      const staffRecord = openid ? await loadStaffByOpenid(db, openid) : null;
      const staff = staffRecord && staffRecord.active ? staffRecord : null;

      if (handler.access !== 'public') {
        if (!staff) return done(fail('auth.unbound', UNBOUND_MESSAGE));
        const allowed = handler.access.some((role) => holdsRole(staff.roles, role));
        if (!allowed) return done(fail('auth.forbidden', FORBIDDEN_MESSAGE));
      }

      const now = clockOf(context);
      const ctx = createCallContext({ requestId, action, openid, staff, db, log, now });
      const data = await handler.run(parsed.data, ctx);
      return done(ok(data));
    } catch (error) {
      if (error instanceof VisibleError) return done({ ok: false, error: error.toBody() });
      if (error instanceof MisconfiguredError) {
        // the setting's name and what is wrong with it, never its value
        log.error('config.unusable', { setting: error.setting, problem: error.problem });
        return done(fail('config.unavailable', error.userMessage));
      }
      // never the message of an unknown error: it may carry data; only its kind and our request id
      const code = (error as { code?: unknown } | null)?.code;
      log.error('internal', {
        kind: error instanceof Error ? error.name : typeof error,
        code: typeof code === 'string' || typeof code === 'number' ? code : undefined,
      });
      return done(fail('internal', INTERNAL_MESSAGE));
    }
  };
}
