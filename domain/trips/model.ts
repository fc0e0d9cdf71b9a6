// The trips documents as stored (plans, groups, applications, history, contacts), parsed before
// they reach rules; and the deterministic ids that make writes idempotent.
import { z } from 'zod';

const date = z.coerce.date();

export const routeDoc = z.object({
  routeId: z.string(),
  name: z.string(),
  destination: z.string().optional(),
  days: z.number().optional(),
  description: z.string().optional(),
  pictures: z.array(z.string()).default([]),
  level: z.number().optional(),
  retireesOk: z.boolean().optional(),
  costFen: z.number().optional(),
  subsidyFen: z.number().optional(),
  selfPaidFen: z.number().optional(),
  groupIds: z.array(z.string()),
});
export type RouteDoc = z.infer<typeof routeDoc>;

export const PLAN_STATUSES = ['open', 'allocating', 'allocated'] as const;

export const planDoc = z.object({
  _id: z.string(),
  name: z.string(),
  year: z.number(),
  applyOpenAt: date,
  applyCloseAt: date,
  serviceYears: z.number(),
  cycleYears: z.number(),
  membersOnly: z.boolean(),
  includeRetired: z.boolean(),
  priorityNos: z.array(z.string()).default([]),
  /** branch id → places over the whole plan; missing: capacity only */
  branchQuotas: z.record(z.string(), z.number()).optional(),
  /** branch id → places still free under its quota (set at allocation) */
  quotaLeft: z.record(z.string(), z.number()).optional(),
  confirmDays: z.number(),
  lateDropCounts: z.boolean(),
  exportIdNumbers: z.boolean(),
  autoAllocate: z.boolean().default(false),
  status: z.enum(PLAN_STATUSES),
  seed: z.string().optional(),
  assignedCount: z.number().optional(),
  waitlistedCount: z.number().optional(),
  routes: z.array(routeDoc),
  createdAt: date,
});
export type PlanDoc = z.infer<typeof planDoc>;

export const groupDoc = z.object({
  _id: z.string(),
  planId: z.string(),
  routeId: z.string(),
  routeName: z.string(),
  departAt: date,
  returnAt: date,
  formAt: date,
  capacity: z.number(),
  /** places not held by an assigned or confirmed person: changes only by conditional updates */
  left: z.number(),
  meetingPoint: z.string().optional(),
  meetingAt: date.optional(),
  leaderNo: z.string().optional(),
  leaderName: z.string().optional(),
});
export type GroupDoc = z.infer<typeof groupDoc>;

export const STORED_STATUSES = [
  'applied',
  'assigned',
  'confirmed',
  'waitlisted',
  'declined',
  'expired',
  'withdrawn',
] as const;
export type StoredStatus = (typeof STORED_STATUSES)[number];

export const applicationDoc = z.object({
  _id: z.string(),
  planId: z.string(),
  staffNo: z.string(),
  name: z.string(),
  branchId: z.string(),
  choices: z.array(z.string()),
  status: z.enum(STORED_STATUSES),
  groupId: z.string().optional(),
  /** allocation order (1 = first); also the pass's short number */
  rank: z.number().optional(),
  /** the groups a waitlisted person waits on */
  waitGroups: z.array(z.string()).default([]),
  confirmBy: date.optional(),
  checkedInAt: date.optional(),
  /** a late withdrawal that counts as having gone */
  counted: z.boolean().optional(),
  appliedAt: date,
  updatedAt: date,
});
export type ApplicationDoc = z.infer<typeof applicationDoc>;

export const historyDoc = z.object({
  _id: z.string(),
  staffNo: z.string(),
  year: z.number(),
  route: z.string().optional(),
  /** import: from the spreadsheet; trip: travelled with a plan; dropout: a late withdrawal counted */
  source: z.enum(['import', 'trip', 'dropout']),
  planId: z.string().optional(),
});
export type HistoryDoc = z.infer<typeof historyDoc>;

/** Tier 3: only the person, their group's leader and admins. */
export const contactDoc = z.object({
  _id: z.string(),
  planId: z.string(),
  staffNo: z.string(),
  emergencyName: z.string().optional(),
  emergencyPhone: z.string().optional(),
  /** only when the plan collects ID numbers for insurance; only in the agency export */
  idNumber: z.string().optional(),
});
export type ContactDoc = z.infer<typeof contactDoc>;

export const applicationIdOf = (planId: string, staffNo: string) => `${planId}:${staffNo}`;
export const historyIdOf = (staffNo: string, year: number) => `${staffNo}:${year}`;
export const groupIdOf = (planId: string, route: number, group: number) =>
  `${planId}-r${route + 1}g${group + 1}`;

/** Stored status → what the person is told (a withdrawn application is no application). */
export function publicStatus(s: StoredStatus): Exclude<StoredStatus, 'withdrawn'> | 'none' {
  return s === 'withdrawn' ? 'none' : s;
}
