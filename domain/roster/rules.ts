// Pure decisions of the roster: reading an import file's rows, what an import would change, who
// is missing from it, and which role grants make sense.
import type { RoleGrant, RoleName } from '../account/roles';
import type { BadRow } from './contract';
import type { BranchDoc, StaffDoc } from './staff';

/** The columns of a union's roster sheet: Chinese header, accepted variants, required or not. */
export const IMPORT_COLUMNS = [
  { key: 'staffNo', header: '工号', aliases: ['职工号', '教工号'], required: true },
  { key: 'name', header: '姓名', aliases: [], required: true },
  { key: 'gender', header: '性别', aliases: [], required: true },
  { key: 'branch', header: '分工会', aliases: ['所属分工会', '分工会名称'], required: true },
  { key: 'phone', header: '手机号', aliases: ['手机', '手机号码', '联系电话'], required: true },
  { key: 'member', header: '会员', aliases: ['是否会员', '工会会员'], required: true },
  { key: 'status', header: '状态', aliases: ['在职状态', '人员状态'], required: true },
  { key: 'joinedOn', header: '入职日期', aliases: ['入职时间', '参加工作时间'], required: true },
  { key: 'birth', header: '出生年月', aliases: ['出生日期'], required: false },
] as const;
export type ColumnKey = (typeof IMPORT_COLUMNS)[number]['key'];

/** A valid row, ready to be written: the roster fields of a staff record. */
export interface RosterRow {
  line: number;
  staffNo: string;
  name: string;
  gender?: '男' | '女';
  branchId: string;
  phone: string;
  member: boolean;
  status: '在职' | '退休';
  joinedOn?: string;
  birth?: string;
}

export const ROSTER_FIELDS = [
  'name',
  'gender',
  'branchId',
  'phone',
  'member',
  'status',
  'joinedOn',
  'birth',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

export const FIELD_LABELS: Record<RosterField | 'active', string> = {
  name: '姓名',
  gender: '性别',
  branchId: '分工会',
  phone: '手机号',
  member: '会员',
  status: '状态',
  joinedOn: '入职日期',
  birth: '出生年月',
  active: '重新在册',
};

const squash = (s: string) => s.replace(/\s+/g, '');

/** "张 三" → "张三" (people pad two-character names); "Li  Ming" → "Li Ming". */
export function cleanName(text: string): string {
  const spaced = text.replace(/\s+/g, ' ').trim();
  return /[\u4e00-\u9fff]/.test(spaced) ? squash(spaced) : spaced;
}

/** Maps the file's headers to columns; lists required columns it lacks. */
export function mapHeaders(headers: readonly string[]): {
  columns: Partial<Record<ColumnKey, string>>;
  missing: string[];
} {
  const columns: Partial<Record<ColumnKey, string>> = {};
  const missing: string[] = [];
  for (const col of IMPORT_COLUMNS) {
    const names: readonly string[] = [col.header, ...col.aliases];
    const found = headers.find((h) => names.includes(squash(h)));
    if (found !== undefined) columns[col.key] = found;
    else if (col.required) missing.push(col.header);
  }
  return { columns, missing };
}

/** 11-digit mainland mobile: spaces, dashes and a +86 prefix are tolerated. */
export function parsePhone(text: string): string | null {
  const digits = text.replace(/[\s-]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function realDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** An Excel day serial (days since 1899-12-30) as YYYY-MM-DD. */
function fromSerial(serial: number): string {
  const t = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
}

/**
 * A calendar day from what people type in Excel: 2023-09-01, 2023/9/1, 2023.9.1, 2023年9月1日,
 * 20230901, or an Excel day serial. Null when it is not a real day between 1900 and today.
 */
export function parseDay(text: string, today: string): string | null {
  const s = squash(text);
  let y: number, m: number, d: number;
  let match =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{4,5})(\.0+)?$/.exec(s)) && Number(match[1]) >= 1) {
    return parseDay(fromSerial(Number(match[1])), today);
  } else {
    return null;
  }
  if (y < 1900 || !realDay(y, m, d)) return null;
  const day = `${y}-${pad2(m)}-${pad2(d)}`;
  return day <= today ? day : null;
}

/** A birth month (YYYY-MM) or day (YYYY-MM-DD): 1975-03, 1975.3, 1975年3月, 197503, or a full day. */
export function parseBirth(text: string, today: string): string | null {
  const s = squash(text);
  const month = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(s) ?? /^(\d{4})(\d{2})$/.exec(s);
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    if (y < 1900 || m < 1 || m > 12) return null;
    const ym = `${y}-${pad2(m)}`;
    return ym <= today.slice(0, 7) ? ym : null;
  }
  return parseDay(text, today);
}

/** Branch lookup by name, ignoring spaces; "机关" finds "机关分工会". */
export function branchFinder(
  branches: readonly BranchDoc[],
): (name: string) => BranchDoc | undefined {
  const byName = new Map<string, BranchDoc>();
  for (const b of branches) byName.set(squash(b.name), b);
  return (name) => {
    const key = squash(name);
    return byName.get(key) ?? byName.get(`${key}分工会`);
  };
}

export interface RawRow {
  line: number;
  cells: Record<string, string>;
}

export interface ValidatedRoster {
  valid: RosterRow[];
  bad: BadRow[];
  /** every 工号 named in the file, bad rows included (they are not "missing") */
  named: Set<string>;
}

const STAFF_NO = /^[A-Za-z0-9-]{1,20}$/;

/** Checks every row; a row with any problem is bad, with every reason in plain Chinese. */
export function validateRows(
  rows: readonly RawRow[],
  columns: Partial<Record<ColumnKey, string>>,
  branches: readonly BranchDoc[],
  today: string,
): ValidatedRoster {
  const findBranch = branchFinder(branches);
  const cell = (row: RawRow, key: ColumnKey) => {
    const header = columns[key];
    return header === undefined ? '' : (row.cells[header] ?? '').trim();
  };
  const lines = new Map<string, number[]>();
  for (const row of rows) {
    const no = cell(row, 'staffNo');
    if (no) lines.set(no, [...(lines.get(no) ?? []), row.line]);
  }

  const valid: RosterRow[] = [];
  const bad: BadRow[] = [];
  const named = new Set<string>();
  for (const row of rows) {
    const reasons: string[] = [];
    const staffNo = cell(row, 'staffNo');
    const name = cleanName(cell(row, 'name'));
    if (!staffNo) reasons.push('缺少工号');
    else if (!STAFF_NO.test(staffNo)) reasons.push(`工号“${staffNo}”只能是字母和数字`);
    else named.add(staffNo);
    const same = lines.get(staffNo) ?? [];
    if (staffNo && same.length > 1) {
      reasons.push(`工号 ${staffNo} 在文件里重复（第 ${same.join('、')} 行）`);
    }
    if (!name) reasons.push('缺少姓名');
    else if (name.length > 30) reasons.push('姓名太长');

    const genderText = cell(row, 'gender');
    if (genderText && genderText !== '男' && genderText !== '女')
      reasons.push(`性别应为“男”或“女”，现在是“${genderText}”`);

    const branchName = cell(row, 'branch');
    const branch = branchName ? findBranch(branchName) : undefined;
    if (!branchName) reasons.push('缺少分工会');
    else if (!branch) reasons.push(`没有名为“${branchName}”的分工会`);
    else if (!branch.active) reasons.push(`分工会“${branch.name}”已停用`);

    const phoneText = cell(row, 'phone');
    const phone = phoneText ? parsePhone(phoneText) : null;
    if (!phoneText) reasons.push('缺少手机号');
    else if (!phone) reasons.push('手机号应为 11 位数字，以 13–19 开头');

    const memberText = cell(row, 'member');
    if (!memberText) reasons.push('缺少会员（是/否）');
    else if (memberText !== '是' && memberText !== '否')
      reasons.push(`会员应填“是”或“否”，现在是“${memberText}”`);

    const statusText = cell(row, 'status');
    if (!statusText) reasons.push('缺少状态（在职/退休）');
    else if (statusText !== '在职' && statusText !== '退休')
      reasons.push(`状态应为“在职”或“退休”，现在是“${statusText}”`);

    const joinedText = cell(row, 'joinedOn');
    const joinedOn = joinedText ? parseDay(joinedText, today) : undefined;
    if (joinedOn === null) reasons.push(`入职日期“${joinedText}”看不懂，请写成 2023-09-01`);

    const birthText = cell(row, 'birth');
    const birth = birthText ? parseBirth(birthText, today) : undefined;
    if (birth === null) reasons.push(`出生年月“${birthText}”看不懂，请写成 1975-03`);

    if (reasons.length > 0) {
      bad.push({
        line: row.line,
        ...(staffNo ? { staffNo } : {}),
        ...(name ? { name } : {}),
        reasons,
      });
      continue;
    }
    const out: RosterRow = {
      line: row.line,
      staffNo,
      name,
      branchId: (branch as BranchDoc)._id,
      phone: phone as string,
      member: memberText === '是',
      status: statusText as RosterRow['status'],
    };
    if (genderText) out.gender = genderText as '男' | '女';
    if (joinedOn) out.joinedOn = joinedOn;
    if (birth) out.birth = birth;
    valid.push(out);
  }
  valid.sort((a, b) => a.line - b.line);
  bad.sort((a, b) => a.line - b.line);
  return { valid, bad, named };
}

export type RowChange =
  { kind: 'new' } | { kind: 'unchanged' } | { kind: 'changed'; fields: (RosterField | 'active')[] };

/** What writing this row would do to the stored record (an inactive record is brought back). */
export function diffRow(existing: StaffDoc | undefined, row: RosterRow): RowChange {
  if (!existing) return { kind: 'new' };
  const fields: (RosterField | 'active')[] = ROSTER_FIELDS.filter(
    (f) => (existing[f] ?? null) !== (row[f] ?? null),
  );
  if (!existing.active) fields.push('active');
  return fields.length ? { kind: 'changed', fields } : { kind: 'unchanged' };
}

/** The roster fields of a row, as a new staff record. */
export function newStaffDoc(row: RosterRow): StaffDoc {
  const { line: _line, ...fields } = row;
  return { _id: row.staffNo, ...fields, active: true, roles: [] };
}

/** Active people on the roster who are not named in the file. */
export function missingFrom<T extends Pick<StaffDoc, 'staffNo' | 'active'>>(
  stored: readonly T[],
  named: ReadonlySet<string>,
): T[] {
  return stored.filter((s) => s.active && !named.has(s.staffNo));
}

/** Admins are never marked inactive by an import (they would lock the union out of its own app). */
export function mayDeactivate(staff: Pick<StaffDoc, 'roles'>): boolean {
  return !staff.roles.some((g) => g.role === 'admin');
}

/** Which scope fields each role takes; a grant with none of them holds the role everywhere. */
export const ROLE_SCOPES: Record<RoleName, readonly (keyof Omit<RoleGrant, 'role'>)[]> = {
  admin: [],
  organizer: ['eventId'],
  branch_chair: ['branchId'],
  distributor: ['batchId', 'pointId'],
  club_leader: ['clubId'],
  committee: ['congressId'],
  handler: ['departmentId'],
  care_committee: [],
  trip_leader: ['groupId'],
  checkup_desk: ['campaignId'],
  judge: ['contestId', 'roundId'],
};

/**
 * A grant as stored: only the scope fields its role takes, blanks dropped. A branch chair must
 * name the branch. Returns a plain-Chinese reason when the grant cannot be given.
 */
export function normalizeGrant(
  grant: RoleGrant,
): { ok: true; grant: RoleGrant } | { ok: false; reason: string } {
  const out: RoleGrant = { role: grant.role };
  for (const key of ROLE_SCOPES[grant.role]) {
    const v = grant[key]?.trim();
    if (v) out[key] = v;
  }
  if (grant.role === 'branch_chair' && !out.branchId) {
    return { ok: false, reason: '分工会主席需要选择所在的分工会。' };
  }
  return { ok: true, grant: out };
}

export function sameGrant(a: RoleGrant, b: RoleGrant): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof RoleGrant>;
  return [...keys].every((k) => (a[k] ?? undefined) === (b[k] ?? undefined));
}

/** The branches a caller may see people of: null = all (admin or an unscoped chair). */
export function visibleBranches(grants: readonly RoleGrant[]): string[] | null {
  if (grants.some((g) => g.role === 'admin')) return null;
  const chairs = grants.filter((g) => g.role === 'branch_chair');
  if (chairs.some((g) => !g.branchId)) return null;
  return [...new Set(chairs.map((g) => g.branchId as string))];
}

/** The branch id after the highest existing "bNN". */
export function nextBranchId(ids: readonly string[]): string {
  const max = ids.reduce((m, i) => {
    const n = /^b(\d+)$/.exec(i);
    return n ? Math.max(m, Number(n[1])) : m;
  }, 0);
  return `b${String(max + 1).padStart(2, '0')}`;
}
