import { fieldId, firstProblem, withoutProblem } from './first-problem';

describe('the first problem of a form', () => {
  it('is the first field in the form’s order that has a message', () => {
    const order = ['title', 'startAt', 'endAt', 'capacity'];
    expect(firstProblem(order, { capacity: '名额至少 1 个', endAt: '请选择结束时间' })).toBe(
      'endAt',
    );
    expect(firstProblem(order, {})).toBeNull();
    expect(firstProblem(order, { other: 'x' })).toBeNull();
    expect(fieldId('endAt')).toBe('field-endAt');
  });

  it('goes when its field changes, leaving the others', () => {
    const p = { title: '请填写活动名称', capacity: '名额至少 1 个' };
    expect(withoutProblem(p, 'title')).toEqual({ capacity: '名额至少 1 个' });
    expect(withoutProblem(p, 'location')).toBe(p);
  });
});
