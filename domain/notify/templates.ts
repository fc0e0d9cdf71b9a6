// Subscription-message templates as config: each notice kind maps to a template id read from the
// function's environment (TEMPLATE_EVENT_REMINDER …) and to a builder of that template's fields
// within WeChat's limits. Values that are too long are cut cleanly, never rejected.
import { beijing } from '../time';
import type { NoticeKind } from './notice';

/** WeChat's field types and their limits (characters). */
export type FieldType = 'thing' | 'phrase' | 'name' | 'number' | 'character_string' | 'time';

export const FIELD_LIMITS: Record<FieldType, number> = {
  thing: 20,
  phrase: 5,
  name: 10,
  number: 32,
  character_string: 32,
  time: 32,
};

/** What a builder reads: the notice as stored. */
export interface TemplateSource {
  title: string;
  body: string;
  fields?: Record<string, string>;
  createdAt: Date;
}

interface FieldSpec {
  key: string;
  type: FieldType;
  /** the raw value (cut to the limit afterwards) */
  from(n: TemplateSource): string | undefined;
  /** used when the raw value is empty */
  fallback: string;
}

export interface TemplateSpec {
  kind: NoticeKind;
  /** the environment variable holding the template id */
  env: string;
  /** the template's name as the WeChat template library lists it (shown in the subscribe dialog) */
  name: string;
  fields: FieldSpec[];
}

const f = (n: TemplateSource, key: string) => n.fields?.[key];

/**
 * The template of each kind: pick templates with exactly these keywords in the WeChat console
 * (订阅消息 → 选用模板) and put their ids in the function's environment.
 */
export const TEMPLATES: Record<NoticeKind, TemplateSpec> = {
  event_reminder: {
    kind: 'event_reminder',
    env: 'TEMPLATE_EVENT_REMINDER',
    name: '活动开始提醒',
    fields: [
      { key: 'thing1', type: 'thing', from: (n) => f(n, 'title') ?? n.title, fallback: '工会活动' },
      { key: 'time2', type: 'time', from: (n) => f(n, 'time'), fallback: '' },
      { key: 'thing3', type: 'thing', from: (n) => f(n, 'location'), fallback: '见活动详情' },
      {
        key: 'thing4',
        type: 'thing',
        from: (n) => f(n, 'tip'),
        fallback: '请准时到场，出示签到码',
      },
    ],
  },
  signup_result: {
    kind: 'signup_result',
    env: 'TEMPLATE_SIGNUP_RESULT',
    name: '报名结果通知',
    fields: [
      { key: 'thing1', type: 'thing', from: (n) => f(n, 'title') ?? n.title, fallback: '工会活动' },
      { key: 'phrase2', type: 'phrase', from: (n) => f(n, 'result'), fallback: '报名成功' },
      { key: 'time3', type: 'time', from: (n) => f(n, 'time'), fallback: '' },
      { key: 'thing4', type: 'thing', from: (n) => n.body, fallback: '打开小程序查看详情' },
    ],
  },
  event_cancelled: {
    kind: 'event_cancelled',
    env: 'TEMPLATE_EVENT_CANCELLED',
    name: '活动取消通知',
    fields: [
      { key: 'thing1', type: 'thing', from: (n) => f(n, 'title') ?? n.title, fallback: '工会活动' },
      { key: 'time2', type: 'time', from: (n) => f(n, 'time'), fallback: '' },
      { key: 'thing3', type: 'thing', from: (n) => f(n, 'reason'), fallback: '活动取消' },
    ],
  },
  lottery_result: {
    kind: 'lottery_result',
    env: 'TEMPLATE_LOTTERY_RESULT',
    name: '抽签结果通知',
    fields: [
      { key: 'thing1', type: 'thing', from: (n) => f(n, 'title') ?? n.title, fallback: '工会活动' },
      { key: 'phrase2', type: 'phrase', from: (n) => f(n, 'result'), fallback: '已出结果' },
      { key: 'thing3', type: 'thing', from: (n) => n.body, fallback: '打开小程序查看详情' },
    ],
  },
  gift_reminder: {
    kind: 'gift_reminder',
    env: 'TEMPLATE_GIFT_REMINDER',
    name: '福利领取提醒',
    fields: [
      { key: 'thing1', type: 'thing', from: (n) => f(n, 'title') ?? n.title, fallback: '工会福利' },
      { key: 'time2', type: 'time', from: (n) => f(n, 'deadline'), fallback: '' },
      {
        key: 'thing3',
        type: 'thing',
        from: (n) => f(n, 'tip'),
        fallback: '还没选礼包，请尽快选择',
      },
    ],
  },
  pickup_ready: {
    kind: 'pickup_ready',
    env: 'TEMPLATE_PICKUP_READY',
    name: '礼品领取通知',
    fields: [
      { key: 'thing1', type: 'thing', from: (n) => f(n, 'title') ?? n.title, fallback: '工会福利' },
      { key: 'thing2', type: 'thing', from: (n) => f(n, 'place'), fallback: '见领取码页面' },
      { key: 'thing3', type: 'thing', from: (n) => f(n, 'hours'), fallback: '见领取码页面' },
    ],
  },
  steps_nudge: {
    kind: 'steps_nudge',
    env: 'TEMPLATE_STEPS_NUDGE',
    name: '健步走同步提醒',
    fields: [
      { key: 'thing1', type: 'thing', from: (n) => f(n, 'title') ?? n.title, fallback: '健步走' },
      { key: 'thing2', type: 'thing', from: (n) => f(n, 'tip'), fallback: '今天还没同步步数' },
    ],
  },
  proposal_answered: {
    kind: 'proposal_answered',
    env: 'TEMPLATE_PROPOSAL_ANSWERED',
    name: '提案答复通知',
    fields: [
      { key: 'thing1', type: 'thing', from: (n) => f(n, 'title') ?? n.title, fallback: '你的提案' },
      { key: 'thing2', type: 'thing', from: (n) => f(n, 'department'), fallback: '承办部门' },
      { key: 'phrase3', type: 'phrase', from: (n) => f(n, 'status'), fallback: '已答复' },
    ],
  },
  trip_result: {
    kind: 'trip_result',
    env: 'TEMPLATE_TRIP_RESULT',
    name: '活动报名结果通知',
    fields: [
      { key: 'thing1', type: 'thing', from: (n) => f(n, 'title') ?? n.title, fallback: '疗休养' },
      { key: 'phrase2', type: 'phrase', from: (n) => f(n, 'result'), fallback: '有新进展' },
      { key: 'thing3', type: 'thing', from: (n) => f(n, 'tip'), fallback: '打开小程序查看详情' },
    ],
  },
  care_update: {
    kind: 'care_update',
    env: 'TEMPLATE_CARE_UPDATE',
    name: '申请进度通知',
    fields: [
      { key: 'thing1', type: 'thing', from: () => undefined, fallback: '你的申请有新进展' },
      { key: 'thing2', type: 'thing', from: () => undefined, fallback: '请打开小程序查看' },
      { key: 'time3', type: 'time', from: () => undefined, fallback: '' },
    ],
  },
  broadcast: {
    kind: 'broadcast',
    env: 'TEMPLATE_BROADCAST',
    name: '工会通知',
    fields: [
      { key: 'thing1', type: 'thing', from: (n) => n.title, fallback: '工会通知' },
      { key: 'thing2', type: 'thing', from: (n) => n.body, fallback: '打开小程序查看' },
      { key: 'time3', type: 'time', from: () => undefined, fallback: '' },
    ],
  },
  checkup_reminder: {
    kind: 'checkup_reminder',
    env: 'TEMPLATE_CHECKUP_REMINDER',
    name: '体检预约提醒',
    fields: [
      {
        key: 'thing1',
        type: 'thing',
        from: (n) => f(n, 'title') ?? n.title,
        fallback: '教职工体检',
      },
      { key: 'time2', type: 'time', from: (n) => f(n, 'time'), fallback: '' },
      { key: 'thing3', type: 'thing', from: (n) => f(n, 'place'), fallback: '见体检页面' },
      { key: 'thing4', type: 'thing', from: (n) => f(n, 'tip'), fallback: '明早空腹，带身份证' },
    ],
  },
  checkup_nudge: {
    kind: 'checkup_nudge',
    env: 'TEMPLATE_CHECKUP_NUDGE',
    name: '体检预约提醒',
    fields: [
      {
        key: 'thing1',
        type: 'thing',
        from: (n) => f(n, 'title') ?? n.title,
        fallback: '教职工体检',
      },
      { key: 'time2', type: 'time', from: (n) => f(n, 'deadline'), fallback: '' },
      {
        key: 'thing3',
        type: 'thing',
        from: (n) => f(n, 'tip'),
        fallback: '还没预约体检，请尽快预约',
      },
    ],
  },
  award_review: {
    kind: 'award_review',
    env: 'TEMPLATE_AWARD_REVIEW',
    name: '审核结果通知',
    fields: [
      { key: 'thing1', type: 'thing', from: (n) => f(n, 'title') ?? n.title, fallback: '评优评先' },
      { key: 'phrase2', type: 'phrase', from: (n) => f(n, 'result'), fallback: '已审核' },
      { key: 'thing3', type: 'thing', from: (n) => f(n, 'tip'), fallback: '打开小程序查看详情' },
    ],
  },
  judge_assigned: {
    kind: 'judge_assigned',
    env: 'TEMPLATE_JUDGE_ASSIGNED',
    name: '评审任务通知',
    fields: [
      { key: 'thing1', type: 'thing', from: (n) => f(n, 'title') ?? n.title, fallback: '竞赛评分' },
      {
        key: 'thing2',
        type: 'thing',
        from: (n) => f(n, 'tip'),
        fallback: '你已被聘为评委，请按时评分',
      },
    ],
  },
};

/** The template id of a kind from config, or null when none is configured (inbox only). */
export function templateIdOf(
  kind: NoticeKind,
  env: Record<string, string | undefined>,
): string | null {
  const v = env[TEMPLATES[kind].env]?.trim();
  return v ? v : null;
}

const chars = (s: string) => Array.from(s);

/** Cuts text to `max` characters, ending with "…" when it had to cut. */
export function cut(text: string, max: number): string {
  const c = chars(text.replace(/\s+/g, ' ').trim());
  if (c.length <= max) return c.join('');
  return c.slice(0, max - 1).join('') + '…';
}

const HAN = /\p{Script=Han}/u;

/** The time field: 24-hour "YYYY年M月D日 HH:mm". Reads ISO instants, "YYYY-MM-DD HH:mm", "YYYY年M月D日
 * HH:mm", and "M月D日 HH:mm" (the app's short form; the year is the one nearest to `ref`). */
export function timeValue(raw: string | undefined, ref: Date): string {
  const fmt = (d: Date) => beijing(d).format('YYYY年M月D日 HH:mm');
  const s = (raw ?? '').trim();
  if (!s) return fmt(ref);
  let m = /^(\d{4})(?:年|-|\/)(\d{1,2})(?:月|-|\/)(\d{1,2})日?\s*(\d{1,2}):(\d{2})$/.exec(s);
  if (m)
    return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日 ${m[4].padStart(2, '0')}:${m[5]}`;
  m = /^(\d{1,2})月(\d{1,2})日\s*(\d{1,2}):(\d{2})$/.exec(s);
  if (m) {
    const refYear = beijing(ref).year();
    const refMs = ref.getTime();
    const candidates = [refYear - 1, refYear, refYear + 1].map((y) => ({
      y,
      ms: Date.UTC(y, Number(m![1]) - 1, Number(m![2]), Number(m![3]) - 8, Number(m![4])),
    }));
    candidates.sort((a, b) => Math.abs(a.ms - refMs) - Math.abs(b.ms - refMs));
    return `${candidates[0].y}年${Number(m[1])}月${Number(m[2])}日 ${m[3].padStart(2, '0')}:${m[4]}`;
  }
  const parsed = new Date(s);
  if (/\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(parsed.getTime())) return fmt(parsed);
  return fmt(ref);
}

/** One field's value within WeChat's limit for its type. */
export function fieldValue(
  type: FieldType,
  raw: string | undefined,
  fallback: string,
  ref: Date,
): string {
  if (type === 'time') return timeValue(raw, ref);
  const text = (raw ?? '').trim();
  if (type === 'phrase') {
    // only Chinese characters are allowed: keep them, no ellipsis
    const han = chars(text)
      .filter((c) => HAN.test(c))
      .slice(0, FIELD_LIMITS.phrase)
      .join('');
    return (
      han ||
      chars(fallback)
        .filter((c) => HAN.test(c))
        .slice(0, FIELD_LIMITS.phrase)
        .join('')
    );
  }
  if (type === 'name') {
    const v = chars(text || fallback)
      .slice(0, FIELD_LIMITS.name)
      .join('');
    return v;
  }
  if (type === 'number') {
    const digits = text.replace(/[^\d.]/g, '').slice(0, FIELD_LIMITS.number);
    return digits || '0';
  }
  if (type === 'character_string') {
    const v = text.replace(/[^\x21-\x7e]/g, '').slice(0, FIELD_LIMITS.character_string);
    return v || fallback.slice(0, FIELD_LIMITS.character_string);
  }
  return cut(text || fallback || '—', FIELD_LIMITS.thing);
}

/** The template's `data` for a notice: every field filled and within its limit. */
export function buildTemplateData(
  kind: NoticeKind,
  n: TemplateSource,
): Record<string, { value: string }> {
  const out: Record<string, { value: string }> = {};
  for (const spec of TEMPLATES[kind].fields) {
    out[spec.key] = { value: fieldValue(spec.type, spec.from(n), spec.fallback, n.createdAt) };
  }
  return out;
}
