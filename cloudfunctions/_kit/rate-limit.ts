// Attempts per key (an operator, a target, an openid) with a cool-down, atomic under concurrency:
// one deterministic doc per key in rate_limits, changed only by conditional updates. An attempt
// takes a slot BEFORE it is evaluated, so N concurrent attempts can never all pass the check.
import { COLLECTIONS } from '../../database/collections';
import { VisibleError } from '../../domain/errors';
import { beijingClock } from '../../domain/time';
import { audit } from './audit';
import type { CallContext } from './context';
import { isDuplicate } from './db-errors';
import type { Db } from './db';

export interface LimitRule {
  /** short name, part of the doc id: "code_op", "code_target", "bind" */
  name: string;
  /** failed (or in-flight) attempts allowed within the window */
  max: number;
  windowMs: number;
  /** how long the key is refused once it reached max */
  lockMs: number;
}

const MINUTE = 60_000;

/** Typed codes (pickup, check-in): per operator — 10 wrong within a minute locks for 10 minutes. */
export const TYPED_CODE_PER_OPERATOR: LimitRule = {
  name: 'code_op',
  max: 10,
  windowMs: MINUTE,
  lockMs: 10 * MINUTE,
};
/** Typed codes: per target (one person's pass) — 5 wrong within 15 minutes locks it for 15. */
export const TYPED_CODE_PER_TARGET: LimitRule = {
  name: 'code_target',
  max: 5,
  windowMs: 15 * MINUTE,
  lockMs: 15 * MINUTE,
};

interface LimitDoc {
  _id: string;
  /** start of the current window */
  start: Date;
  /** failures plus attempts in flight within the window */
  n: number;
  /** refused until this instant (epoch when not locked) */
  until: Date;
}

export interface LimitKey {
  rule: LimitRule;
  key: string;
}

/** lockedNow: this attempt is the one that found the key full and locked it */
export type Reservation = { ok: true } | { ok: false; until: Date; lockedNow?: boolean };

const col = (db: Db) => db.collection(COLLECTIONS.rateLimits);
const docIdOf = (k: LimitKey) => `${k.rule.name}:${k.key}`.slice(0, 200);
const EPOCH = new Date(0);

async function readDoc(db: Db, id: string): Promise<LimitDoc | null> {
  const res = await col(db).doc(id).get();
  const d = (res.data as Record<string, unknown>[])[0];
  if (!d) return null;
  return {
    _id: id,
    start: new Date(d.start as string | Date),
    n: Number(d.n) || 0,
    until: new Date(d.until as string | Date),
  };
}

/** Takes one attempt slot for this key, or answers until when it is refused. */
export async function reserve(db: Db, k: LimitKey, now: Date): Promise<Reservation> {
  const _ = db.command;
  const id = docIdOf(k);
  const windowFrom = new Date(now.getTime() - k.rule.windowMs);
  for (let round = 0; round < 6; round++) {
    // the common case: one conditional increment (in window, below max, not locked)
    const inc = await col(db)
      .where({ _id: id, start: _.gt(windowFrom), n: _.lt(k.rule.max), until: _.lte(now) })
      .update({ n: _.inc(1) });
    if (inc.updated === 1) return { ok: true };
    const doc = await readDoc(db, id);
    if (!doc) {
      try {
        await col(db).add({ _id: id, start: now, n: 1, until: EPOCH });
        return { ok: true };
      } catch (e) {
        if (!isDuplicate(e)) throw e;
        continue; // created by a concurrent attempt: count on it
      }
    }
    if (doc.until > now) return { ok: false, until: doc.until };
    if (doc.start <= windowFrom) {
      // the window is over: start a new one, once (the others retry the increment)
      const reset = await col(db)
        .where({ _id: id, start: doc.start, until: _.lte(now) })
        .update({ start: now, n: 1 });
      if (reset.updated === 1) return { ok: true };
      continue;
    }
    if (doc.n >= k.rule.max) {
      const until = new Date(now.getTime() + k.rule.lockMs);
      const lock = await col(db)
        .where({ _id: id, until: _.lte(now) })
        .update({ until });
      if (lock.updated === 1) return { ok: false, until, lockedNow: true };
      const after = await readDoc(db, id);
      return { ok: false, until: after && after.until > now ? after.until : until };
    }
  }
  // heavy contention on one key: refuse this attempt rather than let it through unchecked
  return { ok: false, until: new Date(now.getTime() + 1000) };
}

/** Gives a slot back (the attempt was right: only wrong ones count). */
export async function release(db: Db, k: LimitKey): Promise<void> {
  const _ = db.command;
  await col(db)
    .where({ _id: docIdOf(k), n: _.gt(0) })
    .update({ n: _.inc(-1) });
}

/** After a wrong attempt: locks the key now if it reached its max. True when it locked. */
export async function lockIfFull(db: Db, k: LimitKey, now: Date): Promise<boolean> {
  const _ = db.command;
  const res = await col(db)
    .where({ _id: docIdOf(k), n: _.gte(k.rule.max), until: _.lte(now) })
    .update({ until: new Date(now.getTime() + k.rule.lockMs) });
  return res.updated === 1;
}

/** Attempts left in the key's window (for "还可尝试 N 次"). */
export async function attemptsLeft(db: Db, k: LimitKey, now: Date): Promise<number> {
  const doc = await readDoc(db, docIdOf(k));
  if (!doc || doc.start.getTime() <= now.getTime() - k.rule.windowMs) return k.rule.max;
  return Math.max(0, k.rule.max - doc.n);
}

export function rateLimited(code: string, until: Date): VisibleError {
  return new VisibleError(
    code,
    `输错的次数太多了，为了安全暂停输入，请在 ${beijingClock(until)} 之后再试；扫二维码不受影响。`,
  );
}

/** A typed code that fails: the thrown error is a VisibleError with a code (wrong, expired…). */
export interface TypedCodeCheck<T> {
  /** error code when refused, e.g. "welfare.rate_limited" */
  limitedCode: string;
  /** audit target: the batch or event id */
  target: string;
  /** whose pass is being typed (the short number within the batch or event) */
  subjectKey: string;
  run(): Promise<T>;
}

/**
 * Runs a typed-code check under the per-operator and per-target limits. Wrong codes (any
 * VisibleError from run) count, are audited, and lock when they reach the max; a right code
 * gives its slots back. While locked, even a right code is refused.
 */
export async function underTypedCodeLimits<T>(ctx: CallContext, check: TypedCodeCheck<T>) {
  const operator = ctx.staff?.staffNo ?? ctx.openid ?? 'anonymous';
  const keys: LimitKey[] = [
    { rule: TYPED_CODE_PER_OPERATOR, key: operator },
    { rule: TYPED_CODE_PER_TARGET, key: check.subjectKey },
  ];
  const taken: LimitKey[] = [];
  for (const k of keys) {
    const r = await reserve(ctx.db, k, ctx.now);
    if (!r.ok) {
      await Promise.all(taken.map((t) => release(ctx.db, t)));
      if (r.lockedNow) await audit(ctx, { target: check.target, outcome: 'locked' });
      await audit(ctx, { target: check.target, outcome: 'rate_limited' });
      throw rateLimited(check.limitedCode, r.until);
    }
    taken.push(k);
  }
  let result: T;
  try {
    result = await check.run();
  } catch (e) {
    if (!(e instanceof VisibleError)) {
      await Promise.all(taken.map((t) => release(ctx.db, t)));
      throw e;
    }
    await audit(ctx, { target: check.target, outcome: 'wrong_code' });
    const locked = await Promise.all(taken.map((k) => lockIfFull(ctx.db, k, ctx.now)));
    if (locked.some(Boolean)) await audit(ctx, { target: check.target, outcome: 'locked' });
    throw e;
  }
  await Promise.all(taken.map((t) => release(ctx.db, t)));
  return result;
}
