// The events function's actions: create and run union events (活动), sign up (报名), waitlist
// (候补), lottery (抽签), passes and check-in (签到), attendance. Times cross the wire as ISO strings.
import { z } from 'zod';
import { defineContract, id, isoInstant } from '../contract';
import { rotatingPass } from '../pass/contract';
import { coverOutput, imageBase64 } from '../storage/schema';
import { scheduleProblems } from './time';

export const EVENT_TYPES = [
  '讲座',
  '培训',
  '竞赛',
  '庆典/表彰',
  '健康',
  '联谊',
  '疗休养',
  '仪式',
  '其他',
] as const;
export const ALLOCATIONS = ['first_come', 'lottery'] as const;
export type Allocation = (typeof ALLOCATIONS)[number];
export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const;
export const SIGNUP_STATUSES = [
  'pending',
  'confirmed',
  'waitlisted',
  'cancelled',
  'rejected',
] as const;
export type SignupStatus = (typeof SIGNUP_STATUSES)[number];

const text = (max: number, label: string) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}太长`);
const staffNo = z.string().trim().min(1).max(20);

/** Who may sign up. Several rules on one event must all hold (AND); none: every staff member. */
export const audienceRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('members') }),
  z.object({ kind: z.literal('women') }),
  z.object({ kind: z.literal('retirees') }),
  z.object({
    kind: z.literal('branches'),
    branchIds: z.array(id).min(1, '请至少选一个分工会').max(100),
  }),
  z.object({
    kind: z.literal('age'),
    min: z.number().int().min(0).max(120).optional(),
    max: z.number().int().min(0).max(120).optional(),
  }),
  z.object({
    kind: z.literal('named'),
    staffNos: z.array(staffNo).min(1, '名单不能为空').max(5000),
  }),
  /** members of a club (社团); openToAll lets every staff member sign up too */
  z.object({ kind: z.literal('club'), clubId: id, openToAll: z.boolean().default(false) }),
]);
export type AudienceRule = z.output<typeof audienceRule>;

export const teamSpec = z.object({
  /** members per team, captain included */
  min: z.number().int().min(1).max(50),
  max: z.number().int().min(1).max(50),
});

const mixerAge = z
  .number({ message: '请填写年龄' })
  .int('年龄应为整数')
  .min(18, '联谊年龄范围在 18–80 岁之间')
  .max(80, '联谊年龄范围在 18–80 岁之间');
/** A mixer's age range (联谊面向的年龄); the clubs function checks declarations against it. */
export const mixerAges = z
  .object({ min: mixerAge, max: mixerAge })
  .refine((a) => a.min <= a.max, { message: '最小年龄不能大于最大年龄', path: ['max'] });
export type MixerAges = z.output<typeof mixerAges>;
/** The range a mixer gets when the organizer does not set one. */
export const DEFAULT_MIXER_AGES: MixerAges = { min: 22, max: 45 };

const eventFields = {
  title: text(40, '活动名称'),
  type: z.enum(EVENT_TYPES, { message: '请选择活动类型' }),
  location: text(60, '活动地点'),
  description: z.string().trim().max(2000, '活动介绍太长').default(''),
  startAt: isoInstant,
  endAt: isoInstant,
  signupOpenAt: isoInstant,
  signupCloseAt: isoInstant,
  /** last moment a sign-up may be cancelled; default: the start */
  cancelCutoffAt: isoInstant.optional(),
  capacity: z
    .number({ message: '请填写名额' })
    .int('名额应为整数')
    .min(1, '名额至少 1 个')
    .max(100_000, '名额太多'),
  allocation: z.enum(ALLOCATIONS, { message: '请选择先到先得或抽签' }).default('first_come'),
  /** sign-ups wait for an organizer's approval */
  approval: z.boolean().default(false),
  /** first come: let people queue when full */
  waitlist: z.boolean().default(true),
  audience: z.array(audienceRule).max(10).default([]),
  /** seats per branch (分工会名额), on top of the total */
  quotas: z.record(z.string(), z.number().int().min(0).max(100_000)).optional(),
  /** a mixer (联谊): sign-up needs a declaration first (built by the clubs feature) */
  mixer: z.boolean().default(false),
  /** mixer events only: who may declare (default 22–45) */
  mixerAges: mixerAges.optional(),
  /** team event: a branch chair enters one team; capacity counts teams */
  team: teamSpec.optional(),
  /** organizers of this event besides the creator (工号) */
  organizers: z.array(staffNo).max(20).default([]),
};

export const createInput = z
  .object({ ...eventFields, draft: z.boolean().default(false) })
  .superRefine((e, ctx) => {
    const times = {
      startAt: new Date(e.startAt),
      endAt: new Date(e.endAt),
      signupOpenAt: new Date(e.signupOpenAt),
      signupCloseAt: new Date(e.signupCloseAt),
    };
    for (const p of scheduleProblems(times))
      ctx.addIssue({ code: 'custom', message: p.message, path: [p.path] });
  })
  .refine((e) => !e.team || e.team.max >= e.team.min, {
    message: '每队最多人数不能少于最少人数',
    path: ['team'],
  })
  .refine((e) => !e.mixerAges || e.mixer, {
    message: '只有联谊活动才需要设置年龄范围',
    path: ['mixerAges'],
  });
export type CreateInput = z.output<typeof createInput>;

export const updateInput = z.object({
  eventId: id,
  title: eventFields.title.optional(),
  location: eventFields.location.optional(),
  description: z.string().trim().max(2000).optional(),
  startAt: isoInstant.optional(),
  endAt: isoInstant.optional(),
  signupOpenAt: isoInstant.optional(),
  signupCloseAt: isoInstant.optional(),
  cancelCutoffAt: isoInstant.optional(),
  /** seats to add (or, negative, to remove from the free ones) */
  addSeats: z.number().int().min(-100_000).max(100_000).optional(),
  publish: z.boolean().optional(),
  /** sign-ups from now on wait for an organizer (already pending ones stay pending) */
  approval: z.boolean().optional(),
  /** mixer events only */
  mixerAges: mixerAges.optional(),
});

export const eventIdInput = z.object({ eventId: id });

export const myView = z.object({
  status: z.enum(SIGNUP_STATUSES),
  /** 1-based place in the waitlist */
  waitPosition: z.number().int().optional(),
  shortNo: z.number().int().optional(),
  checkedInAt: isoInstant.optional(),
  teamName: z.string().optional(),
});

/** What the caller can do on this event, in one line. */
export const verdict = z.object({
  can: z.enum(['signup', 'waitlist', 'apply', 'cancel', 'pass', 'none']),
  line: z.string(),
});
export type Verdict = z.output<typeof verdict>;

export const eventSummary = z.object({
  eventId: z.string(),
  title: z.string(),
  type: z.enum(EVENT_TYPES),
  location: z.string(),
  startAt: isoInstant,
  endAt: isoInstant,
  signupOpenAt: isoInstant,
  signupCloseAt: isoInstant,
  capacity: z.number().int(),
  seatsLeft: z.number().int(),
  allocation: z.enum(ALLOCATIONS),
  status: z.enum(EVENT_STATUSES),
  /** 'upcoming' (not open yet), 'open', 'closed', 'over' */
  phase: z.enum(['upcoming', 'open', 'closed', 'over']),
  team: teamSpec.optional(),
  mine: myView.optional(),
  /** in lists: why the caller cannot sign up (a women-only event to a man), when they cannot */
  notForMe: z.string().optional(),
  /** the event's cover picture (a temporary URL), when it has one */
  coverUrl: z.string().optional(),
});
export type EventSummary = z.output<typeof eventSummary>;

export const eventDetail = eventSummary.extend({
  description: z.string(),
  cancelCutoffAt: isoInstant,
  approval: z.boolean(),
  waitlist: z.boolean(),
  mixer: z.boolean(),
  /** mixer events: the age range declarations are checked against */
  mixerAges: mixerAges.optional(),
  /** mixer events: has the caller filed an eligible declaration (clubs.mixerDeclare)? */
  mixerDeclared: z.boolean().optional(),
  audience: z.array(audienceRule),
  audienceText: z.string(),
  quotas: z.record(z.string(), z.number().int()).optional(),
  lottery: z
    .object({ seed: z.string(), drawnAt: isoInstant, applicants: z.number().int() })
    .optional(),
  verdict,
  /** can the caller manage it (organizer of this event or admin) */
  manage: z.boolean(),
  /** the caller's branch team entry, for branch chairs on team events */
  myBranchTeam: z
    .object({ teamId: z.string(), name: z.string(), members: z.array(z.string()) })
    .optional(),
});
export type EventDetail = z.output<typeof eventDetail>;

export const listInput = z.object({
  scope: z.enum(['upcoming', 'open', 'mine', 'manage']).default('upcoming'),
});

export const signupOutput = z.object({
  status: z.enum(['confirmed', 'waitlisted', 'pending']),
  waitPosition: z.number().int().optional(),
  shortNo: z.number().int().optional(),
});

/** A rotating pass (domain/pass/contract.ts), and which event it is for. */
export const passOutput = rotatingPass.extend({
  /** which event the pass is for, so the person at the door can see it is the right one */
  event: z.object({
    title: z.string(),
    location: z.string(),
    startAt: isoInstant,
    endAt: isoInstant,
  }),
});

export const checkinInput = z.union([
  z.object({ eventId: id, token: z.string().trim().min(1, '缺少签到码').max(300) }),
  z.object({ eventId: id, code: z.string().trim().min(1, '请输入签到码').max(20) }),
  /** manual check-in by an organizer who found the person by name */
  z.object({ eventId: id, staffNo }),
]);

export const checkinOutput = z.object({
  staffNo: z.string(),
  name: z.string(),
  checkedInAt: isoInstant,
  already: z.boolean(),
});

export const attendanceRow = z.object({
  staffNo: z.string(),
  name: z.string(),
  branchId: z.string(),
  /** the branch's name (分工会), for the organizer's lists */
  branchName: z.string().optional(),
  status: z.enum(SIGNUP_STATUSES),
  shortNo: z.number().int().optional(),
  waitPosition: z.number().int().optional(),
  checkedInAt: isoInstant.optional(),
  teamName: z.string().optional(),
});
export type AttendanceRow = z.output<typeof attendanceRow>;

export const attendanceOutput = z.object({
  title: z.string(),
  /** when the event runs: the check-in page warns when the door is opened on the wrong day */
  startAt: isoInstant.optional(),
  endAt: isoInstant.optional(),
  /** the event takes approvals (or still has pending sign-ups from when it did): events.decide */
  approvals: z.boolean(),
  confirmed: z.number().int(),
  checkedIn: z.number().int(),
  waitlisted: z.number().int(),
  pending: z.number().int(),
  list: z.array(attendanceRow),
});

export const drawInput = z.object({
  eventId: id,
  seed: z.string().trim().min(4).max(64).optional(),
});
export const drawOutput = z.object({
  seed: z.string(),
  applicants: z.number().int(),
  winners: z.number().int(),
  /** applicant ids sorted, then shuffled with the seed: anyone can redo it */
  order: z.array(z.string()),
});

export const decideInput = z
  .object({
    eventId: id,
    staffNo,
    approve: z.boolean(),
    /** why not (declining only): sent to the person */
    reason: z.string().trim().max(100, '原因请写短一些（100 字以内）').optional(),
  })
  .refine((d) => d.approve || Boolean(d.reason), {
    message: '请写一下不通过的原因，会告诉报名的人',
    path: ['reason'],
  });

export const teamInput = z.object({
  eventId: id,
  name: text(20, '队名'),
  captain: staffNo,
  members: z.array(staffNo).min(1, '请填写队员').max(50),
});

export const setCoverInput = z.object({ eventId: id, imageBase64: imageBase64('活动封面') });

export const callOffInput = z.object({ eventId: id, reason: text(100, '取消原因') });

export const exportOutput = z.object({
  filename: z.string(),
  base64: z.string(),
  rows: z.number().int(),
});

export const eventsContract = defineContract({
  'events.create': { input: createInput, output: z.object({ eventId: z.string() }) },
  'events.update': { input: updateInput, output: z.object({ eventId: z.string() }) },
  'events.callOff': {
    input: callOffInput,
    output: z.object({ eventId: z.string(), notified: z.number().int() }),
  },
  'events.setCover': { input: setCoverInput, output: coverOutput },
  'events.list': { input: listInput, output: z.object({ items: z.array(eventSummary) }) },
  'events.get': { input: eventIdInput, output: eventDetail },
  'events.signup': { input: eventIdInput, output: signupOutput },
  'events.cancel': {
    input: eventIdInput,
    output: z.object({ status: z.literal('cancelled'), promoted: z.number().int() }),
  },
  'events.pass': { input: eventIdInput, output: passOutput },
  'events.checkin': { input: checkinInput, output: checkinOutput },
  'events.attendance': { input: eventIdInput, output: attendanceOutput },
  'events.export': { input: eventIdInput, output: exportOutput },
  'events.draw': { input: drawInput, output: drawOutput },
  'events.decide': { input: decideInput, output: z.object({ status: z.enum(SIGNUP_STATUSES) }) },
  'events.team': {
    input: teamInput,
    output: z.object({ teamId: z.string(), status: z.enum(['confirmed', 'waitlisted']) }),
  },
});
export type EventsContract = typeof eventsContract;
