// Events and sign-ups as stored in the database, parsed before they reach the rules.
import { z } from 'zod';
import {
  ALLOCATIONS,
  EVENT_STATUSES,
  EVENT_TYPES,
  SIGNUP_STATUSES,
  audienceRule,
  mixerAges,
  teamSpec,
} from './contract';

const when = z.coerce.date();

export const eventDoc = z.object({
  _id: z.string(),
  title: z.string(),
  type: z.enum(EVENT_TYPES),
  location: z.string(),
  description: z.string().default(''),
  startAt: when,
  endAt: when,
  signupOpenAt: when,
  signupCloseAt: when,
  cancelCutoffAt: when,
  capacity: z.number().int(),
  /** free seats: changed only by a conditional update that also names the holder in `holds` */
  seatsLeft: z.number().int(),
  quotas: z.record(z.string(), z.number().int()).optional(),
  quotaLeft: z.record(z.string(), z.number().int()).optional(),
  allocation: z.enum(ALLOCATIONS),
  approval: z.boolean().default(false),
  waitlist: z.boolean().default(true),
  audience: z.array(audienceRule).default([]),
  mixer: z.boolean().default(false),
  mixerAges: mixerAges.optional().catch(undefined),
  team: teamSpec.optional(),
  status: z.enum(EVENT_STATUSES),
  createdBy: z.string(),
  organizers: z.array(z.string()).default([]),
  /** who holds each taken seat: key `s<staffNo>` or `t<branchId>` (a team) → when taken */
  holds: z.record(z.string(), z.unknown()).default({}),
  /** last short number handed out (a pass's 4 digits); only ever grows */
  ticketSeq: z.number().int().default(0),
  /** last waitlist arrival number handed out; only ever grows */
  waitSeq: z.number().int().default(0),
  lottery: z
    .object({
      seed: z.string(),
      drawnAt: when,
      applicants: z.number().int(),
      order: z.array(z.string()).default([]),
    })
    .optional(),
  /** the cover picture's file id, who put it there and when (the event's own upload record) */
  coverFileId: z.string().optional(),
  coverBy: z.string().optional(),
  coverAt: when.optional(),
  createdAt: when,
});
export type EventDoc = z.infer<typeof eventDoc>;

export const signupDoc = z.object({
  _id: z.string(),
  eventId: z.string(),
  staffNo: z.string(),
  name: z.string(),
  branchId: z.string(),
  status: z.enum(SIGNUP_STATUSES),
  shortNo: z.number().int().optional(),
  waitSeq: z.number().int().optional(),
  teamId: z.string().optional(),
  teamName: z.string().optional(),
  checkedInAt: when.optional(),
  checkedInBy: z.string().optional(),
  createdAt: when,
  updatedAt: when.optional(),
});
export type SignupDoc = z.infer<typeof signupDoc>;

export const teamDoc = z.object({
  _id: z.string(),
  eventId: z.string(),
  branchId: z.string(),
  name: z.string(),
  captain: z.string(),
  members: z.array(z.string()),
  status: z.enum(['confirmed', 'waitlisted', 'cancelled']),
  enteredBy: z.string(),
  createdAt: when,
});
export type TeamDoc = z.infer<typeof teamDoc>;

/** The sign-up's deterministic id: a retried call finds its own earlier write. */
export const signupIdOf = (eventId: string, staffNo: string) => `${eventId}:${staffNo}`;
/** The seat-holder key in an event's `holds` (prefixed: a bare number would read as an array index). */
export const holdKeyOf = (staffNo: string) => `s${staffNo}`;
export const teamHoldKeyOf = (branchId: string) => `t${branchId}`;
export const teamIdOf = (eventId: string, branchId: string) => `${eventId}:${branchId}`;
