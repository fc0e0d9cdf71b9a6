// The 5-minute timer: draws lotteries whose sign-up has closed, and runs the repair path
// (reconcile holds with sign-ups, hand free seats to the waitlist) on upcoming events.
import type { TimerContext } from '../_kit';
import { listEvents } from './event-repo';
import { draw } from './draw';
import { reconcileEvent } from './seats';
import { listSignups } from './signup-repo';

export async function tick(
  ctx: TimerContext,
): Promise<{ drawn: number; fixed: number; promoted: number }> {
  const _ = ctx.db.command;
  const events = await listEvents(ctx.db, { status: 'published', endAt: _.gt(ctx.now) }, 500);
  let drawn = 0;
  let fixed = 0;
  let promoted = 0;
  for (const e of events) {
    if (e.allocation === 'lottery' && !e.lottery) {
      if (ctx.now >= e.signupCloseAt) {
        await draw(ctx.db, e, undefined, ctx.now);
        drawn++;
      }
      continue;
    }
    if (e.team) continue;
    const signups = await listSignups(ctx.db, e._id, [
      'confirmed',
      'waitlisted',
      'pending',
      'cancelled',
      'rejected',
    ]);
    const r = await reconcileEvent(ctx.db, e, signups, ctx.now);
    fixed += r.fixed;
    promoted += r.promoted;
  }
  return { drawn, fixed, promoted };
}
