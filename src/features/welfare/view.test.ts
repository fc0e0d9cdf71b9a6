// The welfare screens' pure helpers.
import { barPercent, stockLabel } from './view';

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
});
