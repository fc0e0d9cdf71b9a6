// The roster function's actions: import (preview, then confirm in chunks), people and roles,
// unbinding, branches and export. Phone and birth date cross the wire only to admins.
import { z } from 'zod';
import { defineContract, empty, id } from '../contract';
import { ACCESS_ROLES, roleGrant } from '../account/roles';
import { GENDERS, STAFF_STATUSES } from './staff';

/** An import file as base64 within a function's 6 MB request: at most ~4 MB of file. */
export const MAX_FILE_BASE64 = 5_500_000;
/** Rows written per roster.import call when the app stages an import for a progress bar. */
export const IMPORT_CHUNK = 500;
/** Lists in a preview are cut at this length (the counts stay exact). */
export const PREVIEW_LIST_MAX = 200;
export const LIST_PAGE_SIZE = 20;

export const staffNo = z
  .string({ message: '请填写工号' })
  .trim()
  .min(1, '请填写工号')
  .max(20, '工号太长')
  .regex(/^[A-Za-z0-9-]+$/, '工号只能是字母和数字');

const fileInput = z.object({
  fileBase64: z
    .string({ message: '请选择名册文件' })
    .min(1, '请选择名册文件')
    .max(MAX_FILE_BASE64, '文件太大（超过 4 MB），请删掉无关的工作表或列后再试')
    .regex(/^[A-Za-z0-9+/=\s]+$/, '文件内容读取失败，请重新选择文件'),
  fileName: z
    .string({ message: '缺少文件名' })
    .trim()
    .max(200, '文件名太长')
    .regex(/\.(xlsx|csv)$/i, '只支持 .xlsx 或 .csv 文件（请在 Excel 里“另存为”这两种格式之一）'),
});

export const badRow = z.object({
  /** the line in the file (1 = header) */
  line: z.number().int(),
  staffNo: z.string().optional(),
  name: z.string().optional(),
  reasons: z.array(z.string()),
});
export type BadRow = z.infer<typeof badRow>;

export const changedRow = z.object({
  line: z.number().int(),
  staffNo: z.string(),
  name: z.string(),
  /** Chinese labels of the fields that change, e.g. ["手机号", "分工会"] (no values) */
  fields: z.array(z.string()),
});

export const personRef = z.object({ staffNo: z.string(), name: z.string(), branch: z.string() });

export const previewOutput = z.object({
  /** sha-256 of the file: the import must send the same file */
  fingerprint: z.string(),
  /** data rows in the file */
  total: z.number().int(),
  counts: z.object({
    new: z.number().int(),
    changed: z.number().int(),
    unchanged: z.number().int(),
    bad: z.number().int(),
  }),
  bad: z.array(badRow),
  changed: z.array(changedRow),
  /** active people on the roster who are not in the file */
  missing: z.object({ count: z.number().int(), people: z.array(personRef) }),
});
export type RosterPreview = z.infer<typeof previewOutput>;

export const importInput = fileInput.extend({
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/, '请先预览文件，再确认导入'),
  skipBadRows: z.boolean().default(false),
  deactivateMissing: z.boolean().default(false),
  /** index of the first valid row to write in this call (rows in file order) */
  offset: z.number().int().min(0).default(0),
  /** how many valid rows to write in this call; all by default */
  limit: z.number().int().min(1).max(5000).optional(),
});

export const importOutput = z.object({
  /** valid rows in the file (the rows to write) */
  total: z.number().int(),
  /** rows handled so far, this call included */
  processed: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** bad rows left out (only with skipBadRows) */
  skipped: z.number().int(),
  /** people marked inactive (only in the last call, only with deactivateMissing) */
  deactivated: z.number().int(),
  /** where the next call starts, or null when the import is complete */
  nextOffset: z.number().int().nullable(),
});
export type ImportResult = z.infer<typeof importOutput>;

const statusFilter = z.enum(STAFF_STATUSES).optional();

export const listInput = z.object({
  q: z.string().trim().max(30, '搜索内容太长').optional(),
  branchId: id.optional(),
  status: statusFilter,
  /** in the roster (default), no longer on it, or both */
  presence: z.enum(['active', 'inactive', 'all']).default('active'),
  role: z.enum(ACCESS_ROLES).optional(),
  page: z.number().int().min(1).max(1000).default(1),
});

export const personSummary = z.object({
  staffNo: z.string(),
  name: z.string(),
  gender: z.enum(GENDERS).optional(),
  branchId: z.string(),
  branch: z.string(),
  member: z.boolean(),
  status: z.enum(STAFF_STATUSES),
  active: z.boolean(),
  bound: z.boolean(),
  grants: z.array(roleGrant),
});
export type PersonSummary = z.infer<typeof personSummary>;

/** Names of the scopes in grants (events, clubs, departments, batches, congresses), by id. */
export const scopeName = z.object({ id: z.string(), name: z.string() });

export const listOutput = z.object({
  items: z.array(personSummary),
  scopeNames: z.array(scopeName).default([]),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** the branch the list is limited to (a branch chair's own), or null for all */
  scopeBranchId: z.string().nullable(),
});

export const personDetail = personSummary.extend({
  scopeNames: z.array(scopeName).default([]),
  phoneMasked: z.string(),
  joinedOn: z.string().optional(),
  /** full phone and birth date: only for admins and the person themself */
  phone: z.string().optional(),
  birth: z.string().optional(),
});
export type PersonDetail = z.infer<typeof personDetail>;

export const grantInput = z.object({ staffNo, grant: roleGrant });
export const grantsOutput = z.object({ staffNo: z.string(), grants: z.array(roleGrant) });

export const branchView = z.object({
  id: z.string(),
  name: z.string(),
  order: z.number().int(),
  active: z.boolean(),
  /** active people in the branch (admins only) */
  people: z.number().int().optional(),
});
export type BranchView = z.infer<typeof branchView>;

export const saveBranchInput = z.object({
  /** absent: a new branch */
  id: id.optional(),
  name: z
    .string({ message: '请填写分工会名称' })
    .trim()
    .min(2, '分工会名称至少两个字')
    .max(40, '分工会名称太长'),
  order: z
    .number({ message: '请填写排序号' })
    .int('排序号应为整数')
    .min(1, '排序号从 1 开始')
    .max(999),
  active: z.boolean().default(true),
});

export const exportInput = z.object({
  branchId: id.optional(),
  status: statusFilter,
  includeInactive: z.boolean().default(false),
});

export const fileOutput = z.object({
  filename: z.string(),
  base64: z.string(),
  rows: z.number().int(),
});

export const rosterContract = defineContract({
  'roster.preview': { input: fileInput, output: previewOutput },
  'roster.import': { input: importInput, output: importOutput },
  'roster.template': { input: empty, output: fileOutput },
  'roster.list': { input: listInput, output: listOutput },
  'roster.person': { input: z.object({ staffNo }), output: personDetail },
  'roster.mine': { input: empty, output: personDetail },
  'roster.grantRole': { input: grantInput, output: grantsOutput },
  'roster.revokeRole': { input: grantInput, output: grantsOutput },
  'roster.unbind': {
    input: z.object({ staffNo }),
    output: z.object({ staffNo: z.string(), wasBound: z.boolean() }),
  },
  'roster.branches': {
    input: z.object({ includeInactive: z.boolean().default(false) }),
    output: z.object({ branches: z.array(branchView) }),
  },
  'roster.saveBranch': { input: saveBranchInput, output: branchView },
  'roster.export': { input: exportInput, output: fileOutput },
});
