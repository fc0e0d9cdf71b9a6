// The order of an event's times: each rule on its own, with the field it names.
import { createInput } from './contract';
import { scheduleProblems, type EventSchedule } from './time';

const at = (hhmm: string, day = '08') => new Date(`2026-03-${day}T${hhmm}:00+08:00`);
const ok: EventSchedule = {
  signupOpenAt: at('09:00', '01'),
  signupCloseAt: at('12:00', '06'),
  startAt: at('14:00'),
  endAt: at('16:00'),
};

describe('scheduleProblems', () => {
  it('finds nothing wrong with times in order, and allows the edges the rules allow', () => {
    expect(scheduleProblems(ok)).toEqual([]);
    // ends when it starts; sign-up closes at the start
    expect(scheduleProblems({ ...ok, endAt: ok.startAt, signupCloseAt: ok.startAt })).toEqual([]);
  });

  it('names the end when it is before the start', () => {
    expect(scheduleProblems({ ...ok, endAt: at('13:59') })).toEqual([
      { path: 'endAt', message: '结束时间不能早于开始时间' },
    ]);
  });

  it('names the close when it is not after the opening, or after the start', () => {
    expect(scheduleProblems({ ...ok, signupCloseAt: ok.signupOpenAt })).toEqual([
      { path: 'signupCloseAt', message: '报名截止要晚于报名开始' },
    ]);
    expect(scheduleProblems({ ...ok, signupCloseAt: at('14:01') })).toEqual([
      { path: 'signupCloseAt', message: '报名截止不能晚于活动开始' },
    ]);
  });

  it('lists every broken rule, in order', () => {
    const messy = { ...ok, signupOpenAt: at('10:00', '09'), signupCloseAt: at('09:00', '09') };
    expect(scheduleProblems({ ...messy, endAt: at('13:00') }).map((p) => p.message)).toEqual([
      '结束时间不能早于开始时间',
      '报名截止要晚于报名开始',
      '报名截止不能晚于活动开始',
    ]);
  });

  it('is what the create contract answers, on the same fields', () => {
    const r = createInput.safeParse({
      title: '三八表彰会',
      type: '庆典/表彰',
      location: '学术报告厅',
      startAt: '2026-03-08T14:00:00+08:00',
      endAt: '2026-03-08T13:00:00+08:00',
      signupOpenAt: '2026-03-01T09:00:00+08:00',
      signupCloseAt: '2026-03-09T12:00:00+08:00',
      capacity: 200,
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['endAt', '结束时间不能早于开始时间'],
      ['signupCloseAt', '报名截止不能晚于活动开始'],
    ]);
  });
});
