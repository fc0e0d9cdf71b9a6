// What an admin may change in a walkathon campaign, and when. Pure: the function applies the result.
//
// Compliance is never stored: every read (standings, my progress, the report) derives it from the
// raw WeRun steps of each day and the campaign's current target, cap and rule. So a change of the
// daily target, the cap, the flag line or the rule applies to every day, past ones included; the
// campaign's `updatedAt` tells the standings to recompute on the next read (and the nightly job
// recomputes anyway). That is fair to walkers as long as they see it announced; the admin page
// confirms before saving such a change on a running campaign.
//
// - Before the start: everything may change.
// - Once it started: the start date stays (walkers' days and WeRun's 31-day window hang on it);
//   the end date may move, but not before today (the days up to today are already recorded — to
//   end it today, close it).
// - Once it ended: only the name and description (the results are final).
import type { FieldIssue } from '../errors';
import { daysBetween } from '../time';
import { MAX_CAMPAIGN_DAYS, type ComplianceRule, type UpdateCampaignInput } from './contract';
import { campaignStatus, type CampaignRules } from './rules';

export interface EditableCampaign extends CampaignRules {
  name: string;
  description?: string;
}

const RULE_FIELDS = [
  'startDate',
  'endDate',
  'dailyTarget',
  'dailyCap',
  'flagAbove',
  'rule',
] as const;

const sameRule = (a: ComplianceRule, b: ComplianceRule) => JSON.stringify(a) === JSON.stringify(b);

export type EditResult =
  | { ok: true; next: EditableCampaign; changed: (keyof EditableCampaign)[] }
  | { ok: false; message: string; issues: FieldIssue[] };

export function applyCampaignEdit(
  current: EditableCampaign,
  patch: Omit<UpdateCampaignInput, 'campaignId'>,
  today: string,
): EditResult {
  const status = campaignStatus(current, today);
  const issues: FieldIssue[] = [];
  const next: EditableCampaign = {
    name: patch.name ?? current.name,
    startDate: patch.startDate ?? current.startDate,
    endDate: patch.endDate ?? current.endDate,
    dailyTarget: patch.dailyTarget ?? current.dailyTarget,
    dailyCap: patch.dailyCap ?? current.dailyCap,
    flagAbove: patch.flagAbove ?? current.flagAbove,
    rule: patch.rule ?? current.rule,
  };
  const description = patch.description ?? current.description;
  if (description) next.description = description;

  const changed = (Object.keys(next) as (keyof EditableCampaign)[]).filter((k) =>
    k === 'rule' ? !sameRule(next.rule, current.rule) : next[k] !== current[k],
  );
  if (patch.description === '' && current.description) changed.push('description');

  if (status === 'ended') {
    for (const k of RULE_FIELDS)
      if (changed.includes(k))
        issues.push({ path: k, message: '活动已经结束，成绩已定，只能修改名称和说明' });
  } else if (status === 'running') {
    if (changed.includes('startDate'))
      issues.push({ path: 'startDate', message: '活动已经开始，开始日期不能再改' });
    if (changed.includes('endDate') && next.endDate < today)
      issues.push({
        path: 'endDate',
        message: '结束日期不能早于今天（之前的步数已经记下了）；想今天就结束，请用「结束活动」',
      });
  }

  if (next.endDate < next.startDate)
    issues.push({ path: 'endDate', message: '结束日期不能早于开始日期' });
  const length = daysBetween(next.startDate, next.endDate) + 1;
  if (length > MAX_CAMPAIGN_DAYS) issues.push({ path: 'endDate', message: '活动最长一年' });
  if (next.rule.type === 'min_days' && length >= 1 && next.rule.days > length)
    issues.push({ path: 'rule.days', message: `达标天数不能超过活动天数（${length} 天）` });
  if (next.dailyCap < next.dailyTarget)
    issues.push({ path: 'dailyCap', message: '每日上限不能低于每日目标' });
  if (next.flagAbove < next.dailyCap)
    issues.push({ path: 'flagAbove', message: '异常提醒线不能低于每日上限' });

  if (issues.length > 0)
    return {
      ok: false,
      message: issues.length === 1 ? issues[0].message : '有几处需要修改，请看标红的地方',
      issues,
    };
  return { ok: true, next, changed };
}

/** Whether saving these changes recomputes who complied (the page asks before saving them). */
export function changesResults(changed: readonly string[]): boolean {
  return changed.some((k) => k !== 'name' && k !== 'description');
}
