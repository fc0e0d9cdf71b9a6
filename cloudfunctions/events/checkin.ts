// The pass (a rotating QR token + typed code), check-in at the door, attendance and its export.
import type { z } from 'zod';
import type { checkinInput } from '../../domain/events/contract';
import { signupIdOf, type EventDoc, type SignupDoc } from '../../domain/events/model';
import { beijingDateTime } from '../../domain/time';
import { audit, VisibleError, type CallContext } from '../_kit';
import { issuePass, passAnswer, shortNoOfCode, verifyCode, verifyToken } from '../_kit/pass';
import { underTypedCodeLimits } from '../_kit/rate-limit';
import { toXlsx } from '../_kit/xlsx';
import { loadEvent, loadManaged } from './access';
import { branchNames } from '../_kit/roster-repo';
import { findByShortNo, getSignup, listSignups, stampCheckin } from './signup-repo';

export async function pass(input: { eventId: string }, ctx: CallContext) {
  const me = ctx.me();
  const [event, s] = await Promise.all([
    loadEvent(ctx, input.eventId),
    getSignup(ctx.db, signupIdOf(input.eventId, me.staffNo)),
  ]);
  if (event.status === 'cancelled')
    throw new VisibleError('events.cancelled', '这个活动已取消，不需要签到了。');
  if (!s || s.status !== 'confirmed' || !s.shortNo) {
    const why =
      s?.status === 'waitlisted'
        ? '你还在候补中，递补成功后才有签到码。'
        : s?.status === 'pending'
          ? '报名还没确定（等审核或抽签），确定后才有签到码。'
          : '你还没有报名成功这个活动，没有签到码。';
    throw new VisibleError('events.no_pass', why);
  }
  if (ctx.now >= event.endAt)
    throw new VisibleError('events.over', '活动已结束，签到码不再需要了。');
  const p = issuePass('e', s._id, s.shortNo, ctx.now);
  return {
    ...passAnswer(p, ctx.now),
    event: {
      title: event.title,
      location: event.location,
      startAt: event.startAt.toISOString(),
      endAt: event.endAt.toISOString(),
    },
  };
}

const TOKEN_PROBLEMS: Record<string, [string, string]> = {
  malformed: [
    'events.pass_invalid',
    '这不是工会活动的签到码，请让对方在小程序「活动」里打开签到码。',
  ],
  forged: [
    'events.pass_forged',
    '签到码无效（可能是截图改过或伪造的）。请让对方在小程序里重新打开签到码。',
  ],
  other_kind: [
    'events.pass_wrong_kind',
    '这是福利领取码，不是活动签到码。请让对方打开活动的签到码。',
  ],
  expired: ['events.pass_expired', '签到码已过期（签到码每 30 秒刷新）。请让对方刷新后再扫一次。'],
};

/** Finds whose pass this is: a scanned token, a typed code, or (manual) a staff number. */
async function findSignup(
  input: z.output<typeof checkinInput>,
  event: EventDoc,
  ctx: CallContext,
): Promise<SignupDoc | null> {
  if ('token' in input) {
    const v = verifyToken(input.token, 'e', ctx.now);
    if (!v.ok) {
      const [code, message] = TOKEN_PROBLEMS[v.reason];
      throw new VisibleError(code, message);
    }
    if (!v.subject.startsWith(`${event._id}:`)) {
      throw new VisibleError(
        'events.other_event',
        '这是另一个活动的签到码，不是本活动的。请让对方打开本活动的签到码。',
      );
    }
    return getSignup(ctx.db, v.subject);
  }
  if ('code' in input) {
    const shortNo = shortNoOfCode(input.code);
    if (shortNo === null)
      throw new VisibleError('events.code_invalid', '签到码是 8 位数字，请核对后再输入。');
    // typed codes are short enough to guess: wrong ones are limited per operator and per pass
    return underTypedCodeLimits(ctx, {
      limitedCode: 'events.rate_limited',
      target: event._id,
      subjectKey: `e:${event._id}:${shortNo}`,
      run: async () => {
        const s = await findByShortNo(ctx.db, event._id, shortNo);
        if (!s || !verifyCode(input.code, 'e', s._id, ctx.now)) {
          throw new VisibleError(
            'events.code_invalid',
            '签到码不对或已过期。请让对方刷新签到码，再读一次数字。',
          );
        }
        return s;
      },
    });
  }
  return getSignup(ctx.db, signupIdOf(event._id, input.staffNo));
}

/** Checks one person in, once: a repeat answers `already` with the first time. */
export async function checkin(input: z.output<typeof checkinInput>, ctx: CallContext) {
  const event = await loadManaged(ctx, input.eventId);
  if (event.status === 'cancelled')
    throw new VisibleError('events.cancelled', '这个活动已取消，不能签到。');
  const s = await findSignup(input, event, ctx);
  if (!s || s.status !== 'confirmed') {
    const who = s ? `${s.name}` : '这位教职工';
    const why =
      s?.status === 'waitlisted'
        ? '还在候补中'
        : s?.status === 'cancelled'
          ? '已取消报名'
          : s?.status === 'pending'
            ? '报名还没确定'
            : '没有报名这个活动';
    throw new VisibleError(
      'events.not_signed_up',
      `${who}${why}，不能签到。如需现场补录，请联系活动负责人。`,
    );
  }
  const answer = (at: Date, already: boolean) => ({
    staffNo: s.staffNo,
    name: s.name,
    checkedInAt: at.toISOString(),
    already,
  });
  if (s.checkedInAt) return answer(s.checkedInAt, true);
  if (await stampCheckin(ctx.db, s._id, ctx.now, ctx.me().staffNo)) {
    const how = 'token' in input ? 'ok' : 'code' in input ? 'ok_code' : 'ok_manual';
    await audit(ctx, { target: s._id, outcome: how });
    return answer(ctx.now, false);
  }
  const again = await getSignup(ctx.db, s._id);
  if (again?.checkedInAt) return answer(again.checkedInAt, true);
  throw new VisibleError('events.not_signed_up', `${s.name}刚刚取消了报名，不能签到。`);
}

function rowsOf(list: SignupDoc[]) {
  const waiting = list
    .filter((s) => s.status === 'waitlisted')
    .sort((a, b) => (a.waitSeq ?? 0) - (b.waitSeq ?? 0));
  const order: Record<string, number> = {
    confirmed: 0,
    pending: 1,
    waitlisted: 2,
    rejected: 3,
    cancelled: 4,
  };
  return [...list]
    .sort(
      (a, b) =>
        order[a.status] - order[b.status] ||
        (a.shortNo ?? 0) - (b.shortNo ?? 0) ||
        (a.waitSeq ?? 0) - (b.waitSeq ?? 0),
    )
    .map((s) => ({
      staffNo: s.staffNo,
      name: s.name,
      branchId: s.branchId,
      status: s.status,
      ...(s.shortNo !== undefined ? { shortNo: s.shortNo } : {}),
      ...(s.status === 'waitlisted' ? { waitPosition: waiting.indexOf(s) + 1 } : {}),
      ...(s.checkedInAt ? { checkedInAt: s.checkedInAt.toISOString() } : {}),
      ...(s.teamName ? { teamName: s.teamName } : {}),
    }));
}

export async function attendance(input: { eventId: string }, ctx: CallContext) {
  const event = await loadManaged(ctx, input.eventId);
  const [list, branches] = await Promise.all([listSignups(ctx.db, event._id), branchNames(ctx.db)]);
  const count = (st: string) => list.filter((s) => s.status === st).length;
  return {
    title: event.title,
    startAt: event.startAt.toISOString(),
    endAt: event.endAt.toISOString(),
    approvals:
      event.allocation === 'first_come' &&
      !event.team &&
      (event.approval || list.some((s) => s.status === 'pending')),
    confirmed: count('confirmed'),
    checkedIn: list.filter((s) => s.status === 'confirmed' && s.checkedInAt).length,
    waitlisted: count('waitlisted'),
    pending: count('pending'),
    list: rowsOf(list.filter((s) => s.status !== 'cancelled')).map((r) => ({
      ...r,
      branchName: branches.get(r.branchId) ?? r.branchId,
    })),
  };
}

const STATUS_LABELS: Record<string, string> = {
  confirmed: '已报名',
  waitlisted: '候补',
  pending: '待定',
  cancelled: '已取消',
  rejected: '未通过',
};

export async function exportAttendance(input: { eventId: string }, ctx: CallContext) {
  const event = await loadManaged(ctx, input.eventId);
  const [list, branches] = await Promise.all([listSignups(ctx.db, event._id), branchNames(ctx.db)]);
  const rows = rowsOf(list.filter((s) => s.status !== 'cancelled'));
  const file = await toXlsx(
    `${event.title}-签到表.xlsx`,
    '签到表',
    [
      { header: '工号', value: (r) => r.staffNo },
      { header: '姓名', value: (r) => r.name },
      { header: '分工会', width: 28, value: (r) => branches.get(r.branchId) ?? r.branchId },
      {
        header: '状态',
        value: (r) => STATUS_LABELS[r.status] + (r.waitPosition ? ` 第${r.waitPosition}位` : ''),
      },
      { header: '队伍', value: (r) => r.teamName ?? '' },
      // the ticket number only for people who came: a number beside an absentee reads as attended
      { header: '签到号', value: (r) => (r.checkedInAt ? (r.shortNo ?? '') : '') },
      {
        header: '签到时间',
        width: 16,
        value: (r) => (r.checkedInAt ? beijingDateTime(r.checkedInAt) : '未签到'),
      },
    ],
    rows,
  );
  return { filename: file.filename, base64: file.base64, rows: file.rows };
}
