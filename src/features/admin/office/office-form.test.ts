// The office form names each wrong field in plain words and passes a good contact on, tidied.
import { checkOffice } from './office-form';

const GOOD = {
  name: '校工会办公室',
  phone: '0571 8820 6000',
  place: '行政楼 2 楼',
  hours: '工作日',
};

it('tidies a good contact', () => {
  expect(checkOffice(GOOD)).toEqual({ ok: true, input: { ...GOOD, phone: '0571-88206000' } });
});

it('names 电话, 地点 and 时间 when they are wrong or empty', () => {
  expect(checkOffice({ ...GOOD, phone: '8820600', place: '', hours: ' ' })).toEqual({
    ok: false,
    errors: {
      phone: '电话应为带区号的座机（如 0571-88206000）或 11 位手机号',
      place: '请填写地点',
      hours: '请填写时间',
    },
  });
});
