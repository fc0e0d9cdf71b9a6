import { detailsMatch } from './rules';

describe('binding rules', () => {
  it('matches name ignoring spaces and phone by its last 4 digits', () => {
    const staff = { name: '张 三', phone: '13812341234' };
    expect(detailsMatch(staff, '张三', '1234')).toBe(true);
    expect(detailsMatch(staff, '张三', '4321')).toBe(false);
    expect(detailsMatch(staff, '李四', '1234')).toBe(false);
  });
});
