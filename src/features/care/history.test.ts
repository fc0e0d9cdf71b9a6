// History lines in plain words.
import { historyLine } from './history';

it('says who did what', () => {
  expect(historyLine({ role: 'filer', from: 'draft', to: 'union_review' })).toBe(
    '经办人 提交，校工会审核中',
  );
  expect(historyLine({ role: 'admin', from: 'union_review', to: 'returned' })).toBe(
    '校工会 退回补充',
  );
  expect(historyLine({ role: 'admin', from: 'union_review', to: 'committee_review' })).toBe(
    '校工会 同意，转福利委员会审核',
  );
  expect(historyLine({ role: 'care_committee', from: 'committee_review', to: 'approved' })).toBe(
    '福利委员会 批准',
  );
});
