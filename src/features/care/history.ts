// One line of a case's history in plain words: who did what ("校工会 退回补充").
import { STATUS_LABELS, type CaseStatus } from '../../../domain/care/model';

const WHO: Record<string, string> = {
  applicant: '申请人',
  filer: '经办人',
  branch_chair: '分工会',
  admin: '校工会',
  care_committee: '福利委员会',
};

function what(from: string, to: string): string {
  if (to === 'returned') return '退回补充';
  if (to === 'declined') return '不予批准';
  if (to === 'withdrawn') return '撤回申请';
  if (to === 'paid') return '登记发放';
  if (to === 'approved') return '批准';
  if (from === 'draft' || from === 'returned')
    return `提交，${STATUS_LABELS[to as CaseStatus] ?? to}`;
  return `同意，转${(STATUS_LABELS[to as CaseStatus] ?? to).replace(/中$/, '')}`;
}

export function historyLine(h: { role: string; from: string; to: string }): string {
  return `${WHO[h.role] ?? h.role} ${what(h.from, h.to)}`;
}
