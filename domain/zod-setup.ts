// Zod settings for every bundle: no eval (mini-program engines forbid it) and plain Chinese
// messages that name the field by its label (domain/field-labels.ts) — never type jargon.
import { z } from 'zod';
import { fieldLabel } from './field-labels';

z.config({ jitless: true });
z.config(z.locales.zhCN());

type RawIssue = Parameters<NonNullable<z.core.$ZodConfig['customError']>>[0];

const HUGE = 1e12;

function labelFromSchema(s: unknown): string | undefined {
  if (!s || typeof s !== 'object') return undefined;
  const meta = z.globalRegistry.get(s as z.ZodType) as { label?: unknown } | undefined;
  return typeof meta?.label === 'string' ? meta.label : undefined;
}

/** The field's label: the schema's own (.meta({ label })), else the registry's, else a plain word. */
export function labelOf(issue: {
  path?: readonly PropertyKey[];
  inst?: unknown;
  schema?: unknown;
}) {
  const own = labelFromSchema(issue.inst) ?? labelFromSchema(issue.schema);
  if (own) return own;
  const path = issue.path ?? [];
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key === 'string') return fieldLabel(key) ?? '这一项';
  }
  return path.length ? '这一项' : '填写的内容';
}

const num = (n: number | bigint) => (typeof n === 'bigint' ? n.toString() : String(n));

function isDateish(issue: RawIssue): boolean {
  return (issue as { origin?: string }).origin === 'date';
}

/** One plain sentence per issue. Messages written on a schema (.min(1, '…')) come first. */
export function plainMessage(issue: RawIssue): string {
  const label = labelOf(issue as never);
  const i = issue as RawIssue & Record<string, unknown>;
  switch (issue.code) {
    case 'invalid_type': {
      if (i.input === undefined) return `请填写${label}`;
      const expected = String(i.expected);
      if (expected === 'string') return `${label}应填写文字`;
      if (expected === 'number' || expected === 'int' || expected === 'bigint')
        return typeof i.input === 'number' ? `${label}应为有效的数字` : `${label}应填写数字`;
      if (expected === 'boolean') return `${label}应选择“是”或“否”`;
      if (expected === 'array') return `${label}应为一组选择`;
      if (expected === 'date') return `${label}应为日期`;
      return `${label}的内容不对，请重新填写`;
    }
    case 'too_big': {
      const max = i.maximum as number | bigint;
      const origin = i.origin as string | undefined;
      if (origin === 'string') return `${label}太长了，最多 ${num(max)} 个字`;
      if (origin === 'array' || origin === 'set' || origin === 'map')
        return `${label}最多 ${num(max)} 项`;
      if (isDateish(issue)) return `${label}太晚了`;
      if (Number(max) >= HUGE) return `${label}太大了`;
      return i.inclusive === false ? `${label}应小于 ${num(max)}` : `${label}不能大于 ${num(max)}`;
    }
    case 'too_small': {
      const min = i.minimum as number | bigint;
      const origin = i.origin as string | undefined;
      if (origin === 'string')
        return Number(min) <= 1 ? `请填写${label}` : `${label}至少 ${num(min)} 个字`;
      if (origin === 'array' || origin === 'set' || origin === 'map')
        return Number(min) <= 1 ? `请至少选择一项${label}` : `${label}至少 ${num(min)} 项`;
      if (isDateish(issue)) return `${label}太早了`;
      if (Number(min) <= -HUGE) return `${label}太小了`;
      return i.inclusive === false ? `${label}应大于 ${num(min)}` : `${label}不能小于 ${num(min)}`;
    }
    case 'invalid_format': {
      const format = i.format as string;
      if (format === 'datetime') return `${label}的时间格式不对`;
      if (format === 'date') return `${label}的日期格式不对`;
      if (format === 'time') return `${label}的时间格式不对`;
      if (format === 'email') return `${label}应为电子邮箱`;
      if (format === 'url') return `${label}应为网址`;
      return `${label}的格式不对`;
    }
    case 'not_multiple_of':
      return Number(i.divisor) === 1
        ? `${label}应为整数`
        : `${label}应为 ${num(i.divisor as number)} 的倍数`;
    case 'invalid_value':
      return `${label}的选项不对，请重新选择`;
    case 'unrecognized_keys':
      return '有不认识的填写项，请刷新页面后再试';
    case 'invalid_key':
    case 'invalid_element':
      return `${label}里有不对的内容`;
    default: {
      const atRoot = !issue.path || issue.path.length === 0;
      return atRoot ? '填写的内容不对，请检查后再试' : `${label}的内容不对，请检查后再试`;
    }
  }
}

z.config({ customError: plainMessage });
