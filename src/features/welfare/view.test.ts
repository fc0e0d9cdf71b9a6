// The welfare screens' pure helpers.
import { barPercent, stockLabel, toCreateInput } from './view';

describe('welfare view helpers', () => {
  it('words stock plainly', () => {
    expect(stockLabel(0, 200)).toBe('已选完');
    expect(stockLabel(3, 200)).toBe('仅剩 3 份');
    expect(stockLabel(150, 200)).toBe('剩 150 份');
  });
  it('keeps small bars visible', () => {
    expect(barPercent(0, 10)).toBe(0);
    expect(barPercent(1, 1000)).toBe(2);
    expect(barPercent(5, 10)).toBe(50);
  });
  it('builds createBatch input from the form, or says what is wrong', () => {
    const ok = toCreateInput({
      name: '冬季慰问',
      openDay: '2026-11-20',
      closeDay: '2026-11-27',
      options: [
        { name: '大米', stock: '100' },
        { name: '', stock: '' },
      ],
      defaultOption: 0,
    });
    expect(ok).toEqual({
      ok: true,
      input: {
        name: '冬季慰问',
        claimOpenAt: '2026-11-20T01:00:00.000Z',
        claimCloseAt: '2026-11-27T09:00:00.000Z',
        options: [{ name: '大米', stock: 100 }],
        defaultOption: 0,
      },
    });
    const bad = toCreateInput({
      name: '',
      openDay: '11-20',
      closeDay: '2026-11-27',
      options: [{ name: '大米', stock: 'x' }],
      defaultOption: 0,
    });
    expect(bad).toMatchObject({
      ok: false,
      errors: { name: expect.any(String), openDay: expect.any(String), option0: '库存请填写整数' },
    });
  });
});
