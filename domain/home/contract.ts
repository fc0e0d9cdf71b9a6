// 首页 "我的近期": what is waiting for me right now, gathered by one action (account.home).
import { z } from 'zod';
import { isoInstant } from '../contract';

export const homeEvent = z.object({
  eventId: z.string(),
  title: z.string(),
  location: z.string(),
  startAt: isoInstant,
  /** confirmed: my pass is ready; pending: waiting for approval; waitlisted: in the queue */
  status: z.enum(['confirmed', 'pending', 'waitlisted']),
});

export const homeGift = z.object({
  batchId: z.string(),
  batchName: z.string(),
  claimCloseAt: isoInstant,
  /** choose: not chosen yet; chosen: show the pickup code; handed: already picked up */
  state: z.enum(['choose', 'chosen', 'handed']),
  optionName: z.string().nullable(),
});

export const homeSteps = z.object({
  campaignId: z.string(),
  name: z.string(),
  /** today's steps as last synced; null when today has not been synced yet */
  today: z.number().int().nullable(),
  dailyTarget: z.number().int(),
});

export const homeCosign = z.object({
  count: z.number().int(),
  /** the oldest one waiting, opened by the tap */
  first: z.object({ proposalId: z.string(), title: z.string() }).nullable(),
});

export const homeOutput = z.union([
  z.object({ bound: z.literal(false) }),
  z.object({
    bound: z.literal(true),
    name: z.string(),
    nextEvent: homeEvent.nullable(),
    gift: homeGift.nullable(),
    steps: homeSteps.nullable(),
    unread: z.number().int(),
    cosign: homeCosign,
  }),
]);
export type HomeOutput = z.infer<typeof homeOutput>;
export type BoundHome = Extract<HomeOutput, { bound: true }>;
export type HomeEvent = z.infer<typeof homeEvent>;
export type HomeGift = z.infer<typeof homeGift>;
