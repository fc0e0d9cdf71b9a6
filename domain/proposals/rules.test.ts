// The proposal rules: lengths, 一事一案, the window, co-signers, review, merge, answer and rating.
import { fileInput, rateInput, reviewInput, answerInput } from './contract';
import { PROPOSAL_STATUSES, STATUS_LABELS, type Person, type ProposalDoc } from './model';
import {
  BOARD_GROUP_LABELS,
  TRANSITIONS,
  accept,
  answer,
  boardGroup,
  contentErrors,
  cosign,
  decline,
  fileContent,
  invite,
  isOverdue,
  merge,
  nextStatus,
  numberedItems,
  oneSubjectWarning,
  rate,
  saveDraft,
  windowState,
  type Content,
} from './rules';

const now = new Date('2026-11-23T02:00:00Z');
const me: Person = { staffNo: '100010', name: '王丽' };
const a: Person = { staffNo: '100011', name: '李强' };
const b: Person = { staffNo: '100012', name: '张敏' };
const c: Person = { staffNo: '100013', name: '刘伟' };
const committee: Person = { staffNo: '100001', name: '赵委员' };
const jwc = { id: 'jwc', name: '教务处' };
const hq = { id: 'hq', name: '后勤保障处' };

const good: Content = {
  kind: 'proposal',
  title: '关于增设教工食堂晚餐窗口的提案',
  category: '后勤',
  background:
    '目前教工食堂晚餐只有一个窗口，晚上六点后经常排队二十分钟以上，加班的老师和值班人员吃饭很不方便，影响了工作和休息，大家意见比较集中。',
  suggestion:
    '建议后勤保障处在教工食堂增设一个晚餐窗口，供应时间延长到晚上八点，并提供简餐和打包服务。',
};
const n = { id: 'p1', sessionId: 's1', congressId: 'c6', proposer: me };

function filedWithCosigners(): ProposalDoc {
  let doc = fileContent(null, n, good, now);
  doc = invite(doc, me, [a, b], now);
  doc = cosign(doc, a, now);
  return cosign(doc, b, now);
}

describe('content rules', () => {
  it('accepts a proposal within the lengths', () => {
    expect(contentErrors(good)).toEqual([]);
  });

  it('asks for 50–300 characters of background and ≥ 30 of suggestion, spaces not counted', () => {
    const short = contentErrors({
      ...good,
      background: '食堂排队。'.padEnd(49, '长'),
      suggestion: '增设窗口',
    });
    expect(short.map((e) => e.path)).toEqual(['background', 'suggestion']);
    expect(short[0].message).toContain('至少要 50 个字');
    expect(contentErrors({ ...good, background: '字'.repeat(301) })[0].message).toContain(
      '最多 300 个字',
    );
    expect(contentErrors({ ...good, background: `${'字'.repeat(50)}     \n` })).toEqual([]);
  });

  it('holds a suggestion (建议) to lighter rules', () => {
    expect(
      contentErrors({
        ...good,
        kind: 'suggestion',
        background: '',
        suggestion: '晚餐窗口请延长到八点钟',
      }),
    ).toEqual([]);
  });

  it('rejects a bad filing at the edge, with the field named', () => {
    const r = fileInput.safeParse({ sessionId: 's1', ...good, background: '太短' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0].path).toEqual(['background']);
    expect(
      fileInput.safeParse({ sessionId: 's1', ...good, category: 'logistics' }).data?.category,
    ).toBe('后勤');
    expect(fileInput.safeParse({ sessionId: 's1', ...good, category: '财务' }).success).toBe(false);
  });

  it('warns (does not block) when numbered items are about different areas: 一事一案', () => {
    const mixed =
      '1. 教工食堂增设晚餐窗口，延长供应时间；2. 职称评聘向一线教学岗位倾斜；3. 每年体检增加项目。';
    expect(numberedItems(mixed)).toHaveLength(3);
    const w = oneSubjectWarning({ kind: 'proposal', suggestion: mixed });
    expect(w?.message).toContain('一事一案');
    expect(w?.message).toContain('后勤');
    // several items on one subject are fine
    const one = '1. 食堂增设晚餐窗口；2. 食堂晚餐延长到八点；3. 食堂提供打包服务。';
    expect(oneSubjectWarning({ kind: 'proposal', suggestion: one })).toBeNull();
    expect(oneSubjectWarning({ kind: 'suggestion', suggestion: mixed })).toBeNull();
  });
});

describe('the filing window', () => {
  const session = {
    filingOpensAt: new Date('2026-11-01T00:00:00Z'),
    filingClosesAt: new Date('2026-12-01T00:00:00Z'),
  };
  it('is open between its instants only', () => {
    expect(windowState(session, new Date('2026-10-31T23:59:59Z'))).toBe('not_yet');
    expect(windowState(session, now)).toBe('open');
    expect(windowState(session, new Date('2026-12-01T00:00:01Z'))).toBe('closed');
  });
});

describe('filing and co-signing', () => {
  it('a proposal waits for two OTHER representatives, then is submitted by itself', () => {
    let doc = fileContent(null, n, good, now);
    expect(doc.status).toBe('awaiting_cosign');
    expect(() => invite(doc, me, [me], now)).toThrow(
      expect.objectContaining({ code: 'proposals.self_cosign' }),
    );
    expect(() => cosign(doc, me, now)).toThrow(
      expect.objectContaining({ code: 'proposals.self_cosign' }),
    );
    expect(() => cosign(doc, a, now)).toThrow(
      expect.objectContaining({ code: 'proposals.not_invited' }),
    );
    doc = invite(doc, me, [a, b], now);
    doc = cosign(doc, a, now);
    expect(doc.status).toBe('awaiting_cosign');
    expect(cosign(doc, a, now)).toBe(doc); // a repeat changes nothing
    doc = cosign(doc, b, now);
    expect(doc.status).toBe('filed');
    expect(doc.cosigners.map((p) => p.staffNo)).toEqual([a.staffNo, b.staffNo]);
    expect(doc.invites).toEqual([]);
  });

  it('a suggestion is filed at once', () => {
    expect(fileContent(null, n, { ...good, kind: 'suggestion' }, now).status).toBe('filed');
  });

  it('a draft saves anything and files later; a filed proposal is editable until review', () => {
    const draft = saveDraft(null, n, { ...good, background: '还没写完' }, now);
    expect(draft.status).toBe('draft');
    expect(() => fileContent(draft, n, { ...good, background: '还没写完' }, now)).toThrow(
      expect.objectContaining({ code: 'validation.failed' }),
    );
    const filed = filedWithCosigners();
    const edited = fileContent(
      filed,
      n,
      { ...good, title: '关于增设教工食堂晚餐窗口并延长时间的提案' },
      now,
    );
    expect(edited.status).toBe('filed');
    const accepted = accept(edited, committee, [hq], '2026-12-23', '', now);
    expect(() => fileContent(accepted, n, good, now)).toThrow(
      expect.objectContaining({ code: 'proposals.not_editable' }),
    );
    expect(() => fileContent(filed, { ...n, proposer: a }, good, now)).toThrow(
      expect.objectContaining({ code: 'proposals.not_proposer' }),
    );
  });
});

describe('review', () => {
  it('accepts with departments and a due day', () => {
    const doc = accept(filedWithCosigners(), committee, [hq], '2026-12-23', '', now);
    expect(doc).toMatchObject({ status: 'accepted', dueOn: '2026-12-23', departments: [hq] });
    expect(() => accept(doc, committee, [hq], '2026-12-23', '', now)).toThrow(
      expect.objectContaining({ code: 'proposals.wrong_status' }),
    );
  });

  it('cannot review a proposal still waiting for co-signers', () => {
    expect(() =>
      accept(fileContent(null, n, good, now), committee, [hq], '2026-12-23', '', now),
    ).toThrow(expect.objectContaining({ code: 'proposals.wrong_status' }));
  });

  it('merge keeps both proposers and all co-signers on the target', () => {
    const target = filedWithCosigners();
    let source = fileContent(
      null,
      { ...n, id: 'p2', proposer: c },
      { ...good, title: '关于延长教工食堂晚餐时间的提案' },
      now,
    );
    source = invite(source, c, [a, { staffNo: '100014', name: '陈静' }, me], now);
    source = cosign(
      cosign(cosign(source, a, now), { staffNo: '100014', name: '陈静' }, now),
      me,
      now,
    );
    const r = merge(source, target, committee, '同一件事', now);
    expect(r.source).toMatchObject({ status: 'merged', mergedInto: 'p1' });
    expect(r.target.proposer).toEqual(me);
    expect(r.target.coProposers).toEqual([c]);
    // a (on both) once, 100014 added; me is the target's proposer, not also a co-signer
    expect(r.target.cosigners.map((p) => p.staffNo)).toEqual([a.staffNo, b.staffNo, '100014']);
    expect(r.target.mergedFrom).toEqual(['p2']);
    expect(r.target.status).toBe('filed');
  });

  it('declines with a reason, or turns a proposal into a suggestion forwarded to a department', () => {
    const filed = filedWithCosigners();
    expect(() =>
      decline(
        filed,
        committee,
        ' ',
        { asSuggestion: false, departments: [], dueOn: '2026-12-23' },
        now,
      ),
    ).toThrow();
    expect(
      decline(
        filed,
        committee,
        '不属于教代会职权范围',
        { asSuggestion: false, departments: [], dueOn: '2026-12-23' },
        now,
      ).status,
    ).toBe('declined');
    const s = decline(
      filed,
      committee,
      '属于日常工作，作为建议转交',
      { asSuggestion: true, departments: [hq], dueOn: '2026-12-23' },
      now,
    );
    expect(s).toMatchObject({ kind: 'suggestion', status: 'accepted', departments: [hq] });
    expect(s.review).toMatchObject({ decision: 'decline', asSuggestion: true });
  });
});

describe('answering and rating', () => {
  const accepted = () => accept(filedWithCosigners(), committee, [hq, jwc], '2026-12-23', '', now);
  const handler: Person = { staffNo: '100020', name: '孙处长' };

  it('a department answers only what is assigned to it, once per round', () => {
    const doc = accepted();
    expect(() =>
      answer(doc, { id: 'rsc', name: '人事处' }, handler, '已解决', '已经办好了，谢谢关心。', now),
    ).toThrow(expect.objectContaining({ code: 'proposals.not_assigned' }));
    const one = answer(doc, hq, handler, '正在解决', '已安排增设窗口，下月启用。', now);
    expect(one.status).toBe('in_handling');
    expect(() => answer(one, hq, handler, '已解决', '再答一次。', now)).toThrow(
      expect.objectContaining({ code: 'proposals.already_answered' }),
    );
    expect(answer(one, jwc, handler, '列入计划', '纳入明年计划。', now).status).toBe('answered');
  });

  it('不满意 sends it back once for a second answer; then any rating closes it', () => {
    let doc = answer(
      answer(accepted(), hq, handler, '正在解决', '已安排。', now),
      jwc,
      handler,
      '列入计划',
      '明年。',
      now,
    );
    expect(() => rate(doc, a, '满意', '', now)).toThrow(
      expect.objectContaining({ code: 'proposals.not_proposer' }),
    );
    doc = rate(doc, me, '不满意', '时间太晚', now);
    expect(doc).toMatchObject({ status: 'accepted', round: 2, dueOn: '2026-12-08' });
    doc = answer(doc, hq, handler, '已解决', '窗口已开。', now);
    doc = answer(doc, jwc, handler, '已解决', '已落实。', now);
    expect(doc.status).toBe('answered');
    doc = rate(doc, me, '不满意', '', now);
    expect(doc).toMatchObject({ status: 'closed', round: 2 });
    expect(doc.ratings.map((r) => r.rating)).toEqual(['不满意', '不满意']);
    expect(() => rate(doc, me, '满意', '', now)).toThrow(
      expect.objectContaining({ code: 'proposals.wrong_status' }),
    );
  });

  it('满意 closes at once', () => {
    const doc = answer(
      answer(accepted(), hq, handler, '已解决', '已安排。', now),
      jwc,
      handler,
      '已解决',
      '好的。',
      now,
    );
    expect(rate(doc, me, '基本满意', '', now).status).toBe('closed');
  });

  it('highlights answers past their due day', () => {
    expect(isOverdue({ status: 'accepted', dueOn: '2026-11-22' }, now)).toBe(true);
    expect(isOverdue({ status: 'accepted', dueOn: '2026-11-23' }, now)).toBe(false);
    expect(isOverdue({ status: 'answered', dueOn: '2026-11-01' }, now)).toBe(false);
  });
});

describe('the status machine', () => {
  it('refuses moves it does not list and ends in closed, merged or declined', () => {
    expect(nextStatus('awaiting_cosign', 'accept')).toBeNull();
    expect(nextStatus('closed', 'send_back')).toBeNull();
    expect(nextStatus('answered', 'send_back')).toBe('accepted');
    for (const end of ['closed', 'merged', 'declined'] as const)
      expect(TRANSITIONS[end]).toEqual({});
    expect(boardGroup('merged')).toBe('closed');
    expect(boardGroup('awaiting_cosign')).toBeNull();
  });
});

describe('contract aliases', () => {
  it('takes Chinese values and English aliases for ratings and answer statuses', () => {
    expect(rateInput.parse({ proposalId: 'p', rating: 'basically_satisfied' }).rating).toBe(
      '基本满意',
    );
    expect(rateInput.parse({ proposalId: 'p', rating: '不满意' }).rating).toBe('不满意');
    expect(
      answerInput.parse({
        proposalId: 'p',
        status: 'not_feasible',
        text: '因为经费原因今年暂时做不了',
      }).status,
    ).toBe('因条件限制暂不能解决');
    expect(rateInput.safeParse({ proposalId: 'p', rating: 'meh' }).success).toBe(false);
  });

  it('needs a target to merge, departments to accept and a reason to decline', () => {
    expect(reviewInput.safeParse({ proposalId: 'p', decision: 'merge' }).success).toBe(false);
    expect(
      reviewInput.safeParse({ proposalId: 'p', decision: 'merge', mergeInto: 'q' }).success,
    ).toBe(true);
    expect(reviewInput.safeParse({ proposalId: 'p', decision: 'accept' }).success).toBe(false);
    expect(
      reviewInput.safeParse({ proposalId: 'p', decision: 'accept', departments: ['教务处'] })
        .success,
    ).toBe(true);
    expect(reviewInput.safeParse({ proposalId: 'p', decision: 'decline' }).success).toBe(false);
  });
});

describe('D11: the board and the badges say the same', () => {
  it('names each status the way its board group is named, and the closed group covers all ends', () => {
    for (const s of PROPOSAL_STATUSES) {
      const g = boardGroup(s);
      if (g && g !== 'closed') expect(STATUS_LABELS[s]).toBe(BOARD_GROUP_LABELS[g]);
    }
    // 已并案 and 不立案 sit under a group that does not claim they were 办结
    expect(BOARD_GROUP_LABELS.closed).toBe('已结束');
    expect(boardGroup('merged')).toBe('closed');
    expect(boardGroup('declined')).toBe('closed');
  });
});
