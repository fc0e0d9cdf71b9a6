// The bar chart's arithmetic.
import { barWidths, chartSummary } from './bar-chart';

describe('barWidths', () => {
  it('scales to the longest bar, keeps zero at zero and a small value visible', () => {
    const bars = [
      { key: 'a', label: '1月', value: 40 },
      { key: 'b', label: '2月', value: 10 },
      { key: 'c', label: '3月', value: 0 },
      { key: 'd', label: '4月', value: 0.2 },
    ];
    expect(barWidths(bars)).toEqual([100, 25, 0, 2]);
  });
  it('draws nothing when every value is zero', () => {
    expect(barWidths([{ key: 'a', label: 'x', value: 0 }])).toEqual([0]);
  });
  it('says the chart in words', () => {
    expect(
      chartSummary([
        { key: 'a', label: '1月', value: 3 },
        { key: 'b', label: '2月', value: 5, text: '50%' },
      ]),
    ).toBe('1月 3，2月 50%');
  });
});
