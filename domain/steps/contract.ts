// The steps function's actions (健步走): campaigns, sign-up, WeRun sync, my progress, standings,
// the admin's report and export. Days are YYYY-MM-DD in Beijing time; steps are integers.
import { z } from 'zod';
import { defineContract, empty, id, isoInstant, ymd } from '../contract';
import { daysBetween } from '../time';

export const MAX_CAMPAIGN_DAYS = 366;
/** WeRun gives the last 31 days, today included. */
export const WERUN_DAYS = 31;

export const complianceRule = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('min_days'),
    days: z
      .number({ message: '请填写需要达标的天数' })
      .int('天数应为整数')
      .min(1, '天数至少为 1')
      .max(MAX_CAMPAIGN_DAYS),
  }),
  z.object({
    type: z.literal('ratio'),
    ratio: z
      .number({ message: '请填写达标天数比例' })
      .gt(0, '比例应大于 0')
      .max(1, '比例不能超过 100%'),
  }),
]);
export type ComplianceRule = z.infer<typeof complianceRule>;

export const customTeam = z.object({
  name: z.string().trim().min(1, '请填写队伍名称').max(20, '队伍名称太长'),
  branchIds: z.array(id).min(1, '每支队伍至少包含一个分工会').max(50),
});

export const teamSetup = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('branch') }),
  z.object({
    mode: z.literal('custom'),
    teams: z.array(customTeam).min(1, '至少设置一支队伍').max(60),
  }),
]);

const steps = (what: string) =>
  z
    .number({ message: `请填写${what}` })
    .int(`${what}应为整数`)
    .min(1000, `${what}至少 1000 步`)
    .max(100_000, `${what}不能超过 100000 步`);

export const createCampaignInput = z
  .object({
    name: z
      .string({ message: '请填写活动名称' })
      .trim()
      .min(2, '活动名称至少 2 个字')
      .max(40, '活动名称太长'),
    description: z.string().trim().max(500, '说明太长').optional(),
    startDate: ymd,
    endDate: ymd,
    /** steps a day that count as "reached" (达标) */
    dailyTarget: steps('每日目标'),
    /** at most this many steps a day are counted */
    dailyCap: steps('每日上限'),
    /** days above this are flagged for a look by the union (likely faked); defaults to 3 × cap */
    flagAbove: steps('异常提醒线').optional(),
    rule: complianceRule,
    teams: teamSetup.default({ mode: 'branch' }),
    /** splits walkers into two age groups at this age (on the first day); null: one group */
    ageSplit: z
      .number()
      .int()
      .min(30, '分组年龄至少 30 岁')
      .max(80, '分组年龄至多 80 岁')
      .nullable()
      .default(50),
  })
  .superRefine((c, ctx) => {
    if (c.endDate < c.startDate)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: '结束日期不能早于开始日期' });
    const length = daysBetween(c.startDate, c.endDate) + 1;
    if (length > MAX_CAMPAIGN_DAYS)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: '活动最长一年' });
    if (c.rule.type === 'min_days' && c.endDate >= c.startDate && c.rule.days > length) {
      ctx.addIssue({
        code: 'custom',
        path: ['rule', 'days'],
        message: `达标天数不能超过活动天数（${length} 天）`,
      });
    }
    if (c.teams.mode === 'custom') {
      const seen = new Set<string>();
      for (const b of c.teams.teams.flatMap((t) => t.branchIds)) {
        if (seen.has(b))
          ctx.addIssue({
            code: 'custom',
            path: ['teams'],
            message: '同一个分工会只能编入一支队伍',
          });
        seen.add(b);
      }
    }
    if (c.dailyCap < c.dailyTarget)
      ctx.addIssue({ code: 'custom', path: ['dailyCap'], message: '每日上限不能低于每日目标' });
    if (c.flagAbove !== undefined && c.flagAbove < c.dailyCap) {
      ctx.addIssue({ code: 'custom', path: ['flagAbove'], message: '异常提醒线不能低于每日上限' });
    }
  });
export type CreateCampaignInput = z.output<typeof createCampaignInput>;

/**
 * Editing a campaign (admins): only the fields sent change. What may change once it started is
 * decided against the stored campaign and today (domain/steps/edit.ts), not here.
 */
export const updateCampaignInput = z
  .object({
    campaignId: id,
    name: z
      .string({ message: '请填写活动名称' })
      .trim()
      .min(2, '活动名称至少 2 个字')
      .max(40, '活动名称太长')
      .optional(),
    /** '' clears the description */
    description: z.string().trim().max(500, '说明太长').optional(),
    startDate: ymd.optional(),
    endDate: ymd.optional(),
    dailyTarget: steps('每日目标').optional(),
    dailyCap: steps('每日上限').optional(),
    flagAbove: steps('异常提醒线').optional(),
    rule: complianceRule.optional(),
  })
  .refine((u) => Object.keys(u).some((k) => k !== 'campaignId'), {
    message: '没有要修改的内容',
    path: ['campaignId'],
  });
export type UpdateCampaignInput = z.output<typeof updateCampaignInput>;

export const teamDef = z.object({
  teamId: z.string(),
  name: z.string(),
  branchIds: z.array(z.string()),
});
export type TeamDef = z.infer<typeof teamDef>;

export const ageGroupDef = z.object({
  groupId: z.string(),
  name: z.string(),
  minAge: z.number().int(),
});
export type AgeGroupDef = z.infer<typeof ageGroupDef>;

export const CAMPAIGN_STATUSES = ['upcoming', 'running', 'ended'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/** A campaign as the app sees it. */
export const campaignView = z.object({
  campaignId: z.string(),
  name: z.string(),
  description: z.string().optional(),
  startDate: z.string(),
  endDate: z.string(),
  dailyTarget: z.number(),
  dailyCap: z.number(),
  flagAbove: z.number(),
  rule: complianceRule,
  /** days that must reach the target to comply (达标) */
  neededDays: z.number(),
  totalDays: z.number(),
  teamMode: z.enum(['branch', 'custom']),
  teams: z.array(teamDef),
  ageGroups: z.array(ageGroupDef),
  status: z.enum(CAMPAIGN_STATUSES),
  joined: z.boolean(),
  participants: z.number().optional(),
});
export type CampaignView = z.infer<typeof campaignView>;

export const stepInfo = z.object({
  timestamp: z.number().int(),
  step: z.number().int().min(0).max(10_000_000),
});
export type StepInfo = z.infer<typeof stepInfo>;

/**
 * What the platform puts where the app passed `wx.cloud.CloudID(cloudID)`: the decrypted WeRun
 * data, or an error when the cloudID expired. The app never sends `data` itself: the platform (and
 * the local gateway) replace any top-level object carrying a `cloudID` before the function runs.
 */
export const weRunData = z.object(
  {
    cloudID: z.string({ message: '请从微信运动同步步数' }).min(1, '请从微信运动同步步数'),
    data: z
      .object({
        stepInfoList: z.array(stepInfo).max(40),
        watermark: z.object({ appid: z.string(), timestamp: z.number() }).partial().optional(),
      })
      .optional(),
    errCode: z.number().optional(),
    errMsg: z.string().optional(),
  },
  { message: '请从微信运动同步步数' },
);

const refused = z.never({ message: '步数只能来自微信运动，不能直接提交' }).optional();

export const syncInput = z.object({
  campaignId: id,
  weRunData,
  // step data sent by the app itself is never accepted: say so instead of silently ignoring it
  steps: refused,
  stepInfoList: refused,
});

export const dayEntry = z.object({
  date: z.string(),
  /** as WeRun reported them */
  steps: z.number(),
  /** what counts: at most the daily cap */
  counted: z.number(),
  reached: z.boolean(),
  flagged: z.boolean(),
});
export type DayEntry = z.infer<typeof dayEntry>;

export const syncOutput = z.object({
  /** campaign days with steps recorded so far */
  days: z.number(),
  /** counted steps over the campaign so far (each day at most the cap) */
  total: z.number(),
  daysReached: z.number(),
  /** campaign days this sync carried */
  syncedDays: z.number(),
  syncedAt: isoInstant,
});

export const PACE = ['done', 'on_track', 'behind', 'missed', 'not_started'] as const;
export type Pace = (typeof PACE)[number];

export const meOutput = z.object({
  campaignId: z.string(),
  joined: z.boolean(),
  daysReached: z.number(),
  compliant: z.boolean(),
  total: z.number(),
  neededDays: z.number(),
  pace: z.enum(PACE),
  today: z.object({ date: z.string(), steps: z.number(), target: z.number() }),
  /** the last 31 days up to today that fall in the campaign, oldest first */
  history: z.array(dayEntry),
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  ageGroup: z.string().nullable(),
  rank: z
    .object({
      team: z.number(),
      teamSize: z.number(),
      overall: z.number(),
      overallSize: z.number(),
      asOf: isoInstant.nullable(),
    })
    .nullable(),
  lastSyncAt: isoInstant.nullable(),
});
export type StepsMe = z.infer<typeof meOutput>;

export const rateRow = z.object({
  participants: z.number(),
  compliant: z.number(),
  rate: z.number(),
});

export const teamRow = z.object({
  teamId: z.string(),
  name: z.string(),
  participants: z.number(),
  compliant: z.number(),
  /** compliant / participants, 0…1 */
  rate: z.number(),
  /** average counted steps per walker per day so far */
  avgSteps: z.number(),
  rankByRate: z.number(),
  rankByAvg: z.number(),
  byAgeGroup: z.record(z.string(), rateRow),
});
export type TeamRow = z.infer<typeof teamRow>;

export const standingsOutput = z.object({
  campaignId: z.string(),
  asOfDay: z.string(),
  computedAt: isoInstant,
  participants: z.number(),
  compliant: z.number(),
  rate: z.number(),
  teams: z.array(teamRow),
  ageGroups: z.array(rateRow.extend({ groupId: z.string(), name: z.string() })),
  /** per team, average counted steps per walker for each day from the start to asOfDay */
  series: z.object({ days: z.array(z.string()), teams: z.record(z.string(), z.array(z.number())) }),
});
export type Standings = z.infer<typeof standingsOutput>;

export const reportInput = z.object({
  campaignId: id,
  q: z.string().trim().max(30).optional(),
  teamId: z.string().max(64).optional(),
  flaggedOnly: z.boolean().optional(),
});

export const walkerRow = z.object({
  staffNo: z.string(),
  name: z.string(),
  teamName: z.string(),
  ageGroup: z.string(),
  daysReached: z.number(),
  compliant: z.boolean(),
  total: z.number(),
  avgSteps: z.number(),
  flaggedDays: z.number(),
  lastSyncAt: isoInstant.nullable(),
});
export type WalkerRow = z.infer<typeof walkerRow>;

export const flaggedDay = z.object({
  staffNo: z.string(),
  name: z.string(),
  teamName: z.string(),
  date: z.string(),
  steps: z.number(),
});

export const reportOutput = z.object({
  /** what the caller may see: every team (admin) or their own branch (chair) */
  scope: z.enum(['all', 'branch']),
  matched: z.number(),
  rows: z.array(walkerRow),
  top: z.array(walkerRow),
  flagged: z.array(flaggedDay),
});
export type Report = z.infer<typeof reportOutput>;

export const exportOutput = z.object({
  filename: z.string(),
  base64: z.string(),
  rows: z.number(),
});

export const campaignIdInput = z.object({ campaignId: id });

export const stepsContract = defineContract({
  'steps.createCampaign': {
    input: createCampaignInput,
    output: z.object({ campaignId: z.string() }),
  },
  'steps.campaigns': { input: empty, output: z.object({ campaigns: z.array(campaignView) }) },
  'steps.updateCampaign': {
    input: updateCampaignInput,
    output: z.object({ campaign: campaignView, changed: z.array(z.string()) }),
  },
  /** ends a running campaign today and computes its standings once */
  'steps.closeCampaign': {
    input: campaignIdInput,
    output: z.object({
      campaign: campaignView,
      alreadyClosed: z.boolean(),
      participants: z.number(),
      compliant: z.number(),
    }),
  },
  'steps.join': {
    input: campaignIdInput,
    output: z.object({
      campaignId: z.string(),
      teamId: z.string(),
      teamName: z.string(),
      ageGroup: z.string(),
      alreadyJoined: z.boolean(),
    }),
  },
  'steps.sync': { input: syncInput, output: syncOutput },
  'steps.me': { input: campaignIdInput, output: meOutput },
  'steps.standings': { input: campaignIdInput, output: standingsOutput },
  'steps.report': { input: reportInput, output: reportOutput },
  'steps.export': { input: campaignIdInput, output: exportOutput },
});
