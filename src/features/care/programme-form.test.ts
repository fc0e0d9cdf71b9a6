// The admin's programme form: checklist lines and amounts in 元.
import { parseChecklist, toProgrammeInput } from './programme-form';

it('reads one checklist item a line', () => {
  expect(parseChecklist('医疗费票据 原件\n出院小结\n\n其他证明（可选）')).toEqual([
    { key: 'm1', label: '医疗费票据', required: true, original: true, where: '分工会' },
    { key: 'm2', label: '出院小结', required: true, original: false, where: '' },
    { key: 'm3', label: '其他证明', required: false, original: false, where: '' },
  ]);
});

const base = {
  kind: 'illness' as const,
  name: '大病补助',
  year: '2026',
  budget: '146000',
  threshold: '5000',
  ratePct: '60',
  cap: '30000',
  committeeAbove: '',
  publicity: true,
  checklist: '',
};

it('turns 元 into fen and the rate into a share', () => {
  expect(toProgrammeInput(base)).toMatchObject({
    ok: true,
    input: {
      budget: 14600000,
      committeeAbove: 500000,
      rule: { threshold: 500000, rate: 0.6, yearlyCap: 3000000 },
    },
  });
});

it('names the field that is wrong', () => {
  expect(toProgrammeInput({ ...base, budget: '十万' })).toMatchObject({
    ok: false,
    field: 'budget',
  });
  expect(toProgrammeInput({ ...base, ratePct: '160' })).toMatchObject({
    ok: false,
    field: 'ratePct',
  });
});
