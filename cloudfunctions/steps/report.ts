// The union's view of a campaign: every walker's row (search, team filter, flagged only), the top
// walkers and the flagged days; a branch chair sees their own branch. Also the .xlsx export.
import type { z } from 'zod';
import type { Report, WalkerRow, reportInput } from '../../domain/steps/contract';
import { elapsedDays, summarize } from '../../domain/steps/rules';
import { beijingDay } from '../../domain/time';
import { toXlsx, type XlsxFile } from '../_kit/xlsx';
import type { CallContext } from '../_kit';
import type { CampaignDoc } from './campaign-repo';
import { requireCampaign } from './campaigns';
import { listParticipants, type ParticipantDoc } from './participant-repo';

const MAX_ROWS = 200;
const TOP = 10;
const MAX_FLAGGED = 100;

/** null: every branch (admin); otherwise the branches this chair looks after. */
function visibleBranches(ctx: CallContext): string[] | null {
  if (ctx.can('admin')) return null;
  const grants = ctx.me().roles.filter((g) => g.role === 'branch_chair');
  if (grants.some((g) => !g.branchId)) return null;
  return grants.map((g) => g.branchId as string);
}

interface Walker extends WalkerRow {
  teamId: string;
  flaggedList: { date: string; steps: number }[];
}

function walkers(c: CampaignDoc, people: ParticipantDoc[], today: string): Walker[] {
  const elapsed = elapsedDays(c, today);
  const groupName = new Map(c.ageGroups.map((g) => [g.groupId, g.name]));
  return people.map((p) => {
    const s = summarize(p.days, c, today);
    return {
      staffNo: p.staffNo,
      name: p.name,
      teamId: p.teamId,
      teamName: p.teamName,
      ageGroup: groupName.get(p.ageGroup) ?? p.ageGroup,
      daysReached: s.daysReached,
      compliant: s.compliant,
      total: s.total,
      avgSteps: elapsed ? Math.round(s.total / elapsed) : 0,
      flaggedDays: s.flaggedDays.length,
      lastSyncAt: p.syncedAt ? new Date(p.syncedAt).toISOString() : null,
      flaggedList: s.flaggedDays.map((date) => ({ date, steps: p.days[date] })),
    };
  });
}

const strip = ({ teamId: _t, flaggedList: _f, ...row }: Walker): WalkerRow => row;

async function load(
  input: { campaignId: string },
  ctx: CallContext,
): Promise<{ c: CampaignDoc; all: Walker[]; scope: 'all' | 'branch' }> {
  const c = await requireCampaign(ctx, input.campaignId);
  const branches = visibleBranches(ctx);
  const people = await listParticipants(ctx.db, c._id, branches ?? undefined);
  return { c, all: walkers(c, people, beijingDay(ctx.now)), scope: branches ? 'branch' : 'all' };
}

export async function report(
  input: z.output<typeof reportInput>,
  ctx: CallContext,
): Promise<Report> {
  const { all, scope } = await load(input, ctx);
  const q = input.q?.trim();
  const matched = all
    .filter((w) => !q || w.name.includes(q) || w.staffNo.includes(q))
    .filter((w) => !input.teamId || w.teamId === input.teamId)
    .filter((w) => !input.flaggedOnly || w.flaggedDays > 0)
    .sort((a, b) => b.total - a.total || (a.staffNo < b.staffNo ? -1 : 1));
  const top = [...all]
    .sort((a, b) => b.total - a.total || (a.staffNo < b.staffNo ? -1 : 1))
    .slice(0, TOP);
  const flagged = all
    .flatMap((w) =>
      w.flaggedList.map((f) => ({ staffNo: w.staffNo, name: w.name, teamName: w.teamName, ...f })),
    )
    .sort((a, b) => (a.date === b.date ? b.steps - a.steps : a.date < b.date ? 1 : -1))
    .slice(0, MAX_FLAGGED);
  return {
    scope,
    matched: matched.length,
    rows: matched.slice(0, MAX_ROWS).map(strip),
    top: top.map(strip),
    flagged,
  };
}

export async function exportXlsx(
  input: { campaignId: string },
  ctx: CallContext,
): Promise<XlsxFile> {
  const { c, all } = await load(input, ctx);
  const rows = [...all].sort((a, b) =>
    a.teamName === b.teamName ? b.total - a.total : a.teamName < b.teamName ? -1 : 1,
  );
  return toXlsx(
    `${c.name}-${beijingDay(ctx.now)}.xlsx`,
    '健步走',
    [
      { header: '工号', value: (r: Walker) => r.staffNo },
      { header: '姓名', value: (r) => r.name },
      { header: '队伍', width: 20, value: (r) => r.teamName },
      { header: '年龄组', value: (r) => r.ageGroup },
      { header: '达标天数', value: (r) => r.daysReached },
      { header: '是否达标', value: (r) => (r.compliant ? '达标' : '未达标') },
      { header: '累计步数（计入）', width: 18, value: (r) => r.total },
      { header: '日均步数', value: (r) => r.avgSteps },
      { header: '异常天数', value: (r) => r.flaggedDays },
    ],
    rows,
  );
}
