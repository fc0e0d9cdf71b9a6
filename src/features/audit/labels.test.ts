// 审计日志's words and its filter form → the account.audit input.
import { auditFilter } from '../../../domain/audit/contract';
import {
  actionLabel,
  EMPTY_FORM,
  OUTCOME_CHOICES,
  outcomeLabel,
  roleLabel,
  targetLabel,
  toFilter,
} from './labels';

it('reads actions, outcomes and roles in plain Chinese, else shows the code', () => {
  expect(actionLabel('roster.grantRole')).toBe('授予角色');
  expect(actionLabel('account.auditExport')).toBe('导出审计日志');
  expect(actionLabel('care.somethingNew')).toBe('care.somethingNew');
  expect(actionLabel('constructor')).toBe('constructor');
  expect(outcomeLabel('ok')).toBe('成功');
  expect(outcomeLabel('forbidden')).toBe('无权操作');
  expect(outcomeLabel('toString')).toBe('toString');
  expect(outcomeLabel('odd_code')).toBe('odd_code');
  expect(roleLabel('admin')).toBe('校工会管理员');
  expect(roleLabel('staff')).toBe('教职工');
  expect(roleLabel(null)).toBe('系统');
  expect(roleLabel('__proto__')).toBe('__proto__');
  expect(targetLabel('100020:branch_chair')).toBe('100020 · 分工会主席');
  expect(targetLabel('100020:constructor')).toBe('100020:constructor');
  expect(targetLabel('b06')).toBe('b06');
});

it('offers 全部 first and labels every outcome chip', () => {
  expect(OUTCOME_CHOICES[0]).toEqual({ value: '', label: '全部' });
  for (const c of OUTCOME_CHOICES.slice(1)) expect(c.label).not.toBe(c.value);
});

it('leaves empty fields out', () => {
  expect(toFilter(EMPTY_FORM)).toEqual({ ok: true, filter: {} });
  expect(toFilter({ ...EMPTY_FORM, staffNo: '  ' })).toEqual({ ok: true, filter: {} });
});

it('maps Beijing days to instants, the end day included', () => {
  const r = toFilter({
    staffNo: ' 100020 ',
    actionName: 'roster.grantRole',
    outcome: 'ok',
    fromDay: '2026-03-01',
    toDay: '2026-03-31',
  });
  expect(r).toEqual({
    ok: true,
    filter: {
      staffNo: '100020',
      actionName: 'roster.grantRole',
      outcome: 'ok',
      from: '2026-02-28T16:00:00.000Z',
      to: '2026-03-31T16:00:00.000Z',
    },
  });
  // what the page sends passes the action's own schema
  if (r.ok) expect(auditFilter.safeParse(r.filter).success).toBe(true);
});

it('names the field that is wrong, in plain words', () => {
  expect(toFilter({ ...EMPTY_FORM, fromDay: '2026-3-1' })).toEqual({
    ok: false,
    field: 'fromDay',
    message: '开始日期请按“2026-03-08”的格式填写',
  });
  expect(toFilter({ ...EMPTY_FORM, toDay: '2026-02-30' })).toMatchObject({
    ok: false,
    field: 'toDay',
  });
  expect(toFilter({ ...EMPTY_FORM, fromDay: '1900-01-01' })).toMatchObject({ ok: false });
  expect(toFilter({ ...EMPTY_FORM, fromDay: '2026-03-10', toDay: '2026-03-09' })).toEqual({
    ok: false,
    field: 'toDay',
    message: '结束日期不能早于开始日期',
  });
  expect(toFilter({ ...EMPTY_FORM, staffNo: '张三' })).toMatchObject({
    ok: false,
    field: 'staffNo',
  });
});
