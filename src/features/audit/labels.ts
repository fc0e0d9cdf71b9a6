// Plain-Chinese words for the 审计日志 page, and its filter form turned into the action's input.
import { OUTCOME_LABELS, type AuditFilter } from '../../../domain/audit/contract';
import { ROLE_LABELS } from '../../../domain/account/roles';
import { addDays, startOfBeijingDay, YMD } from '../../../domain/time';

/** The audited actions people look for, in the order the 操作 picker offers them. */
export const ACTION_LABELS: ReadonlyMap<string, string> = new Map([
  ['roster.grantRole', '授予角色'],
  ['roster.revokeRole', '撤销角色'],
  ['roster.unbind', '解绑微信'],
  ['roster.import', '导入名册'],
  ['roster.export', '导出名册'],
  ['account.bind', '绑定工号'],
  ['account.auditExport', '导出审计日志'],
  ['account.setOffice', '修改办公室联系方式'],
  ['welfare.handover', '福利核销'],
  ['welfare.undoHandover', '撤销核销'],
  ['welfare.createBatch', '新建福利批次'],
  ['welfare.updateBatch', '修改福利批次'],
  ['welfare.close', '结束福利发放'],
  ['welfare.export', '导出福利名单'],
  ['events.create', '发布活动'],
  ['events.update', '修改活动'],
  ['events.callOff', '取消活动'],
  ['events.checkin', '活动签到'],
  ['events.attendance', '查看到场名单'],
  ['events.export', '导出活动名单'],
  ['notify.broadcast', '发送通知'],
  ['proposals.review', '提案立案审查'],
  ['proposals.answer', '答复提案'],
  ['proposals.export', '导出提案'],
  ['proposals.importReps', '导入代表名单'],
  ['steps.createCampaign', '新建健步走'],
  ['steps.updateCampaign', '修改健步走'],
  ['steps.closeCampaign', '结束健步走'],
  ['steps.export', '导出健步走名单'],
  ['clubs.grantLeader', '任命社团负责人'],
  ['clubs.hidePost', '隐藏社团动态'],
  ['trips.createPlan', '发布疗休养计划'],
  ['trips.allocate', '分配疗休养名额'],
  ['trips.importHistory', '导入往年疗休养'],
]);

/** "授予角色" where a label exists, else the code itself (a new action still shows). */
export function actionLabel(code: string): string {
  return ACTION_LABELS.get(code) ?? code;
}

/** Refusals' short codes (the end of a VisibleError code, see audited() in the kit). */
const REFUSAL_LABELS: ReadonlyMap<string, string> = new Map([
  ['forbidden', '无权操作'],
  ['not_found', '找不到对象'],
  ['unbound', '未绑定工号'],
]);

/** "成功", "被拒绝" … or the code when the outcome has no label yet. */
export function outcomeLabel(code: string): string {
  if (Object.hasOwn(OUTCOME_LABELS, code)) return OUTCOME_LABELS[code];
  return REFUSAL_LABELS.get(code) ?? code;
}

/** "校工会管理员", "教职工", or the code; nobody (a timer) reads as 系统. */
export function roleLabel(role: string | null): string {
  if (role === null) return '系统';
  if (role === 'staff') return '教职工';
  return Object.hasOwn(ROLE_LABELS, role) ? ROLE_LABELS[role as keyof typeof ROLE_LABELS] : role;
}

/** "100020:branch_chair" (a grant's target) reads "100020 · 分工会主席"; other ids as they are. */
export function targetLabel(target: string): string {
  const m = /^([^:]+):([a-z_]+)$/.exec(target);
  if (!m || !Object.hasOwn(ROLE_LABELS, m[2])) return target;
  return `${m[1]} · ${ROLE_LABELS[m[2] as keyof typeof ROLE_LABELS]}`;
}

/** The outcome chips: all, or one of the codes people ask about most. */
export const OUTCOME_CHOICES: readonly { value: string; label: string }[] = [
  { value: '', label: '全部' },
  { value: 'ok', label: outcomeLabel('ok') },
  { value: 'forbidden', label: outcomeLabel('forbidden') },
  { value: 'denied', label: outcomeLabel('denied') },
  { value: 'wrong_code', label: outcomeLabel('wrong_code') },
  { value: 'read', label: outcomeLabel('read') },
];

/** What the person typed and picked on the page. Days are Beijing YYYY-MM-DD, both included. */
export interface AuditForm {
  staffNo: string;
  actionName: string;
  outcome: string;
  fromDay: string;
  toDay: string;
}

export const EMPTY_FORM: AuditForm = {
  staffNo: '',
  actionName: '',
  outcome: '',
  fromDay: '',
  toDay: '',
};

function realDay(day: string): boolean {
  if (!YMD.test(day)) return false;
  const y = Number(day.slice(0, 4));
  // the same day back: rejects 2026-02-30, which Date would roll over into March
  return y >= 2000 && y <= 2100 && addDays(day, 0) === day;
}

export type FormResult =
  | { ok: true; filter: AuditFilter }
  | { ok: false; field: 'staffNo' | 'fromDay' | 'toDay'; message: string };

/** The form as the action's filter: empty fields left out, the end day included (to = next 0:00). */
export function toFilter(f: AuditForm): FormResult {
  const staffNo = f.staffNo.trim();
  if (staffNo && !/^[A-Za-z0-9_.:-]{1,64}$/.test(staffNo))
    return { ok: false, field: 'staffNo', message: '工号只能是字母和数字' };
  const fromDay = f.fromDay.trim();
  const toDay = f.toDay.trim();
  if (fromDay && !realDay(fromDay))
    return { ok: false, field: 'fromDay', message: '开始日期请按“2026-03-08”的格式填写' };
  if (toDay && !realDay(toDay))
    return { ok: false, field: 'toDay', message: '结束日期请按“2026-03-08”的格式填写' };
  if (fromDay && toDay && toDay < fromDay)
    return { ok: false, field: 'toDay', message: '结束日期不能早于开始日期' };
  const filter: AuditFilter = {};
  if (staffNo) filter.staffNo = staffNo;
  if (f.actionName) filter.actionName = f.actionName;
  if (f.outcome) filter.outcome = f.outcome;
  if (fromDay) filter.from = startOfBeijingDay(fromDay).toISOString();
  if (toDay) filter.to = startOfBeijingDay(addDays(toDay, 1)).toISOString();
  return { ok: true, filter };
}
