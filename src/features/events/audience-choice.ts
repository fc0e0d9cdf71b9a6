// The create form's "面向" choices, and a club activity's fixed audience (opened from a club page).
import type { AudienceRule } from '../../../domain/events/contract';

export const AUDIENCES: { label: string; rules: AudienceRule[] }[] = [
  { label: '全体教职工', rules: [] },
  { label: '工会会员', rules: [{ kind: 'members' }] },
  { label: '女教职工', rules: [{ kind: 'women' }] },
  { label: '退休教职工', rules: [{ kind: 'retirees' }] },
];

/** Who may sign up: the club's members (and everyone, if opened) or one of the common choices. */
export function audienceOf(
  f: { audience: number; openToAll: boolean },
  clubId?: string,
): AudienceRule[] {
  if (clubId) return [{ kind: 'club', clubId, openToAll: f.openToAll }];
  return AUDIENCES[f.audience]?.rules ?? [];
}
