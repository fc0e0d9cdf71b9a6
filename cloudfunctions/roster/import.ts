// roster.preview and roster.import: read the file, check every row, compare with the roster, and
// (on confirmation) write by 工号 in chunks the app can show progress for.
import type { z } from 'zod';
import {
  PREVIEW_LIST_MAX,
  type ImportResult,
  type RosterPreview,
  type importInput,
} from '../../domain/roster/contract';
import {
  FIELD_LABELS,
  IMPORT_COLUMNS,
  diffRow,
  mapHeaders,
  mayDeactivate,
  missingFrom,
  validateRows,
  type RosterRow,
  type ValidatedRoster,
} from '../../domain/roster/rules';
import type { StaffDoc } from '../../domain/roster/staff';
import { VisibleError } from '../../domain/errors';
import { beijingDay } from '../../domain/time';
import type { CallContext } from '../_kit';
import { readTableFile } from '../_kit/table-file';
import { getStaffMany, listBranches, staffWhere } from '../_kit/roster-repo';
import { deactivate, writeRows } from './staff-repo';

/** More rows than a union has people: a wrong file (or a whole HR database). */
export const MAX_ROWS = 10_000;

interface Checked extends ValidatedRoster {
  fingerprint: string;
  total: number;
  branchName: (id: string) => string;
}

async function checkFile(fileBase64: string, fileName: string, ctx: CallContext): Promise<Checked> {
  const file = await readTableFile(fileBase64, fileName, 'roster.bad_file');
  const { columns, missing } = mapHeaders(file.headers);
  if (missing.length > 0) {
    throw new VisibleError(
      'roster.missing_columns',
      `文件缺少这些列：${missing.join('、')}。第一行应是表头：${IMPORT_COLUMNS.map((c) => c.header).join('、')}（出生年月可不填）。`,
    );
  }
  if (file.rows.length === 0) {
    throw new VisibleError(
      'roster.empty_file',
      '文件里除了表头没有数据，请检查是否选错了文件或工作表。',
    );
  }
  if (file.rows.length > MAX_ROWS) {
    throw new VisibleError(
      'roster.too_many_rows',
      `文件有 ${file.rows.length} 行，超过了 ${MAX_ROWS} 行，请确认选对了文件。`,
    );
  }
  const branches = await listBranches(ctx.db);
  const names = new Map(branches.map((b) => [b._id, b.name]));
  const checked = validateRows(file.rows, columns, branches, beijingDay(ctx.now));
  return {
    ...checked,
    fingerprint: file.fingerprint,
    total: file.rows.length,
    branchName: (id) => names.get(id) ?? '未分配',
  };
}

export async function preview(
  input: { fileBase64: string; fileName: string },
  ctx: CallContext,
): Promise<RosterPreview> {
  const checked = await checkFile(input.fileBase64, input.fileName, ctx);
  const stored = await staffWhere(ctx.db, {});
  const byNo = new Map(stored.map((s) => [s.staffNo, s]));
  const counts = { new: 0, changed: 0, unchanged: 0, bad: checked.bad.length };
  const changed: RosterPreview['changed'] = [];
  for (const row of checked.valid) {
    const diff = diffRow(byNo.get(row.staffNo), row);
    counts[diff.kind] += 1;
    if (diff.kind === 'changed' && changed.length < PREVIEW_LIST_MAX) {
      changed.push({
        line: row.line,
        staffNo: row.staffNo,
        name: row.name,
        fields: diff.fields.map((f) => FIELD_LABELS[f]),
      });
    }
  }
  const missing = missingFrom(stored, checked.named);
  ctx.log.info('roster.preview', { rows: checked.total, ...counts, missing: missing.length });
  return {
    fingerprint: checked.fingerprint,
    total: checked.total,
    counts,
    bad: checked.bad.slice(0, PREVIEW_LIST_MAX),
    changed,
    missing: {
      count: missing.length,
      people: missing
        .slice(0, PREVIEW_LIST_MAX)
        .map((s) => ({ staffNo: s.staffNo, name: s.name, branch: checked.branchName(s.branchId) })),
    },
  };
}

export async function importRoster(
  input: z.output<typeof importInput>,
  ctx: CallContext,
): Promise<ImportResult> {
  const checked = await checkFile(input.fileBase64, input.fileName, ctx);
  if (checked.fingerprint !== input.fingerprint) {
    throw new VisibleError(
      'roster.file_changed',
      '这个文件和预览时的不一样，请重新预览后再确认导入。',
    );
  }
  if (checked.bad.length > 0 && !input.skipBadRows) {
    throw new VisibleError(
      'roster.has_bad_rows',
      `文件里有 ${checked.bad.length} 行有问题，没有导入任何数据。请改好后重新选择文件，或选择“跳过有问题的行”。`,
    );
  }
  const { valid } = checked;
  const start = Math.min(input.offset, valid.length);
  const end =
    input.limit === undefined ? valid.length : Math.min(valid.length, start + input.limit);
  const slice = valid.slice(start, end);
  const last = end >= valid.length;

  // a big slice reads the whole roster in pages of 1000; a chunk reads just its own people
  let all: StaffDoc[] | null = null;
  let existing: Map<string, StaffDoc>;
  if (slice.length > 1000) {
    all = await staffWhere(ctx.db, {});
    existing = new Map(all.map((s) => [s.staffNo, s]));
  } else {
    existing = await getStaffMany(
      ctx.db,
      slice.map((r) => r.staffNo),
    );
  }
  const created: RosterRow[] = [];
  const updated: RosterRow[] = [];
  for (const row of slice) {
    const diff = diffRow(existing.get(row.staffNo), row);
    if (diff.kind === 'new') created.push(row);
    else if (diff.kind === 'changed') updated.push(row);
  }
  await writeRows(ctx.db, created, updated);

  let deactivated = 0;
  if (last && input.deactivateMissing) {
    all ??= await staffWhere(ctx.db, {});
    const gone = missingFrom(all, checked.named).filter(mayDeactivate);
    deactivated = await deactivate(
      ctx.db,
      gone.map((s) => s.staffNo),
    );
  }
  const result: ImportResult = {
    total: valid.length,
    processed: end,
    created: created.length,
    updated: updated.length,
    unchanged: slice.length - created.length - updated.length,
    skipped: checked.bad.length,
    deactivated,
    nextOffset: last ? null : end,
  };
  ctx.log.info('roster.import', { ...result, nextOffset: result.nextOffset ?? -1 });
  return result;
}
