// The admin's "new gift batch" form, pure: its state, 元 → fen, the pasted 工号 list, building the
// welfare.createBatch input, checking it with the contract's own zod schema (the one the function
// uses) and naming each problem by the form field it belongs to, and the summary shown before
// creating.
import type { z } from 'zod';
import { beijingDay, startOfBeijingDay, YMD } from '../../../domain/time';
import { createBatchInput, type FULFILMENTS } from '../../../domain/welfare/contract';
import { fenToYuan } from './view';

export type Audience = 'all' | 'members' | 'list';
export type Fulfilment = (typeof FULFILMENTS)[number];

export interface OptionRow {
  name: string;
  stock: string;
  /** value in 元 as typed, e.g. "128" or "99.5" */
  value: string;
  description: string;
  imageUrl: string;
}

export interface PointRow {
  name: string;
  place: string;
  hours: string;
  branchIds: string[];
}

export interface BatchForm {
  name: string;
  description: string;
  openDay: string;
  closeDay: string;
  options: OptionRow[];
  /** row index of the gift given at close to people who never chose; null: none */
  defaultOption: number | null;
  audience: Audience;
  includeRetired: boolean;
  /** only these branches; empty: every branch */
  branchIds: string[];
  /** the pasted named list (工号), when audience is 'list' */
  staffNosText: string;
  fulfilment: Fulfilment;
  points: PointRow[];
}

/** Problems by field: name, openDay, closeDay, options, option.<row>.<field>, defaultOption,
 * branchIds, staffNos, points, point.<row>.<field>, form. */
export type FormErrors = Partial<Record<string, string>>;

export type CreateInput = z.input<typeof createBatchInput>;

export const emptyOption = (): OptionRow => ({
  name: '',
  stock: '',
  value: '',
  description: '',
  imageUrl: '',
});
export const emptyPoint = (): PointRow => ({ name: '', place: '', hours: '', branchIds: [] });

export function emptyBatchForm(openDay: string, closeDay: string): BatchForm {
  return {
    name: '',
    description: '',
    openDay,
    closeDay,
    options: [emptyOption(), emptyOption()],
    defaultOption: 0,
    audience: 'all',
    includeRetired: true,
    branchIds: [],
    staffNosText: '',
    fulfilment: 'pickup',
    points: [],
  };
}

/** "128" → 12800, "99.5" → 9950, "0.01" → 1; anything else (negative, 3 decimals, text): null. */
export function yuanToFen(text: string): number | null {
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(text.trim().replace(/^¥/, ''));
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

export { fenToYuan };

/** A pasted list of 工号: split on spaces, new lines, commas (either width), 、 and ；, deduplicated. */
export function parseStaffNos(text: string): string[] {
  return [...new Set(text.split(/[\s,，、;；]+/).filter(Boolean))];
}

const blankOption = (o: OptionRow) =>
  !o.name.trim() &&
  !o.stock.trim() &&
  !o.value.trim() &&
  !o.description.trim() &&
  !o.imageUrl.trim();
const blankPoint = (p: PointRow) =>
  !p.name.trim() && !p.place.trim() && !p.hours.trim() && p.branchIds.length === 0;

const FIELD_NAMES: Record<string, string> = { valueFen: 'value' };

/**
 * Builds the createBatch input from the form (claims open 09:00 and close 17:00 Beijing time), or
 * says what is wrong, field by field. Empty option and pickup-point rows are left out.
 */
export function buildCreateInput(
  f: BatchForm,
): { ok: true; input: CreateInput } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  if (!YMD.test(f.openDay.trim())) errors.openDay = '请按 2026-11-20 的格式填写日期';
  if (!YMD.test(f.closeDay.trim())) errors.closeDay = '请按 2026-11-27 的格式填写日期';

  const optionRows = f.options.map((o, row) => ({ o, row })).filter(({ o }) => !blankOption(o));
  const options = optionRows.map(({ o, row }) => {
    const stock = o.stock.trim();
    if (!/^\d+$/.test(stock)) errors[`option.${row}.stock`] = '库存请填写整数，如 200';
    const value = o.value.trim();
    const valueFen = value ? yuanToFen(value) : undefined;
    if (valueFen === null) errors[`option.${row}.value`] = '价值请填写金额（元），如 128 或 99.50';
    return {
      name: o.name,
      stock: /^\d+$/.test(stock) ? Number(stock) : 0,
      ...(o.description.trim() ? { description: o.description } : {}),
      ...(o.imageUrl.trim() ? { imageUrl: o.imageUrl } : {}),
      ...(valueFen != null ? { valueFen } : {}),
    };
  });

  let defaultOption: number | null = null;
  if (f.defaultOption !== null) {
    const at = optionRows.findIndex(({ row }) => row === f.defaultOption);
    if (at < 0) errors.defaultOption = '默认礼包那一行还没有填写，请换一个或选「不发默认礼包」';
    else defaultOption = at;
  }

  const staffNos = f.audience === 'list' ? parseStaffNos(f.staffNosText) : [];
  if (f.audience === 'list' && staffNos.length === 0)
    errors.staffNos = '请粘贴名单上的工号，每行一个或用逗号隔开';

  const pointRows =
    f.fulfilment === 'delivery'
      ? []
      : f.points.map((p, row) => ({ p, row })).filter(({ p }) => !blankPoint(p));

  const input: CreateInput = {
    name: f.name,
    description: f.description,
    claimOpenAt: YMD.test(f.openDay.trim())
      ? new Date(startOfBeijingDay(f.openDay.trim()).getTime() + 9 * 3600_000).toISOString()
      : '',
    claimCloseAt: YMD.test(f.closeDay.trim())
      ? new Date(startOfBeijingDay(f.closeDay.trim()).getTime() + 17 * 3600_000).toISOString()
      : '',
    options,
    defaultOption,
    eligibility: {
      membersOnly: f.audience === 'members',
      includeRetired: f.includeRetired,
      ...(f.branchIds.length ? { branchIds: [...f.branchIds] } : {}),
      ...(staffNos.length ? { staffNos } : {}),
    },
    fulfilment: f.fulfilment,
    points: pointRows.map(({ p }) => ({
      name: p.name,
      place: p.place,
      hours: p.hours,
      branchIds: [...p.branchIds],
    })),
  };

  const parsed = createBatchInput.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = fieldOf(issue.path, optionRows, pointRows);
      if (key && !errors[key]) errors[key] = issue.message;
    }
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, input };
}

function fieldOf(
  path: PropertyKey[],
  optionRows: { row: number }[],
  pointRows: { row: number }[],
): string | null {
  const [head, index, field] = path;
  switch (head) {
    case 'claimOpenAt':
      return 'openDay';
    case 'claimCloseAt':
      return 'closeDay';
    case 'options':
      if (typeof index !== 'number') return 'options';
      return `option.${optionRows[index]?.row ?? index}.${FIELD_NAMES[String(field)] ?? String(field)}`;
    case 'points':
      if (typeof index !== 'number') return 'points';
      return `point.${pointRows[index]?.row ?? index}.${String(field)}`;
    case 'eligibility':
      return index === 'staffNos' ? 'staffNos' : index === 'branchIds' ? 'branchIds' : 'form';
    case 'name':
    case 'description':
    case 'defaultOption':
      return head;
    default:
      return 'form';
  }
}

const FULFILMENT_WORDS: Record<Fulfilment, string> = {
  pickup: '到领取点自取',
  delivery: '快递到家（每人填写收货地址）',
  both: '自取或快递，由每人选择',
};

/** The lines of the confirmation shown before creating, in plain words. */
export function summarize(input: CreateInput, branchName: (id: string) => string): string[] {
  const e = input.eligibility ?? { membersOnly: false, includeRetired: true };
  const who = e.staffNos?.length
    ? `名单上的 ${e.staffNos.length} 位教职工`
    : e.membersOnly
      ? '工会会员'
      : '全体在册教职工';
  const branches = e.branchIds?.length ? e.branchIds.map(branchName).join('、') : '全部分工会';
  const lines = [
    `福利名称：${input.name.trim()}`,
    `发放对象：${who}（${e.includeRetired === false ? '不含' : '含'}退休教职工）`,
    `范围：${branches}`,
    `选择时间：${beijingDay(input.claimOpenAt)} 9:00 至 ${beijingDay(input.claimCloseAt)} 17:00`,
    `领取方式：${FULFILMENT_WORDS[input.fulfilment ?? 'pickup']}`,
  ];
  input.options.forEach((o, i) => {
    const value = o.valueFen != null ? `，价值 ${fenToYuan(o.valueFen)}` : '';
    lines.push(`礼包 ${i + 1}：${o.name.trim()}，${o.stock} 份${value}`);
  });
  const d = input.defaultOption === undefined ? 0 : input.defaultOption;
  lines.push(
    d === null || !input.options[d]
      ? '截止后未选择的：不发默认礼包'
      : `截止后未选择的：发「${input.options[d].name.trim()}」`,
  );
  if ((input.fulfilment ?? 'pickup') !== 'delivery') {
    const points = input.points ?? [];
    if (points.length === 0) lines.push('领取点：各分工会自行发放');
    for (const p of points) {
      const served = p.branchIds?.length ? p.branchIds.map(branchName).join('、') : '其余分工会';
      lines.push(`领取点「${p.name.trim()}」：${p.place.trim()}，${p.hours.trim()}，服务${served}`);
    }
  }
  return lines;
}

/** A tap on a branch chip: in if it was out, out if it was in. */
export const toggleId = (list: readonly string[], id: string): string[] =>
  list.includes(id) ? list.filter((x) => x !== id) : [...list, id];

/** The form with one gift row changed. */
export const withOption = (f: BatchForm, i: number, patch: Partial<OptionRow>): BatchForm => ({
  ...f,
  options: f.options.map((o, j) => (j === i ? { ...o, ...patch } : o)),
});

/** The form with one pickup point changed. */
export const withPoint = (f: BatchForm, i: number, patch: Partial<PointRow>): BatchForm => ({
  ...f,
  points: f.points.map((p, j) => (j === i ? { ...p, ...patch } : p)),
});

/** The choices for the default gift: each row by its name (or its number while unnamed), or none. */
export function defaultOptionChoices(
  options: readonly OptionRow[],
): { key: string; label: string }[] {
  return [
    ...options.map((o, i) => ({ key: String(i), label: o.name.trim() || `礼包 ${i + 1}` })),
    { key: 'none', label: '不发默认礼包' },
  ];
}
