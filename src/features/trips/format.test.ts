// Trips' screen logic: money, levels, statuses with a next step, preferences, the plan form.
import { levelText, planInput, statusLine, togglePreference, yuan } from './format';

describe('trips format', () => {
  it('shows fen as 元', () => {
    expect(yuan(250000)).toBe('2500 元');
    expect(yuan(12345)).toBe('123.45 元');
  });
  it('names the climbing level', () => {
    expect(levelText(5)).toBe('强度 5 级（登山较多）');
    expect(levelText(undefined)).toBe('');
  });
  it('says what a status means and what comes next', () => {
    expect(statusLine({ status: 'waitlisted', waitPosition: 3 }).title).toBe('候补中，第 3 位');
    expect(statusLine({ status: 'declined', countsAsTravelled: true }).next).toContain(
      '记为已参加',
    );
    expect(statusLine({ status: 'assigned', confirmBy: '2027-03-05T04:00:00Z' }).next).toContain(
      '3月5日 12:00',
    );
  });
  it('picks at most 3 preferences in tap order; a second tap takes one out', () => {
    let c = togglePreference([], 'a');
    c = togglePreference(c, 'b');
    c = togglePreference(c, 'c');
    expect(togglePreference(c, 'd')).toEqual(['a', 'b', 'c']);
    expect(togglePreference(c, 'a')).toEqual(['b', 'c']);
  });
  it('turns the simple form into the contract input in fen and Beijing days', () => {
    const input = planInput({
      name: ' 2027 年度教职工疗休养 ',
      openDay: '2027-03-01',
      closeDay: '2027-03-31',
      serviceYears: '5',
      cycleYears: '4',
      routes: [
        {
          name: '千岛湖',
          days: '4',
          level: '2',
          costYuan: '3000',
          subsidyYuan: '2500',
          departDay: '2027-05-10',
          capacity: '40',
          leaderNo: ' 100050 ',
          picture: 'https://example.org/qdh.jpg',
        },
      ],
    });
    expect(input).toMatchObject({
      name: '2027 年度教职工疗休养',
      applyOpenAt: '2027-03-01T00:00:00+08:00',
      serviceYears: 5,
      routes: [
        {
          costFen: 300000,
          subsidyFen: 250000,
          selfPaidFen: 50000,
          pictures: ['https://example.org/qdh.jpg'],
          groups: [{ departAt: '2027-05-10T00:00:00.000Z', capacity: 40, leaderNo: '100050' }],
        },
      ],
    });
    expect(input.routes[0].groups[0].returnAt).toBe('2027-05-13T09:00:00.000Z');
  });
});
