// The welfare screens' pure helpers.
import { barPercent, optionTag, stockLabel } from './view';

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

describe('optionTag (D4: changing the gift)', () => {
  it('moves ✓ 我选的 to the new pick at once, and marks the old one until saved', () => {
    expect(optionTag('rice', 'eggs', 'rice', true)).toBe('原来选的（还没更换）');
    expect(optionTag('eggs', 'eggs', 'rice', true)).toBe('✓ 我选的');
    expect(optionTag('mush', 'eggs', 'rice', true)).toBeNull();
  });
  it('shows my saved choice when nothing is pending or the batch is closed', () => {
    expect(optionTag('rice', 'rice', 'rice', true)).toBe('✓ 我选的');
    expect(optionTag('rice', null, 'rice', true)).toBe('✓ 我选的');
    expect(optionTag('eggs', 'eggs', 'rice', false)).toBeNull();
    expect(optionTag('rice', 'eggs', 'rice', false)).toBe('✓ 我选的');
    expect(optionTag('rice', null, null, true)).toBeNull();
  });
});
