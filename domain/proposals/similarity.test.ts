// Similar proposals by character bigrams: same subject scores high, different subjects low.
import { bigrams, cosine, jaccard, mostSimilar, normalize, similarity } from './similarity';

const canteen = {
  title: '关于增设教工食堂晚餐窗口的提案',
  suggestion: '在教工食堂增设晚餐窗口，延长供应时间到晚上八点。',
};
const canteen2 = {
  title: '延长食堂晚餐供应时间',
  suggestion: '教工食堂晚餐时间太短，希望延长到八点并增加窗口。',
};
const parking = {
  title: '关于规范校园停车管理的提案',
  suggestion: '在东门增设教职工停车位，外来车辆限时停放。',
};

describe('similarity', () => {
  it('ignores punctuation, spaces and case', () => {
    expect(normalize('食堂， 晚餐! ABC')).toBe('食堂晚餐abc');
    expect(bigrams('食堂食堂').get('食堂')).toBe(2);
  });

  it('is 1 for the same text, 0 for nothing shared, and symmetric', () => {
    expect(similarity(canteen, canteen)).toBeCloseTo(1);
    expect(cosine(bigrams('春夏'), bigrams('秋冬'))).toBe(0);
    expect(similarity(canteen, parking)).toBeCloseTo(similarity(parking, canteen));
    expect(jaccard(bigrams('食堂晚餐'), bigrams('食堂晚餐'))).toBe(1);
  });

  it('ranks the proposal on the same subject first and leaves the unrelated one out', () => {
    const found = mostSimilar(canteen, [parking, canteen2]);
    expect(found.map((f) => f.item)).toEqual([canteen2]);
    expect(found[0].score).toBeGreaterThan(similarity(canteen, parking));
  });

  it('finds nothing for an empty draft', () => {
    expect(mostSimilar({ title: '', suggestion: '' }, [canteen, parking])).toEqual([]);
  });
});
