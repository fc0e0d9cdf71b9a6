// The walkathon setup form's choices and sentences, kept pure: the three daily numbers as one
// table, what the rule and age chips do to the form, the confirmations' words, and where the
// function's field issues are said.
import type { ConfirmOptions } from '../../components/confirm';
import type { SetupErrors, SetupForm } from './view';

/** A typed field of the form, as the shared Field shows it. */
export interface FieldSpec {
  key: 'name' | 'description' | 'dailyTarget' | 'dailyCap' | 'flagAbove';
  label: string;
  placeholder: string;
  hint?: string;
  maxlength?: number;
  type?: 'number';
}

/** The campaign's name and its description. */
export const NAME_FIELDS: readonly FieldSpec[] = [
  { key: 'name', label: '活动名称', placeholder: '例如：秋冬健步走', maxlength: 40 },
  {
    key: 'description',
    label: '活动说明（可不填）',
    placeholder: '例如：每天饭后走一走，为本队加油',
    maxlength: 500,
  },
];

const step = (key: FieldSpec['key'], label: string, example: number, hint: string): FieldSpec => ({
  key,
  label,
  placeholder: `例如 ${example}`,
  hint,
  type: 'number',
});

/** The three daily numbers, in the order the form asks for them. */
export const STEP_NUMBERS: readonly FieldSpec[] = [
  step('dailyTarget', '每日目标（步）', 6000, '一天走满这么多步算达标一天'),
  step('dailyCap', '每日上限（步）', 15000, '一天最多计入这么多步，防止刷步'),
  step('flagAbove', '异常提醒线（步）', 40000, '单日超过这个数会提醒你核实'),
];

/** Choosing a compliance rule starts it at its usual value (40 days, 80 %). */
export function withRule(form: SetupForm, type: SetupForm['ruleType']): SetupForm {
  return { ...form, ruleType: type, ruleValue: type === 'min_days' ? '40' : '80' };
}

export const ruleValueLabel = (type: SetupForm['ruleType']): string =>
  type === 'min_days' ? '需要达标的天数' : '需要达标的天数占比（%）';

/** Age groups on keeps the age typed (50 if none); off empties it. */
export function withAgeGroups(form: SetupForm, on: boolean): SetupForm {
  if (!on) return { ...form, ageSplit: '' };
  return { ...form, ageSplit: form.ageSplit.trim() === '' ? '50' : form.ageSplit };
}

export const ageHint = (ageSplit: string): string =>
  `${ageSplit.trim() || '50'} 岁及以上单独排名，其余为另一组（按活动第一天的年龄）`;

/** The publish confirmation: what will be published, and that staff can then sign up. */
export function publishAsk(form: SetupForm): ConfirmOptions {
  const teams =
    form.teamMode === 'custom' ? `${form.teamRows.length} 支自定义队伍` : '每个分工会一支队伍';
  const content = `${form.name}：${form.startDate} 至 ${form.endDate}，每天 ${form.dailyTarget} 步达标，${teams}。发布后教职工就能报名。`;
  return { title: '发布这次健步走？', content, confirmText: '发布', cancelText: '再看看' };
}

/** The save confirmation: a running campaign's new numbers recount every day already walked. */
export function saveAsk(running: boolean, resultsChange: boolean): ConfirmOptions {
  const content =
    running && resultsChange
      ? '活动已经开始：新的目标、上限或达标规则会用于全部天数（包括已经走过的），各队达标率会重新计算。请记得告知大家。'
      : '保存后参加者看到的就是新的内容。';
  return { title: '保存修改？', content, confirmText: '保存', cancelText: '再看看' };
}

/** The function's field issues (e.g. an end date before today), each next to its field. */
export function issueErrors(
  issues: readonly { path: string; message: string }[],
  form: SetupForm,
): SetupErrors {
  const errors: SetupErrors = {};
  for (const issue of issues) {
    const head = issue.path.split('.')[0];
    const key = (head === 'rule' ? 'ruleValue' : head) as keyof SetupForm;
    if (Object.hasOwn(form, key)) (errors as Record<string, string>)[key] ??= issue.message;
  }
  return errors;
}

/** How a section of the form changes it (React's setState with an updater). */
export type SetForm = (update: (prev: SetupForm) => SetupForm) => void;

/** What each section of the form is given. */
export interface SectionProps {
  form: SetupForm;
  setForm: SetForm;
  errors: SetupErrors;
}
