// Honours rules with hand-computed numbers: quotas from shares at the rounding edges, the window,
// the ranking and its tie at the cut-off, and the 公示 list the admin's tie choices make.
import { nominationOpen, publicityList, quotaFor, rankCategory, yearOf } from './rules';

describe('quotaFor', () => {
  it('takes a number per branch as it is', () => {
    expect(quotaFor({ perBranch: 3 }, 0)).toBe(3);
    expect(quotaFor({ perBranch: 0 }, 500)).toBe(0);
  });
  it.each([
    [0.05, 19, 0],
    [0.05, 20, 1],
    [0.05, 39, 1],
    [0.05, 40, 2],
    [0.05, 0, 0],
    [0.07, 100, 7], // 0.07 * 100 = 7.000000000000001 in floating point
    [0.29, 100, 29], // 0.29 * 100 = 28.999999999999996
    [0.14, 50, 7], // 0.14 * 50 = 7.000000000000001
    [0.02, 149, 2], // 2.98
    [0.02, 150, 3],
    [0.57, 100, 57], // 56.99999999999999
    [1, 37, 37],
  ])('share %p of %p members → %p', (share, members, want) => {
    expect(quotaFor({ share }, members)).toBe(want);
  });
});

describe('nominationOpen', () => {
  const r = {
    stage: 'nominating' as const,
    nominateOpenAt: new Date('2026-12-01T00:00:00Z'),
    nominateCloseAt: new Date('2026-12-10T00:00:00Z'),
  };
  it('is open from the opening instant up to (not at) the close', () => {
    expect(nominationOpen(r, new Date('2026-11-30T23:59:59Z'))).toBe(false);
    expect(nominationOpen(r, new Date('2026-12-01T00:00:00Z'))).toBe(true);
    expect(nominationOpen(r, new Date('2026-12-09T23:59:59Z'))).toBe(true);
    expect(nominationOpen(r, new Date('2026-12-10T00:00:00Z'))).toBe(false);
  });
  it('is closed once voting started, whatever the time', () => {
    expect(nominationOpen({ ...r, stage: 'voting' }, new Date('2026-12-05T00:00:00Z'))).toBe(false);
  });
  it('counts the year in Beijing time', () => {
    expect(yearOf(new Date('2026-12-31T16:00:00Z'))).toBe(2027);
    expect(yearOf(new Date('2026-12-31T15:59:59Z'))).toBe(2026);
  });
});

const c = (id: string, votes: number) => ({ nominationId: id, votes, key: id });

describe('rankCategory', () => {
  it('elects the top places when there is no tie at the cut-off', () => {
    const { rows, tiedPlaces } = rankCategory([c('a', 5), c('b', 9), c('c', 7), c('d', 1)], 2);
    expect(rows.map((r) => [r.nominationId, r.rank, r.outcome])).toEqual([
      ['b', 1, 'elected'],
      ['c', 2, 'elected'],
      ['a', 3, 'out'],
      ['d', 4, 'out'],
    ]);
    expect(tiedPlaces).toBe(0);
  });
  it('lists a tie that straddles the cut-off as tied, with the places left', () => {
    // 3 places: 9 is in; 7, 7, 7 compete for the 2 left; 2 is out
    const { rows, tiedPlaces } = rankCategory(
      [c('a', 7), c('b', 9), c('c', 7), c('d', 2), c('e', 7)],
      3,
    );
    expect(rows.map((r) => [r.nominationId, r.rank, r.outcome])).toEqual([
      ['b', 1, 'elected'],
      ['a', 2, 'tied'],
      ['c', 2, 'tied'],
      ['e', 2, 'tied'],
      ['d', 5, 'out'],
    ]);
    expect(tiedPlaces).toBe(2);
  });
  it('elects a tie that ends exactly at the cut-off', () => {
    const { rows, tiedPlaces } = rankCategory([c('a', 4), c('b', 4), c('c', 3)], 2);
    expect(rows.map((r) => r.outcome)).toEqual(['elected', 'elected', 'out']);
    expect(tiedPlaces).toBe(0);
  });
  it('elects everyone when places cover all, and ranks zero votes too', () => {
    const { rows } = rankCategory([c('a', 0), c('b', 0)], 5);
    expect(rows.map((r) => [r.rank, r.outcome])).toEqual([
      [1, 'elected'],
      [1, 'elected'],
    ]);
  });
});

describe('publicityList', () => {
  const { rows, tiedPlaces } = rankCategory([c('a', 7), c('b', 9), c('c', 7), c('e', 7)], 2);
  it('puts the elected and the chosen tied on the list', () => {
    const r = publicityList(rows, tiedPlaces, new Set(['c']));
    expect(r.error).toBeNull();
    expect(r.listed).toEqual(['b', 'c']);
  });
  it('refuses more tied than places left, and a tie left undecided', () => {
    expect(publicityList(rows, tiedPlaces, new Set(['a', 'c'])).error).toMatch('只能再选 1 位');
    expect(publicityList(rows, tiedPlaces, new Set()).error).toMatch('请再选 1 位');
  });
  it('ignores a choice of someone who is not tied', () => {
    const r = publicityList(rows, tiedPlaces, new Set(['c', 'zzz']));
    expect(r.listed).toEqual(['b', 'c']);
  });
});
