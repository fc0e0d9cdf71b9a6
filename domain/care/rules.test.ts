// Care rules with hand-computed numbers: the illness rule across a year, the chain, reading, share.
import type { CaseDoc } from './model';
import {
  applyBlock,
  checkAttachment,
  decideReview,
  maskName,
  memberShareLimit,
  missingItems,
  passesMemberShare,
  purgeAfter,
  readRole,
  sniffAttachment,
  submitTarget,
  suggestIllness,
  sumBy,
  yuan,
  type CaseViewer,
} from './rules';

// 湖州: above 5,000 元 at 60 %, capped 30,000 元 a year
const HUZHOU = { threshold: 500000, rate: 0.6, yearlyCap: 3000000 };

describe('illness rule', () => {
  it('grants nothing below the threshold', () => {
    expect(suggestIllness(HUZHOU, 400000, 0)).toBe(0);
    expect(suggestIllness(HUZHOU, 500000, 0)).toBe(0);
  });
  it('first case: (12,000 − 5,000) × 60 % = 4,200 元', () => {
    expect(suggestIllness(HUZHOU, 1200000, 0)).toBe(420000);
  });
  it('second case the same year sums costs, caps at 30,000 元 and subtracts what was granted', () => {
    // Σ self-paid 12,000 + 60,000 = 72,000 元; (72,000 − 5,000) × 60 % = 40,200 → cap 30,000;
    // minus 4,200 already granted = 25,800 元
    expect(suggestIllness(HUZHOU, 1200000 + 6000000, 420000)).toBe(2580000);
  });
  it('a third case after the cap is reached gets 0, never below', () => {
    expect(suggestIllness(HUZHOU, 9000000, 3000000)).toBe(0);
    expect(suggestIllness(HUZHOU, 9000000, 3500000)).toBe(0);
  });
  it('rounds down to the fen', () => {
    // 3 fen above × 0.6 = 1.8 fen → 1
    expect(suggestIllness(HUZHOU, 500003, 0)).toBe(1);
  });
  it('a second case under the cap: (8,000 + 4,000 − 5,000) × 60 % − 1,800 = 2,400 元', () => {
    expect(suggestIllness(HUZHOU, 800000, 0)).toBe(180000);
    expect(suggestIllness(HUZHOU, 1200000, 180000)).toBe(240000);
  });
});

describe("members' share", () => {
  it('2 % of 2,400 members is 48 people', () => {
    expect(memberShareLimit(2400, 0.02)).toBe(48);
    expect(memberShareLimit(2450, 0.02)).toBe(49);
  });
  it('warns only when one more person would pass it', () => {
    expect(passesMemberShare(47, 2400, 0.02)).toBe(false);
    expect(passesMemberShare(48, 2400, 0.02)).toBe(true);
  });
});

describe('masking for the 公示', () => {
  it.each([
    ['张晓芳', '张*芳'],
    ['张芳', '张*'],
    ['欧阳晓芳', '欧**芳'],
    ['李', '李*'],
  ])('%s → %s', (name, masked) => expect(maskName(name)).toBe(masked));
});

describe('attachments are checked by their bytes', () => {
  const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
  const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
  const PDF = Buffer.from('%PDF-1.7\n');
  it('knows jpeg, png and pdf', () => {
    expect(sniffAttachment(JPEG)).toBe('image/jpeg');
    expect(sniffAttachment(PNG)).toBe('image/png');
    expect(sniffAttachment(PDF)).toBe('application/pdf');
  });
  it('refuses anything else, whatever its name', () => {
    expect(checkAttachment(Buffer.from('GIF89a....'))).toMatchObject({ code: 'care.file_type' });
    expect(checkAttachment(Buffer.from('<html>%PDF-'))).toMatchObject({ code: 'care.file_type' });
  });
  it('refuses empty and oversized files', () => {
    expect(checkAttachment(Buffer.alloc(0))).toMatchObject({ code: 'care.file_size' });
    const big = Buffer.alloc(4 * 1024 * 1024 + 1);
    PDF.copy(big);
    expect(checkAttachment(big)).toMatchObject({ code: 'care.file_size' });
  });
});

describe('checklist', () => {
  const list = [
    { key: 'receipt', label: '医疗费票据', required: true, original: true, where: '分工会' },
    { key: 'summary', label: '出院小结', required: true, original: false, where: '' },
    { key: 'other', label: '其他', required: false, original: false, where: '' },
  ];
  it('lists the required items that have no attachment', () => {
    expect(missingItems(list, []).map((i) => i.key)).toEqual(['receipt', 'summary']);
    expect(missingItems(list, [{ item: 'summary' }, { item: 'other' }]).map((i) => i.key)).toEqual([
      'receipt',
    ]);
  });
});

describe('who may apply', () => {
  const p = {
    active: true,
    membersOnly: true,
    retirees: false,
    opensOn: '2026-03-01',
    closesOn: '2026-11-30',
  };
  it('window, membership and retirees', () => {
    expect(applyBlock(p, { member: true, status: '在职' }, '2026-06-01')).toBeNull();
    expect(applyBlock(p, { member: true, status: '在职' }, '2026-02-28')).toMatch('开始受理');
    expect(applyBlock(p, { member: true, status: '在职' }, '2026-12-01')).toMatch('截止');
    expect(applyBlock(p, { member: false, status: '在职' }, '2026-06-01')).toMatch('会员');
    expect(applyBlock(p, { member: true, status: '退休' }, '2026-06-01')).toMatch('退休');
  });
});

describe('the review chain', () => {
  const base = {
    kind: 'hardship' as const,
    amount: null,
    suggestedAmount: null,
    held: 0,
    needsCommittee: false,
  };
  const P = { committeeAbove: 500000 };
  it('branch → union → approved for a sum at or below the committee sum', () => {
    const a = decideReview({ ...base, status: 'branch_review' }, P, 'approve', 300000, '');
    expect(a).toMatchObject({ ok: true, to: 'union_review', reserve: 0 });
    const b = decideReview(
      { ...base, status: 'union_review', amount: 300000 },
      P,
      'approve',
      undefined,
      '',
    );
    expect(b).toMatchObject({ ok: true, to: 'approved', amount: 300000, reserve: 300000 });
    const c = decideReview({ ...base, status: 'union_review' }, P, 'approve', 500000, '');
    expect(c).toMatchObject({ ok: true, to: 'approved', reserve: 500000, needsCommittee: false });
  });
  it('a sum above it goes to the committee, which approves and reserves', () => {
    const a = decideReview({ ...base, status: 'union_review' }, P, 'approve', 500001, '');
    expect(a).toMatchObject({ ok: true, to: 'committee_review', reserve: 0, needsCommittee: true });
    const b = decideReview(
      { ...base, status: 'committee_review', amount: 500001, needsCommittee: true },
      P,
      'approve',
      undefined,
      '',
    );
    expect(b).toMatchObject({ ok: true, to: 'approved', reserve: 500001 });
  });
  it('final approval needs an amount', () => {
    expect(
      decideReview({ ...base, status: 'union_review' }, P, 'approve', undefined, ''),
    ).toMatchObject({
      ok: false,
      path: 'amount',
    });
  });
  it('an illness case uses the suggestion; changing it needs a reason', () => {
    const ill = {
      ...base,
      kind: 'illness' as const,
      suggestedAmount: 420000,
      status: 'union_review' as const,
    };
    expect(decideReview(ill, P, 'approve', undefined, '')).toMatchObject({
      to: 'approved',
      amount: 420000,
    });
    expect(decideReview(ill, P, 'approve', 400000, '')).toMatchObject({
      ok: false,
      path: 'reason',
    });
    expect(decideReview(ill, P, 'approve', 400000, '票据有一张不符')).toMatchObject({
      ok: true,
      amount: 400000,
    });
  });
  it('return and decline need a reason; declining an approved case gives back its hold', () => {
    expect(
      decideReview({ ...base, status: 'union_review' }, P, 'return', undefined, ''),
    ).toMatchObject({ ok: false });
    expect(
      decideReview({ ...base, status: 'union_review' }, P, 'return', undefined, '缺出院小结'),
    ).toMatchObject({ ok: true, to: 'returned' });
    expect(
      decideReview(
        { ...base, status: 'approved', held: 300000 },
        P,
        'decline',
        undefined,
        '重复申请',
      ),
    ).toMatchObject({ ok: true, to: 'declined', release: 300000 });
    expect(
      decideReview({ ...base, status: 'paid' }, P, 'decline', undefined, '重复'),
    ).toMatchObject({
      ok: false,
      code: 'care.wrong_state',
    });
    expect(decideReview({ ...base, status: 'approved' }, P, 'approve', 1, '')).toMatchObject({
      ok: false,
    });
  });
  it('a returned case goes back to the step that returned it; a chair-filed draft skips the branch', () => {
    expect(
      submitTarget({ status: 'returned', returnedFrom: 'union_review', filedAs: 'self' }),
    ).toBe('union_review');
    expect(submitTarget({ status: 'draft', returnedFrom: null, filedAs: 'self' })).toBe(
      'branch_review',
    );
    expect(submitTarget({ status: 'draft', returnedFrom: null, filedAs: 'branch_chair' })).toBe(
      'union_review',
    );
    expect(submitTarget({ status: 'approved', returnedFrom: null, filedAs: 'self' })).toBeNull();
  });
});

describe('who may read a case', () => {
  const c: Pick<CaseDoc, 'staffNo' | 'filedBy' | 'branchId' | 'needsCommittee' | 'status'> = {
    staffNo: '100029',
    filedBy: '100003',
    branchId: 'b06',
    needsCommittee: false,
    status: 'union_review',
  };
  const viewer = (v: Partial<CaseViewer>): CaseViewer => ({
    staffNo: '100100',
    admin: false,
    chairs: () => false,
    committee: false,
    ...v,
  });
  it('the named people only', () => {
    expect(readRole(c, viewer({ staffNo: '100029' }))).toBe('applicant');
    expect(readRole(c, viewer({ staffNo: '100003' }))).toBe('filer');
    expect(readRole(c, viewer({ admin: true }))).toBe('admin');
    expect(readRole(c, viewer({ chairs: (b) => b === 'b06' }))).toBe('branch_chair');
    expect(readRole(c, viewer({ chairs: (b) => b === 'b07' }))).toBeNull();
    expect(readRole(c, viewer({}))).toBeNull();
  });
  it('the committee only for cases that reach it', () => {
    expect(readRole(c, viewer({ committee: true }))).toBeNull();
    expect(readRole({ ...c, needsCommittee: true }, viewer({ committee: true }))).toBe(
      'care_committee',
    );
  });
  it("a draft stays the applicant's own, even from the chair", () => {
    expect(
      readRole({ ...c, filedBy: '100029', status: 'draft' }, viewer({ chairs: () => true })),
    ).toBeNull();
  });
});

describe('dates and sums', () => {
  it('retention counts whole years from the close', () => {
    expect(purgeAfter(new Date('2026-03-01T02:00:00Z'), 5).toISOString()).toBe(
      '2031-03-01T02:00:00.000Z',
    );
  });
  it('sums by keys like constructor safely', () => {
    const m = sumBy(
      [
        { k: 'constructor', a: 100 },
        { k: 'constructor', a: 50 },
        { k: '__proto__', a: 1 },
      ],
      (r) => r.k,
      (r) => r.a,
    );
    expect(m.get('constructor')).toEqual({ count: 2, amount: 150 });
    expect(m.get('__proto__')).toEqual({ count: 1, amount: 1 });
  });
  it('formats yuan', () => {
    expect(yuan(123456)).toBe('1,234.56');
    expect(yuan(5)).toBe('0.05');
  });
});
