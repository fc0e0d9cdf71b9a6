// How trips read on screen: money in 元, the climbing level in words, dates, statuses with what to
// do next, picking preferences in order, and the admin's simple plan form → createPlan input.
import type { In, Out } from './api';
import { beijing } from '../../../domain/time';

/** 250000 fen → "2500 元"; 12345 → "123.45 元". */
export function yuan(fen: number): string {
  const y = fen / 100;
  return `${Number.isInteger(y) ? y : y.toFixed(2)} 元`;
}

const LEVELS = ['', '轻松', '较轻松', '适中', '较累', '登山较多'];

/** 1–5 → "强度 2 级（较轻松）". */
export function levelText(level?: number): string {
  if (!level) return '';
  return `强度 ${level} 级（${LEVELS[level] ?? ''}）`;
}

/** "5月10日–5月13日" */
export function dateSpan(departAt: string, returnAt: string): string {
  const a = beijing(departAt).format('M月D日');
  const b = beijing(returnAt).format('M月D日');
  return a === b ? a : `${a}–${b}`;
}

type Mine = Out<'trips.mine'>;

/** What my status means and what I can do next. */
export function statusLine(m: Mine): { title: string; next: string } {
  switch (m.status) {
    case 'none':
      return { title: '你还没有报名', next: '选好志愿（最多 3 个），点「提交报名」。' };
    case 'applied':
      return { title: '已报名，等待分配', next: '截止前可以修改志愿或退出；分配后会通知你。' };
    case 'assigned':
      return {
        title: '你获得了名额，请确认',
        next: m.confirmBy
          ? `请在 ${beijing(m.confirmBy).format('M月D日 HH:mm')} 前确认，逾期名额让给候补的同事。`
          : '请尽快确认。',
      };
    case 'confirmed':
      return { title: '已确认参加', next: '出发当天给领队看「出发签到码」。' };
    case 'waitlisted':
      return {
        title: m.waitPosition ? `候补中，第 ${m.waitPosition} 位` : '候补中',
        next: '有人放弃时按顺序递补，递补成功会通知你确认。',
      };
    case 'declined':
      return {
        title: '已放弃',
        next: m.countsAsTravelled
          ? '成团后退出，按规定记为已参加过一次。'
          : '名额已让给候补的同事。',
      };
    case 'expired':
      return { title: '确认已过期', next: '没有在期限内确认，名额已让给候补的同事。' };
  }
}

/** Taps a group: adds it as the next preference (max 3), or takes it out. */
export function togglePreference(choices: readonly string[], groupId: string): string[] {
  if (choices.includes(groupId)) return choices.filter((c) => c !== groupId);
  if (choices.length >= 3) return [...choices];
  return [...choices, groupId];
}

export interface PlanForm {
  name: string;
  openDay: string;
  closeDay: string;
  serviceYears: string;
  cycleYears: string;
  routes: {
    name: string;
    days: string;
    level: string;
    costYuan: string;
    subsidyYuan: string;
    departDay: string;
    capacity: string;
    /** optional: 领队工号, 集合地点, a picture address */
    leaderNo?: string;
    meetingPoint?: string;
    picture?: string;
  }[];
}

const dayStart = (d: string) => `${d}T00:00:00+08:00`;
const num = (s: string) => (s.trim() === '' ? undefined : Number(s));

/** The simple form (one group per route line) → the createPlan input; the server checks it. */
export function planInput(f: PlanForm): In<'trips.createPlan'> {
  return {
    name: f.name.trim(),
    applyOpenAt: dayStart(f.openDay),
    applyCloseAt: dayStart(f.closeDay),
    serviceYears: Number(f.serviceYears || 0),
    cycleYears: Number(f.cycleYears || 0),
    routes: f.routes.map((r) => {
      const days = num(r.days) ?? 1;
      const depart = new Date(`${r.departDay}T08:00:00+08:00`);
      const back = new Date(depart.getTime() + (days - 1) * 86_400_000 + 9 * 3_600_000);
      const cost = num(r.costYuan);
      const subsidy = num(r.subsidyYuan);
      return {
        name: r.name.trim(),
        days,
        ...(num(r.level) ? { level: num(r.level) } : {}),
        ...(cost !== undefined ? { costFen: Math.round(cost * 100) } : {}),
        ...(subsidy !== undefined ? { subsidyFen: Math.round(subsidy * 100) } : {}),
        ...(cost !== undefined && subsidy !== undefined
          ? { selfPaidFen: Math.max(0, Math.round((cost - subsidy) * 100)) }
          : {}),
        ...(r.picture?.trim() ? { pictures: [r.picture.trim()] } : {}),
        groups: [
          {
            departAt: depart.toISOString(),
            returnAt: back.toISOString(),
            capacity: Number(r.capacity || 0),
            ...(r.leaderNo?.trim() ? { leaderNo: r.leaderNo.trim() } : {}),
            ...(r.meetingPoint?.trim() ? { meetingPoint: r.meetingPoint.trim() } : {}),
          },
        ],
      };
    }),
  };
}

/** "第 1 志愿" … for a chosen group. */
export const preferenceLabel = (i: number) => `第 ${i + 1} 志愿`;
