// The setup form's fields and picked days → createCampaign input, and that the contract accepts what it builds.
import { createCampaignInput } from '../../../domain/checkups/contract';
import { setupProblems, toCreateInput, type SetupForm } from './setup-form';

it('turns lines and times into days × slots, with retiree days and add-ons in fen', () => {
  const input = toCreateInput({
    name: '2026年教职工体检',
    openDay: '2026-12-01',
    closeDay: '2026-12-20',
    hospital: '市一院体检中心',
    address: '人民路1号',
    shuttle: '7:00 东门',
    days: [
      { date: '2026-12-10', marked: true },
      { date: '2026-12-11', marked: false },
    ],
    starts: '7:30 08:00，08:30',
    capacity: '25',
    addons: '胃肠镜 800\n肿瘤标志物 250.5元',
    elsewhereDay: '2026-12-31',
  });
  expect(input.days).toEqual([
    {
      date: '2026-12-10',
      retireesOnly: true,
      slots: [
        { start: '07:30', capacity: 25 },
        { start: '08:00', capacity: 25 },
        { start: '08:30', capacity: 25 },
      ],
    },
    {
      date: '2026-12-11',
      retireesOnly: false,
      slots: [
        { start: '07:30', capacity: 25 },
        { start: '08:00', capacity: 25 },
        { start: '08:30', capacity: 25 },
      ],
    },
  ]);
  expect(input.addons).toEqual([
    { name: '胃肠镜', priceFen: 80000 },
    { name: '肿瘤标志物', priceFen: 25050 },
  ]);
  expect(input.bookCloseAt).toBe('2026-12-20T23:59:59+08:00');
  expect(createCampaignInput.safeParse(input).success).toBe(true);
});

it('leaves a price missing so the server names the field', () => {
  const input = toCreateInput({
    name: 'x',
    openDay: '2026-12-01',
    closeDay: '2026-12-02',
    hospital: '',
    address: '',
    shuttle: '',
    days: [{ date: '2026-12-10', marked: false }],
    starts: '07:30',
    capacity: '10',
    addons: '胃肠镜',
    elsewhereDay: '',
  });
  const r = createCampaignInput.safeParse(input);
  expect(r.success).toBe(false);
  expect(JSON.stringify(r.error?.issues)).toContain('自费加项价格不能小于 0');
});

it('names 体检日期 when no day is picked, and nothing once one is', () => {
  const f: SetupForm = {
    name: 'x',
    openDay: '2026-12-01',
    closeDay: '2026-12-02',
    hospital: '',
    address: '',
    shuttle: '',
    days: [],
    starts: '07:30',
    capacity: '10',
    addons: '',
    elsewhereDay: '',
  };
  expect(setupProblems(f)).toEqual({ days: '请添加体检日期，至少一天' });
  expect(setupProblems({ ...f, days: [{ date: '2026-12-10', marked: false }] })).toEqual({});
});
