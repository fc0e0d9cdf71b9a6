// The binding form's checks come from the contract and read as plain Chinese.
import { CloudError } from '../../services/cloud';
import { bindErrorsFrom, checkBind, checkBindField, EMPTY_BIND } from './bind-form';

it('asks for every field when the form is empty', () => {
  expect(checkBind(EMPTY_BIND)).toEqual({
    ok: false,
    errors: { staffNo: '请填写工号', name: '请填写姓名', phoneLast4: '手机号后四位应为 4 位数字' },
  });
});

it('explains a bad 工号 and a bad phone ending', () => {
  const result = checkBind({ staffNo: '10 01', name: '张三', phoneLast4: '12a4' });
  expect(result).toEqual({
    ok: false,
    errors: { staffNo: '工号只能是字母和数字', phoneLast4: '手机号后四位应为 4 位数字' },
  });
});

it('passes trimmed input when all is well', () => {
  expect(checkBind({ staffNo: ' 100001 ', name: ' 王秀英', phoneLast4: '1234 ' })).toEqual({
    ok: true,
    input: { staffNo: '100001', name: '王秀英', phoneLast4: '1234' },
  });
});

it('checks a single field', () => {
  expect(checkBindField({ ...EMPTY_BIND, name: '张三' }, 'name')).toBeUndefined();
  expect(checkBindField(EMPTY_BIND, 'staffNo')).toBe('请填写工号');
});

it('puts server issues on their fields, and other refusals on the form', () => {
  const invalid = new CloudError('validation.failed', '填写的内容有误：请填写姓名', [
    { path: 'name', message: '请填写姓名' },
  ]);
  expect(bindErrorsFrom(invalid)).toEqual({ fields: { name: '请填写姓名' }, form: null });
  const mismatch = new CloudError(
    'account.mismatch',
    '工号、姓名或手机号后四位与名册不一致，请核对后再试（还可尝试 4 次）。',
  );
  expect(bindErrorsFrom(mismatch)).toEqual({ fields: {}, form: mismatch.message });
});
