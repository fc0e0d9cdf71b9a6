// Pure decisions about events: where an event is in its life, what a person can do on it (one
// line, with the reason when not), waitlist places, and the checks behind sign-up and cancel.
import { beijingDateTime, beijingDay, daysBetween } from '../time';
import type { Allocation, SignupStatus, Verdict } from './contract';
import type { Eligibility } from './audience';

export type Phase = 'upcoming' | 'open' | 'closed' | 'over';

export interface EventTimes {
  signupOpenAt: Date;
  signupCloseAt: Date;
  endAt: Date;
}

export function phaseOf(e: EventTimes, now: Date): Phase {
  if (now >= e.endAt) return 'over';
  if (now < e.signupOpenAt) return 'upcoming';
  if (now < e.signupCloseAt) return 'open';
  return 'closed';
}

export interface VerdictInput extends EventTimes {
  status: 'draft' | 'published' | 'cancelled';
  allocation: Allocation;
  approval: boolean;
  waitlist: boolean;
  capacity: number;
  seatsLeft: number;
  cancelCutoffAt: Date;
  team?: unknown;
  lotteryDrawn: boolean;
}

export interface Mine {
  status: SignupStatus;
  waitPosition?: number;
}

/** What the caller can do here, said in one line — and why not, when they cannot. */
export function verdictOf(
  e: VerdictInput,
  mine: Mine | null,
  eligibility: Eligibility,
  now: Date,
): Verdict {
  if (e.status === 'cancelled') return { can: 'none', line: '这个活动已取消。' };
  if (e.status === 'draft') return { can: 'none', line: '活动还没有发布。' };
  const phase = phaseOf(e, now);
  const canCancel = now < e.cancelCutoffAt && phase !== 'over';
  if (mine && mine.status !== 'cancelled' && mine.status !== 'rejected') {
    if (mine.status === 'confirmed') {
      return phase === 'over'
        ? { can: 'none', line: '活动已结束，谢谢参加。' }
        : {
            can: 'pass',
            line: '你已报名成功，到场时出示签到码。' + (canCancel ? '' : '已过取消截止时间。'),
          };
    }
    if (mine.status === 'waitlisted') {
      const place = mine.waitPosition ? `你在候补第 ${mine.waitPosition} 位` : '你在候补名单中';
      return {
        can: canCancel ? 'cancel' : 'none',
        line: `${place}，有人取消时按顺序递补，递补成功会通知你。`,
      };
    }
    // pending
    if (e.allocation === 'lottery' && !e.lotteryDrawn) {
      return {
        can: canCancel ? 'cancel' : 'none',
        line: `已参加抽签，${beijingDateTime(e.signupCloseAt)} 报名截止后开奖。`,
      };
    }
    return {
      can: canCancel ? 'cancel' : 'none',
      line: '待审核：报名已提交，组织者审核后会通知你。',
    };
  }
  if (mine?.status === 'rejected')
    return { can: 'none', line: '你的报名没有通过审核，有疑问请联系组织者。' };
  if (e.team) return { can: 'none', line: '这是分工会组队参加的比赛，由分工会主席报名。' };
  if (!eligibility.ok) return { can: 'none', line: `你不能报名：${eligibility.reason}。` };
  if (phase === 'over') return { can: 'none', line: '活动已结束。' };
  if (phase === 'upcoming')
    return { can: 'none', line: `还没开始报名，${beijingDateTime(e.signupOpenAt)} 开放报名。` };
  if (phase === 'closed') return { can: 'none', line: '报名已截止。' };
  if (e.allocation === 'lottery') {
    return {
      can: 'apply',
      line: `共 ${e.capacity} 个名额，报名截止后公开抽签，现在可以报名参加。`,
    };
  }
  if (e.seatsLeft <= 0) {
    return e.waitlist
      ? { can: 'waitlist', line: '名额已满，可以排队候补，有人取消时按顺序递补。' }
      : { can: 'none', line: '名额已满，下次早点来。' };
  }
  if (e.approval) return { can: 'apply', line: `还剩 ${e.seatsLeft} 个名额，报名后由组织者审核。` };
  return { can: 'signup', line: `还剩 ${e.seatsLeft} 个名额，现在可以报名。` };
}

/** Why a sign-up is refused now, or null when the window is open. */
export function windowProblem(
  e: EventTimes & { status: string },
  now: Date,
): { code: string; message: string } | null {
  if (e.status === 'cancelled')
    return { code: 'events.cancelled', message: '这个活动已取消，不能报名。' };
  if (e.status !== 'published')
    return { code: 'events.not_published', message: '活动还没有发布，暂时不能报名。' };
  const phase = phaseOf(e, now);
  if (phase === 'upcoming') {
    return {
      code: 'events.not_open',
      message: `还没开始报名，请在 ${beijingDateTime(e.signupOpenAt)} 之后再来。`,
    };
  }
  if (phase !== 'open') return { code: 'events.closed', message: '报名已截止，下次活动早点报名。' };
  return null;
}

/** 1-based place of `mine` among the waitlisted arrival numbers (smaller number: earlier). */
export function waitPosition(mySeq: number, others: readonly number[]): number {
  return others.filter((s) => s < mySeq).length + 1;
}

/** The seat-holder condition and quota key of a branch, when the event has quotas for it. */
export function quotaKeyOf(
  quotas: Record<string, number> | undefined,
  branchId: string,
): string | null {
  return quotas && branchId in quotas ? `quotaLeft.${branchId}` : null;
}

/** How early the door may open before the start without a word (people arrive early). */
export const CHECKIN_EARLY_MS = 2 * 3600_000;

/**
 * A warning for the organizer when check-in happens far from the event's time: days before it
 * (the wrong event picked?) or after it ended. null when now is a sensible time to check in.
 */
export function checkinTimingWarning(startAt: Date, endAt: Date, now: Date): string | null {
  if (now.getTime() < startAt.getTime() - CHECKIN_EARLY_MS) {
    const days = daysBetween(beijingDay(now), beijingDay(startAt));
    const when = `${beijingDateTime(startAt)} 开始`;
    return days >= 1
      ? `这个活动 ${when}，还有 ${days} 天。现在签到会记为已到场，请确认是这个活动。`
      : `这个活动 ${when}，还没到时间。现在签到会记为已到场，请确认是这个活动。`;
  }
  if (now >= endAt) return `这个活动已于 ${beijingDateTime(endAt)} 结束，现在签到会补记为已到场。`;
  return null;
}
