// The notify function: inbox, subscribe answers, templates and broadcasts; its timer runs the
// schedules (reminders, nudges) and then the sender of subscription messages.
import { notifyContract } from '../../domain/notify/contract';
import { parseQuietHours } from '../../domain/notify/rules';
import { audited, createHandler, setting, type TimerContext } from '../_kit';
import { audienceSize, broadcast, broadcastStatus, listBroadcasts } from './broadcast';
import { deliver } from './deliver';
import { inbox, read, subscribe, templates } from './inbox';
import { runSchedules } from './schedules';
import { getSender } from './sender';

export async function tick(ctx: TimerContext) {
  const schedules = await runSchedules(ctx.db, ctx.now, (which) =>
    ctx.log.warn('schedule failed', { which }),
  );
  const sent = await deliver(ctx.db, ctx.now, {
    quiet: parseQuietHours(setting('QUIET_HOURS', '22:00-07:30')),
    sender: getSender(),
    env: process.env,
    log: ctx.log,
  });
  ctx.log.info('tick', { ...schedules, ...sent });
  return { schedules, sent };
}

export const main = createHandler(
  notifyContract,
  {
    'notify.inbox': { access: ['staff'], run: (_input, ctx) => inbox(ctx) },
    'notify.read': { access: ['staff'], run: read },
    'notify.subscribe': { access: ['staff'], run: subscribe },
    'notify.templates': { access: ['staff'], run: (input) => templates(input) },
    'notify.broadcast': {
      access: ['admin', 'branch_chair', 'organizer'],
      run: audited(broadcast, (_i, o) => o?.broadcastId),
    },
    'notify.audienceSize': {
      access: ['admin', 'branch_chair', 'organizer'],
      run: audienceSize,
    },
    'notify.broadcastStatus': {
      access: ['admin', 'branch_chair', 'organizer'],
      run: broadcastStatus,
    },
    'notify.broadcasts': {
      access: ['admin', 'branch_chair', 'organizer'],
      run: (_input, ctx) => listBroadcasts(ctx),
    },
  },
  { timers: { tick } },
);
