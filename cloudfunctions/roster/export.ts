// The roster as .xlsx, filtered by branch and status, in the import's own columns so an admin
// can export, edit and import again. Phone and birth date only in an admin's export.
import type { z } from 'zod';
import type { exportInput } from '../../domain/roster/contract';
import type { StaffDoc } from '../../domain/roster/staff';
import { beijingDay } from '../../domain/time';
import type { CallContext } from '../_kit';
import { toXlsx, type Column, type XlsxFile } from '../_kit/xlsx';
import { scopeBranches } from './people';
import { listAllStaff } from './staff-repo';
import { listBranches } from '../_kit/roster-repo';

export async function exportRoster(
  input: z.output<typeof exportInput>,
  ctx: CallContext,
): Promise<XlsxFile> {
  const branchIds = scopeBranches(ctx, input.branchId);
  const [branches, people] = await Promise.all([
    listBranches(ctx.db),
    listAllStaff(ctx.db, {
      branchIds,
      status: input.status,
      presence: input.includeInactive ? 'all' : 'active',
    }),
  ]);
  const names = new Map(branches.map((b) => [b._id, b.name]));
  const admin = ctx.can('admin');
  const columns: Column<StaffDoc>[] = [
    { header: '工号', width: 12, value: (s) => s.staffNo },
    { header: '姓名', width: 12, value: (s) => s.name },
    { header: '性别', width: 8, value: (s) => s.gender },
    { header: '分工会', width: 30, value: (s) => names.get(s.branchId) ?? '' },
    ...(admin ? [{ header: '手机号', width: 16, value: (s: StaffDoc) => s.phone }] : []),
    { header: '会员', width: 8, value: (s) => (s.member ? '是' : '否') },
    { header: '状态', width: 8, value: (s) => s.status },
    { header: '入职日期', width: 14, value: (s) => s.joinedOn },
    ...(admin ? [{ header: '出生年月', width: 12, value: (s: StaffDoc) => s.birth }] : []),
    { header: '在册', width: 8, value: (s) => (s.active ? '是' : '否') },
    { header: '已绑定微信', width: 12, value: (s) => (s.openid ? '是' : '否') },
  ];
  const scope = branchIds && branchIds.length === 1 ? (names.get(branchIds[0]) ?? '') : '全部';
  const status = input.status ?? '';
  const filename = `教职工名册-${scope}${status}-${beijingDay(ctx.now).replace(/-/g, '')}.xlsx`;
  const file = await toXlsx(filename, '教职工名册', columns, people);
  ctx.log.info('roster.export', { rows: file.rows, admin });
  return file;
}

/** An empty roster sheet with the right headers and one example row. */
export async function template(_input: unknown, ctx: CallContext): Promise<XlsxFile> {
  const branches = await listBranches(ctx.db);
  const example = [
    '100001',
    '王秀英',
    '女',
    branches[0]?.name ?? '机关分工会',
    '13812345678',
    '是',
    '在职',
    '2001-09-01',
    '1975-03',
  ];
  const headers = [
    '工号',
    '姓名',
    '性别',
    '分工会',
    '手机号',
    '会员',
    '状态',
    '入职日期',
    '出生年月',
  ];
  const columns: Column<string[]>[] = headers.map((header, i) => ({
    header,
    width: i === 3 ? 30 : 14,
    value: (r) => r[i],
  }));
  return toXlsx('教职工名册模板.xlsx', '教职工名册', columns, [example]);
}
