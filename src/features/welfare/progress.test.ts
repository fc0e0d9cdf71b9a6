// 发放进度's pure helpers: row text per list, the count line, the close note.
import { closedLine, filterLabel, peopleCountLine, personDetail, type PersonRow } from './progress';

const li: PersonRow = {
  staffNo: '100042',
  name: '李秀英',
  branchName: '机械学院分工会',
  optionName: '五常大米礼盒',
  pointName: '东区领取点',
};

describe('发放进度 lists', () => {
  it('says where to collect for the not-chosen, what and where for the not-collected', () => {
    expect(personDetail('not_chosen', li)).toBe('东区领取点');
    expect(personDetail('not_collected', li)).toBe('五常大米礼盒 · 东区领取点');
    expect(personDetail('not_collected', { ...li, optionName: null, pointName: null })).toBe(' · ');
    expect(personDetail('not_chosen', { ...li, pointName: null })).toBeNull();
  });

  it('says how many there are, and when only the first ones are shown', () => {
    expect(peopleCountLine(null)).toBe('共 0 人');
    expect(peopleCountLine({ total: 1, people: [li] })).toBe('共 1 人');
    expect(peopleCountLine({ total: 120, people: [li, li] })).toBe('共 120 人，显示前 2 人');
  });

  it('names the list being exported', () => {
    expect(filterLabel('not_chosen')).toBe('未选择');
    expect(filterLabel('not_collected')).toBe('未领取');
  });

  it('says what closing did, and the people stock ran out for only when there are any', () => {
    expect(closedLine({ defaulted: 37, noStock: 0 })).toBe('已截止：37 人按默认礼包发放。');
    expect(closedLine({ defaulted: 37, noStock: 2 })).toBe(
      '已截止：37 人按默认礼包发放，2 人因库存不足未分到。',
    );
  });
});
