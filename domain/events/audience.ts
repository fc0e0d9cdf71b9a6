// Who may sign up for an event: the audience rules, checked against facts loaded beforehand.
// `checkEligibility` is the one hook: the mixer feature extends it through `facts.mixerDeclared`.
import { ageOn, beijingDay } from '../time';
import type { AudienceRule } from './contract';

export interface EligibilityFacts {
  staff: {
    staffNo: string;
    gender?: '男' | '女';
    member: boolean;
    status: '在职' | '退休';
    branchId: string;
    birth?: string;
  };
  /** is the caller a member (status 'member') of the club an audience rule names? undefined: not loaded */
  clubMember?: boolean;
  /** for mixer events: has the caller filed a declaration (mixer_declarations `<eventId>:<staffNo>`)? */
  mixerDeclared?: boolean;
  now: Date;
}

export interface EventForEligibility {
  audience: AudienceRule[];
  mixer: boolean;
  startAt: Date;
}

export type Eligibility = { ok: true } | { ok: false; reason: string };

/** Does one rule let this person in? The reason says why not, in plain words. */
function checkRule(rule: AudienceRule, facts: EligibilityFacts, day: string): Eligibility {
  const s = facts.staff;
  switch (rule.kind) {
    case 'all':
      return { ok: true };
    case 'members':
      return s.member ? { ok: true } : { ok: false, reason: '这个活动只面向工会会员' };
    case 'women':
      return s.gender === '女' ? { ok: true } : { ok: false, reason: '这个活动面向女教职工' };
    case 'retirees':
      return s.status === '退休' ? { ok: true } : { ok: false, reason: '这个活动面向退休教职工' };
    case 'branches':
      return rule.branchIds.includes(s.branchId)
        ? { ok: true }
        : { ok: false, reason: '这个活动只面向部分分工会' };
    case 'age': {
      if (!s.birth) return { ok: false, reason: '花名册里缺少你的出生年月，请联系分工会' };
      const age = ageOn(s.birth, day);
      if (rule.min !== undefined && age < rule.min)
        return { ok: false, reason: `这个活动面向 ${rule.min} 岁及以上的教职工` };
      if (rule.max !== undefined && age > rule.max)
        return { ok: false, reason: `这个活动面向 ${rule.max} 岁及以下的教职工` };
      return { ok: true };
    }
    case 'named':
      return rule.staffNos.includes(s.staffNo)
        ? { ok: true }
        : { ok: false, reason: '这个活动只面向指定名单里的教职工' };
    case 'club':
      if (rule.openToAll || facts.clubMember) return { ok: true };
      return { ok: false, reason: '这个活动面向社团成员，先加入社团再报名' };
  }
}

/** The eligibility hook: every audience rule must hold, and a mixer needs a declaration first. */
export function checkEligibility(event: EventForEligibility, facts: EligibilityFacts): Eligibility {
  // age is judged on the day of the event (a 50th birthday the week before counts)
  const day = beijingDay(event.startAt);
  for (const rule of event.audience) {
    const r = checkRule(rule, facts, day);
    if (!r.ok) return r;
  }
  if (event.mixer && !facts.mixerDeclared) {
    return { ok: false, reason: '联谊活动要先填写个人声明，再报名' };
  }
  return { ok: true };
}

/**
 * For lists: why I cannot sign up, from the rules that need no further facts (a club rule needs
 * my membership and a mixer my declaration: those are left to the event page). null: I may.
 */
export function listIneligibility(
  event: EventForEligibility,
  staff: EligibilityFacts['staff'],
  now: Date,
): string | null {
  const day = beijingDay(event.startAt);
  for (const rule of event.audience) {
    if (rule.kind === 'club') continue;
    const r = checkRule(rule, { staff, now }, day);
    if (!r.ok) return r.reason;
  }
  return null;
}

/** The club an event's audience names, if any (the caller's membership must then be loaded). */
export function clubOf(audience: AudienceRule[]): { clubId: string; openToAll: boolean } | null {
  const rule = audience.find(
    (r): r is Extract<AudienceRule, { kind: 'club' }> => r.kind === 'club',
  );
  return rule ? { clubId: rule.clubId, openToAll: rule.openToAll } : null;
}

/** "面向：工会会员 · 女教职工" — the audience in words, for the event page. */
export function describeAudience(
  audience: AudienceRule[],
  branchName: (id: string) => string = (id) => id,
): string {
  if (!audience.length || audience.every((r) => r.kind === 'all')) return '全体教职工';
  return audience
    .map((r) => {
      switch (r.kind) {
        case 'all':
          return '全体教职工';
        case 'members':
          return '工会会员';
        case 'women':
          return '女教职工';
        case 'retirees':
          return '退休教职工';
        case 'branches':
          return r.branchIds.map(branchName).join('、');
        case 'age':
          if (r.min !== undefined && r.max !== undefined) return `${r.min}–${r.max} 岁`;
          return r.min !== undefined ? `${r.min} 岁及以上` : `${r.max ?? ''} 岁及以下`;
        case 'named':
          return `指定名单（${r.staffNos.length} 人）`;
        case 'club':
          return r.openToAll ? '社团成员优先，全体教职工可报' : '社团成员';
      }
    })
    .join(' · ');
}
