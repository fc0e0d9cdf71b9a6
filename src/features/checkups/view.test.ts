// The check-up pages' labels and slot states, with hand-picked days.
import { dayLabel, slotLine, slotState, statusLine, yuan } from './view';

const now = new Date('2026-12-09T10:00:00+08:00');

it('labels days with the weekday, money in 元', () => {
  expect(dayLabel('2026-12-10')).toBe('12月10日 周四');
  expect(yuan(105000)).toBe('1050 元');
  expect(yuan(12345)).toBe('123.45 元');
});

it('greys full slots, closes today and retiree days for active staff, marks mine', () => {
  const day = { date: '2026-12-10', retireesOnly: false };
  expect(slotState({ slotId: 'a', left: 0 }, day, { retired: false }, now)).toBe('full');
  expect(slotState({ slotId: 'a', left: 3 }, day, { retired: false }, now)).toBe('open');
  expect(slotState({ slotId: 'a', left: 3 }, day, { retired: false, mySlotId: 'a' }, now)).toBe(
    'mine',
  );
  expect(
    slotState(
      { slotId: 'a', left: 3 },
      { date: '2026-12-09', retireesOnly: false },
      { retired: false },
      now,
    ),
  ).toBe('closed');
  expect(
    slotState({ slotId: 'a', left: 3 }, { ...day, retireesOnly: true }, { retired: false }, now),
  ).toBe('closed');
  expect(
    slotState({ slotId: 'a', left: 3 }, { ...day, retireesOnly: true }, { retired: true }, now),
  ).toBe('open');
  expect(slotLine({ start: '07:30', left: 0 }, 'full')).toBe('07:30 已约满');
});

it('says what I have and what next', () => {
  const base = {
    packageName: '女士A套餐',
    packageItems: [],
    addonIds: [],
    addonsFen: 0,
    checkedInAt: null,
    canChange: true,
    blocked: null,
    elsewhere: null,
  };
  expect(statusLine(base)).toContain('请在下面选一个日期和时段');
  expect(statusLine({ ...base, slotId: 's', date: '2026-12-10', start: '07:30' })).toBe(
    '你已预约 12月10日 周四 07:30，套餐：女士A套餐。',
  );
});
