// The admin's programme form: the checklist typed one item a line, amounts in 元, into the
// createProgramme input (pure, so it is tested without a renderer).
import type { ProgrammeKind } from '../../../domain/care/model';
import type { In } from './api';
import { parseYuan } from './money';

export interface ChecklistLine {
  key: string;
  label: string;
  required: boolean;
  original: boolean;
  where: string;
}

/** "医疗费票据 原件" / "出院小结" / "其他证明 可选" → checklist items (keys m1, m2 …). */
export function parseChecklist(text: string): ChecklistLine[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 20)
    .map((line, i) => {
      const optional = /(可选|选填)/.test(line);
      const original = /原件/.test(line);
      const label = line
        .replace(/[（(]?(可选|选填|原件|复印件)[)）]?/g, '')
        .trim()
        .slice(0, 40);
      return {
        key: `m${i + 1}`,
        label: label || `材料${i + 1}`,
        required: !optional,
        original,
        where: original ? '分工会' : '',
      };
    });
}

export interface ProgrammeFormValues {
  kind: ProgrammeKind;
  name: string;
  year: string;
  budget: string;
  threshold: string;
  ratePct: string;
  cap: string;
  committeeAbove: string;
  publicity: boolean;
  checklist: string;
}

export type FormResult =
  | { ok: true; input: In<'care.createProgramme'> }
  | { ok: false; field: keyof ProgrammeFormValues; message: string };

export function toProgrammeInput(v: ProgrammeFormValues): FormResult {
  const budget = parseYuan(v.budget);
  if (budget === null) return { ok: false, field: 'budget', message: '年度预算请填写金额（元）' };
  const committeeAbove = parseYuan(v.committeeAbove || '5000');
  if (committeeAbove === null)
    return { ok: false, field: 'committeeAbove', message: '需委员会审议的金额请填写金额（元）' };
  const year = Number(v.year);
  if (!Number.isInteger(year)) return { ok: false, field: 'year', message: '年度请填写四位数字' };
  const input: In<'care.createProgramme'> = {
    kind: v.kind,
    name: v.name.trim(),
    year,
    budget,
    committeeAbove,
    publicity: v.publicity,
    checklist: parseChecklist(v.checklist),
  };
  if (v.kind === 'illness') {
    const threshold = parseYuan(v.threshold);
    const yearlyCap = parseYuan(v.cap);
    const rate = Number(v.ratePct) / 100;
    if (threshold === null)
      return { ok: false, field: 'threshold', message: '起付线请填写金额（元）' };
    if (yearlyCap === null) return { ok: false, field: 'cap', message: '年度封顶请填写金额（元）' };
    if (!(rate >= 0 && rate <= 1))
      return { ok: false, field: 'ratePct', message: '补助比例请填写 0 到 100 之间的数' };
    input.rule = { threshold, rate, yearlyCap };
  }
  return { ok: true, input };
}
