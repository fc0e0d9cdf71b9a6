// The role names and their labels, without schemas (the app's main package shows them on 我的).

export const ROLE_NAMES = [
  'admin',
  'organizer',
  'branch_chair',
  'distributor',
  'club_leader',
  'committee',
  'handler',
  // the features of the second wave (care, trips, check-ups, contests, honours)
  'care_committee',
  'trip_leader',
  'checkup_desk',
  'judge',
] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

/** "staff" is implied by being a bound, active roster member; the others are granted. */
export const ACCESS_ROLES = ['staff', ...ROLE_NAMES] as const;
export type AccessRole = (typeof ACCESS_ROLES)[number];

export const ROLE_LABELS: Record<AccessRole, string> = {
  staff: '教职工',
  admin: '校工会管理员',
  organizer: '活动组织者',
  branch_chair: '分工会主席',
  distributor: '福利核销员',
  club_leader: '社团负责人',
  committee: '提案委员会',
  handler: '承办部门',
  care_committee: '福利委员会',
  trip_leader: '疗休养领队',
  checkup_desk: '体检签到员',
  judge: '评委',
};
