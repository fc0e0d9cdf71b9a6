// The setup form's custom teams (自定义队伍) and the edit form's changes, decided without a
// renderer: rows of a team name and the branches in it, which branches are missing or doubled, and
// the input of steps.createCampaign / steps.updateCampaign.
import type { z } from 'zod';
import type {
  CampaignView,
  createCampaignInput,
  updateCampaignInput,
} from '../../../domain/steps/contract';

export interface BranchOption {
  id: string;
  name: string;
}

export interface TeamRowForm {
  /** a stable key for the row (not sent) */
  key: string;
  name: string;
  branchIds: string[];
}

let rowSeq = 0;
export function newTeamRow(name = ''): TeamRowForm {
  rowSeq += 1;
  return { key: `row${rowSeq}`, name, branchIds: [] };
}

export function addTeamRow(rows: readonly TeamRowForm[]): TeamRowForm[] {
  return [...rows, newTeamRow(`第${rows.length + 1}队`)];
}

export function removeTeamRow(rows: readonly TeamRowForm[], key: string): TeamRowForm[] {
  return rows.filter((r) => r.key !== key);
}

export function renameTeamRow(
  rows: readonly TeamRowForm[],
  key: string,
  name: string,
): TeamRowForm[] {
  return rows.map((r) => (r.key === key ? { ...r, name } : r));
}

/** Puts a branch in the row or takes it out. */
export function toggleBranch(
  rows: readonly TeamRowForm[],
  key: string,
  branchId: string,
): TeamRowForm[] {
  return rows.map((r) =>
    r.key !== key
      ? r
      : {
          ...r,
          branchIds: r.branchIds.includes(branchId)
            ? r.branchIds.filter((b) => b !== branchId)
            : [...r.branchIds, branchId],
        },
  );
}

export interface Coverage {
  /** branches in no team */
  missing: BranchOption[];
  /** branches in more than one team, with the names of those teams */
  doubled: { branch: BranchOption; teams: string[] }[];
}

const teamLabel = (r: TeamRowForm, i: number) => r.name.trim() || `第${i + 1}队`;

/** Every branch must be in exactly one team. */
export function coverage(
  rows: readonly TeamRowForm[],
  branches: readonly BranchOption[],
): Coverage {
  const inTeams = new Map<string, string[]>();
  rows.forEach((r, i) => {
    for (const b of r.branchIds) inTeams.set(b, [...(inTeams.get(b) ?? []), teamLabel(r, i)]);
  });
  return {
    missing: branches.filter((b) => !inTeams.has(b.id)),
    doubled: branches
      .filter((b) => (inTeams.get(b.id)?.length ?? 0) > 1)
      .map((b) => ({ branch: b, teams: inTeams.get(b.id) ?? [] })),
  };
}

/** What the page says about the coverage, one plain sentence a problem. */
export function coverageMessages(cov: Coverage): string[] {
  const out: string[] = [];
  if (cov.missing.length > 0)
    out.push(
      `还有 ${cov.missing.length} 个分工会没编入队伍：${cov.missing.map((b) => b.name).join('、')}。请把它们选进某一支队伍。`,
    );
  for (const d of cov.doubled)
    out.push(
      `${d.branch.name}同时在${d.teams.map((t) => `「${t}」`).join('')}里，一个分工会只能在一支队伍，请去掉多余的。`,
    );
  return out;
}

/** The rows as the action's `teams`, or what to fix: per row and for the whole. */
export function checkTeams(
  rows: readonly TeamRowForm[],
  branches: readonly BranchOption[],
):
  | { ok: true; teams: { name: string; branchIds: string[] }[] }
  | { ok: false; rowErrors: Record<string, string>; messages: string[] } {
  const rowErrors: Record<string, string> = {};
  const names = new Map<string, number>();
  for (const r of rows) {
    const name = r.name.trim();
    names.set(name, (names.get(name) ?? 0) + 1);
    if (!name) rowErrors[r.key] = '请填写队伍名称';
    else if (name.length > 20) rowErrors[r.key] = '队伍名称太长（最多 20 个字）';
    else if (r.branchIds.length === 0) rowErrors[r.key] = '请至少选一个分工会';
  }
  for (const r of rows)
    if (r.name.trim() && (names.get(r.name.trim()) ?? 0) > 1)
      rowErrors[r.key] ??= '队伍名称重复了，请换一个';
  const messages = coverageMessages(coverage(rows, branches));
  if (rows.length < 2) messages.unshift('自定义队伍至少要两支，才能比一比。');
  if (messages.length > 0 || Object.keys(rowErrors).length > 0)
    return { ok: false, rowErrors, messages };
  return {
    ok: true,
    teams: rows.map((r) => ({ name: r.name.trim(), branchIds: [...r.branchIds] })),
  };
}

export type UpdateInput = z.input<typeof updateCampaignInput>;

/** The edit form's fields that differ from the campaign, as steps.updateCampaign's input. */
export function editPatch(
  c: CampaignView,
  input: Pick<
    z.input<typeof createCampaignInput>,
    | 'name'
    | 'description'
    | 'startDate'
    | 'endDate'
    | 'dailyTarget'
    | 'dailyCap'
    | 'flagAbove'
    | 'rule'
  >,
): UpdateInput | null {
  const patch: UpdateInput = { campaignId: c.campaignId };
  if (input.name.trim() !== c.name) patch.name = input.name;
  if ((input.description?.trim() ?? '') !== (c.description ?? ''))
    patch.description = input.description?.trim() ?? '';
  if (input.startDate !== c.startDate) patch.startDate = input.startDate;
  if (input.endDate !== c.endDate) patch.endDate = input.endDate;
  if (input.dailyTarget !== c.dailyTarget) patch.dailyTarget = input.dailyTarget;
  if (input.dailyCap !== c.dailyCap) patch.dailyCap = input.dailyCap;
  if (input.flagAbove !== undefined && input.flagAbove !== c.flagAbove)
    patch.flagAbove = input.flagAbove;
  if (input.rule && JSON.stringify(input.rule) !== JSON.stringify(c.rule)) patch.rule = input.rule;
  return Object.keys(patch).length > 1 ? patch : null;
}
