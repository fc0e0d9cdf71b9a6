// Importing a congress's representatives from .xlsx (工号, 姓名, 代表团/分组): preview lists the bad
// rows; commit writes the good ones by deterministic _id (<congressId>:<staffNo>), so a repeat is harmless.
import type { z } from 'zod';
import { VisibleError } from '../../domain/errors';
import type { importRepsInput } from '../../domain/proposals/contract';
import { representativeId, type RepresentativeDoc } from '../../domain/proposals/model';
import type { CallContext } from '../_kit';
import { getStaffMany } from '../_kit/roster-repo';
import { readTableFile } from '../_kit/table-file';
import { getCongress, upsertRepresentatives } from './congress-repo';

const DELEGATION_HEADERS = ['代表团/分组', '代表团', '分组'];

export async function importRepsAction(input: z.output<typeof importRepsInput>, ctx: CallContext) {
  const congress = await getCongress(ctx.db, input.congressId);
  if (!congress)
    throw new VisibleError(
      'proposals.congress_not_found',
      '没有找到这一届教代会，请返回重新选择。',
    );
  const sheet = await readTableFile(input.fileBase64, undefined, 'proposals.bad_file');
  if (!sheet.headers.includes('工号') || !sheet.headers.includes('姓名')) {
    throw new VisibleError(
      'proposals.bad_file',
      '表格第一行需要有“工号”和“姓名”两列（“代表团/分组”可选）。请按模板整理后再导入。',
    );
  }
  const delegationHeader = DELEGATION_HEADERS.find((h) => sheet.headers.includes(h));
  const staff = await getStaffMany(ctx.db, [
    ...new Set(sheet.rows.map((r) => r.cells['工号']).filter(Boolean)),
  ]);

  const bad: { line: number; staffNo: string; name: string; problem: string }[] = [];
  const good: RepresentativeDoc[] = [];
  const seen = new Set<string>();
  for (const { line, cells } of sheet.rows) {
    const staffNo = cells['工号'] ?? '';
    const name = (cells['姓名'] ?? '').replace(/\s+/g, '');
    const s = staffNo ? staff.get(staffNo) : undefined;
    const problem = !staffNo
      ? '缺少工号'
      : seen.has(staffNo)
        ? '工号重复出现'
        : !s
          ? '名册里没有这个工号'
          : !s.active
            ? '此人已不在名册中'
            : name && s.name.replace(/\s+/g, '') !== name
              ? `姓名与名册不一致（名册为${s.name}）`
              : null;
    if (staffNo) seen.add(staffNo);
    if (problem || !s) {
      bad.push({ line, staffNo, name, problem: problem ?? '名册里没有这个工号' });
      continue;
    }
    good.push({
      _id: representativeId(congress._id, staffNo),
      congressId: congress._id,
      staffNo,
      name: s.name,
      delegation: delegationHeader ? (cells[delegationHeader] ?? '') : '',
      active: true,
    });
  }
  const imported = input.commit && good.length ? await upsertRepresentatives(ctx.db, good) : 0;
  return { total: sheet.rows.length, good: good.length, bad, imported };
}
