// The trips function's actions (疗休养): plans with routes and groups, eligibility, applying with
// preferences, allocation, confirmation and the waitlist, the leader's list, pass and export,
// and the trip history. Times cross the wire as ISO strings; money in fen.
import { z } from 'zod';
import { defineContract, empty, id } from '../contract';
import { rotatingPass } from '../pass/contract';

const text = (max: number, label: string) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}太长，最多 ${max} 个字`);

const int = (label: string, min: number, max: number) =>
  z
    .number({ message: `请填写${label}` })
    .int(`${label}应为 ${min} 到 ${max} 之间的整数`)
    .min(min, `${label}应为 ${min} 到 ${max} 之间的整数`)
    .max(max, `${label}应为 ${min} 到 ${max} 之间的整数`);

const fen = (label: string) => int(label, 0, 10_000_000);

const instant = (label: string) =>
  z.iso.datetime({ offset: true, message: `${label}的时间格式不对` }).refine((s) => {
    const y = new Date(s).getUTCFullYear();
    return y >= 2000 && y <= 2100;
  }, `${label}应在 2000 到 2100 年之间`);

export const staffNo = z
  .string({ message: '请填写工号' })
  .trim()
  .regex(/^[A-Za-z0-9]{1,20}$/, '工号应为 1 到 20 位字母或数字');

export const groupInput = z.object({
  departAt: instant('出发时间'),
  returnAt: instant('返回时间'),
  capacity: int('名额', 1, 5000),
  meetingPoint: z.string().trim().max(60, '集合地点太长，最多 60 个字').optional(),
  /** when and where to meet (e.g. "7:30 校门口"); defaults to the departure time */
  meetingAt: instant('集合时间').optional(),
  /** the group leader (领队), by 工号 */
  leaderNo: staffNo.optional(),
  /** after this instant the group is formed (成团): a withdrawal counts as having gone;
   * default 7 days before departure */
  formAt: instant('成团时间').optional(),
});

export const routeInput = z.object({
  name: text(30, '路线名称'),
  destination: z.string().trim().max(30, '目的地太长，最多 30 个字').optional(),
  days: int('天数', 1, 30).optional(),
  description: z.string().trim().max(500, '路线介绍太长，最多 500 个字').optional(),
  pictures: z
    .array(
      z
        .string()
        .trim()
        .max(500, '图片地址太长')
        .regex(/^(https?:\/\/|\/)\S+$/, '图片地址应以 http:// 或 https:// 开头'),
    )
    .max(6, '图片最多 6 张')
    .optional(),
  /** intensity / climbing 1 (easy) … 5 (hard) */
  level: int('强度等级', 1, 5).optional(),
  /** suitable for retirees */
  retireesOk: z.boolean().optional(),
  costFen: fen('费用').optional(),
  subsidyFen: fen('工会补贴').optional(),
  selfPaidFen: fen('自费部分').optional(),
  groups: z.array(groupInput).min(1, '每条路线至少要有一个批次').max(20, '每条路线最多 20 个批次'),
});

export const createPlanInput = z
  .object({
    name: text(40, '计划名称'),
    applyOpenAt: instant('报名开始时间'),
    applyCloseAt: instant('报名截止时间'),
    serviceYears: int('工龄要求', 0, 50),
    cycleYears: int('间隔年数', 0, 20),
    /** the year the trips count for (history); default: the year of the earliest departure */
    year: int('年度', 2000, 2100).optional(),
    membersOnly: z.boolean().default(true),
    includeRetired: z.boolean().default(false),
    /** 工号 that go first (劳模, 先进 …) */
    priorityNos: z.array(staffNo).max(5000, '优先名单最多 5000 人').default([]),
    /** per-branch places over the whole plan (分工会名额); a branch not listed is limited by capacity only */
    branchQuotas: z.record(id, int('分工会名额', 0, 5000)).optional(),
    confirmDays: int('确认天数', 1, 30).default(3),
    /** a withdrawal or no-show after the group is formed counts as having gone */
    lateDropCounts: z.boolean().default(true),
    /** collect ID numbers at confirmation and put them in the agency export (insurance) */
    exportIdNumbers: z.boolean().default(false),
    /** allocate by itself (the timer) once the window has closed, with a generated seed */
    autoAllocate: z.boolean().default(false),
    routes: z.array(routeInput).min(1, '至少要有一条路线').max(30, '路线最多 30 条'),
  })
  .superRefine((p, c) => {
    if (new Date(p.applyCloseAt) <= new Date(p.applyOpenAt))
      c.addIssue({
        code: 'custom',
        path: ['applyCloseAt'],
        message: '报名截止时间应晚于报名开始时间',
      });
    p.routes.forEach((r, ri) =>
      r.groups.forEach((g, gi) => {
        if (new Date(g.returnAt) < new Date(g.departAt))
          c.addIssue({
            code: 'custom',
            path: ['routes', ri, 'groups', gi, 'returnAt'],
            message: '返回时间应不早于出发时间',
          });
      }),
    );
  });

export const updatePlanInput = z.object({
  planId: id,
  priorityNos: z.array(staffNo).max(5000, '优先名单最多 5000 人').optional(),
  exportIdNumbers: z.boolean().optional(),
  applyCloseAt: instant('报名截止时间').optional(),
});

export const APP_STATUSES = [
  'applied',
  'assigned',
  'confirmed',
  'waitlisted',
  'declined',
  'expired',
] as const;

export const groupView = z.object({
  groupId: z.string(),
  departAt: z.string(),
  returnAt: z.string(),
  capacity: z.number(),
  left: z.number(),
  meetingPoint: z.string().optional(),
  meetingAt: z.string().optional(),
  leaderName: z.string().optional(),
});
export const routeView = z.object({
  routeId: z.string(),
  name: z.string(),
  destination: z.string().optional(),
  days: z.number().optional(),
  description: z.string().optional(),
  pictures: z.array(z.string()),
  level: z.number().optional(),
  retireesOk: z.boolean().optional(),
  costFen: z.number().optional(),
  subsidyFen: z.number().optional(),
  selfPaidFen: z.number().optional(),
  groups: z.array(groupView),
});
export const planView = z.object({
  planId: z.string(),
  name: z.string(),
  year: z.number(),
  applyOpenAt: z.string(),
  applyCloseAt: z.string(),
  serviceYears: z.number(),
  cycleYears: z.number(),
  confirmDays: z.number(),
  phase: z.enum(['upcoming', 'open', 'closed', 'allocated']),
  seed: z.string().optional(),
  exportIdNumbers: z.boolean(),
  routes: z.array(routeView),
});
export type PlanView = z.infer<typeof planView>;

export const tripsContract = defineContract({
  'trips.createPlan': {
    input: createPlanInput,
    output: z.object({ planId: z.string(), groupIds: z.array(z.array(z.string())) }),
  },
  'trips.updatePlan': { input: updatePlanInput, output: z.object({ planId: z.string() }) },
  'trips.plans': { input: empty, output: z.object({ plans: z.array(planView) }) },
  'trips.plan': { input: z.object({ planId: id }), output: planView },
  'trips.eligibility': {
    input: z.object({ planId: id }),
    output: z.object({ eligible: z.boolean(), reason: z.string().optional() }),
  },
  'trips.apply': {
    input: z.object({
      planId: id,
      choices: z
        .array(id)
        .min(1, '请至少选择一个批次')
        .max(3, '最多选择 3 个志愿')
        .refine((c) => new Set(c).size === c.length, '志愿里有重复的批次'),
    }),
    output: z.object({ applicationId: z.string() }),
  },
  'trips.withdraw': {
    input: z.object({ planId: id }),
    output: z.object({ status: z.enum(['withdrawn', 'declined']) }),
  },
  'trips.allocate': {
    input: z.object({
      planId: id,
      seed: z.string().trim().min(1, '种子不能为空').max(64, '种子太长，最多 64 个字').optional(),
      force: z.boolean().default(false),
    }),
    output: z.object({ seed: z.string(), assigned: z.number(), waitlisted: z.number() }),
  },
  'trips.mine': {
    input: z.object({ planId: id }),
    output: z.object({
      status: z.enum([...APP_STATUSES, 'none']),
      groupId: z.string().optional(),
      choices: z.array(z.string()).optional(),
      confirmBy: z.string().optional(),
      waitPosition: z.number().optional(),
      countsAsTravelled: z.boolean().optional(),
    }),
  },
  'trips.respond': {
    input: z.object({
      planId: id,
      accept: z.boolean({ message: '请选择确认参加或放弃' }),
      emergencyName: z.string().trim().max(20, '紧急联系人姓名太长').optional(),
      emergencyPhone: z
        .string()
        .trim()
        .regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, '紧急联系人电话应为 11 位手机号或座机号')
        .optional(),
      idNumber: z
        .string()
        .trim()
        .regex(/^\d{17}[\dXx]$/, '身份证号应为 18 位')
        .optional(),
    }),
    output: z.object({ status: z.enum(APP_STATUSES) }),
  },
  'trips.pass': {
    input: z.object({ planId: id }),
    output: rotatingPass,
  },
  'trips.checkin': {
    input: z.union([
      z.object({ groupId: id, token: z.string().trim().min(1).max(300) }),
      z.object({ groupId: id, code: z.string().trim().min(1, '请输入签到码').max(20) }),
      z.object({ groupId: id, staffNo }),
    ]),
    output: z.object({
      staffNo: z.string(),
      name: z.string(),
      checkedInAt: z.string(),
      already: z.boolean(),
    }),
  },
  'trips.roster': {
    input: z.object({ groupId: id }),
    output: z.object({
      routeName: z.string(),
      departAt: z.string(),
      people: z.array(
        z.object({
          staffNo: z.string(),
          name: z.string(),
          branchName: z.string().optional(),
          gender: z.string().optional(),
          phone: z.string().optional(),
          status: z.enum(APP_STATUSES),
          checkedInAt: z.string().optional(),
          emergencyName: z.string().optional(),
          emergencyPhone: z.string().optional(),
        }),
      ),
      waitlist: z.array(z.object({ staffNo: z.string(), name: z.string() })),
    }),
  },
  'trips.myGroups': {
    input: empty,
    output: z.object({
      groups: z.array(
        z.object({
          groupId: z.string(),
          planName: z.string(),
          routeName: z.string(),
          departAt: z.string(),
        }),
      ),
    }),
  },
  'trips.export': {
    input: z.object({ groupId: id }),
    output: z.object({ filename: z.string(), base64: z.string(), rows: z.number() }),
  },
  'trips.progress': {
    input: z.object({ planId: id }),
    output: z.object({
      applied: z.number(),
      groups: z.array(
        z.object({
          groupId: z.string(),
          routeName: z.string(),
          departAt: z.string(),
          capacity: z.number(),
          left: z.number(),
          assigned: z.number(),
          confirmed: z.number(),
          waitlisted: z.number(),
          firstChoice: z.number(),
        }),
      ),
    }),
  },
  'trips.previewHistory': {
    input: z.object({
      fileBase64: z.string().min(1, '请选择文件').max(8_000_000, '文件太大'),
      fileName: z.string().trim().min(1, '请选择文件').max(200, '文件名太长'),
    }),
    output: z.object({
      total: z.number(),
      rows: z.array(
        z.object({ staffNo: z.string(), year: z.number(), route: z.string().optional() }),
      ),
      bad: z.array(z.object({ line: z.number(), message: z.string() })),
      unknown: z.array(z.string()),
    }),
  },
  'trips.importHistory': {
    input: z.object({
      rows: z
        .array(
          z.object({
            staffNo,
            year: int('年份', 1980, 2100),
            route: z.string().trim().max(30, '路线名称太长').optional(),
          }),
        )
        .min(1, '没有要导入的记录')
        .max(10_000, '一次最多导入 10000 条'),
    }),
    output: z.object({ imported: z.number() }),
  },
  'trips.myTrips': {
    input: empty,
    output: z.object({
      trips: z.array(
        z.object({ year: z.number(), route: z.string().optional(), counted: z.boolean() }),
      ),
    }),
  },
});

export type TripsContract = typeof tripsContract;
