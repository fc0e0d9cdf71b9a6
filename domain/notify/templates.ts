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

/** The template's subject line: the notice's `fields.title`, else its own title. */
const subject = (key: string, fallback: string): FieldSpec => ({
  key,
  type: 'thing',
  from: (n) => f(n, 'title') ?? n.title,
  fallback,
});
/** A field read from the notice's `fields[name]`. */
const field = (key: string, type: FieldType, name: string, fallback = ''): FieldSpec => ({
  key,
  type,
  from: (n) => f(n, name),
  fallback,
});
/** A field read from the notice's body. */
const body = (key: string, fallback: string): FieldSpec => ({
  key,
  type: 'thing',
  from: (n) => n.body,
  fallback,
});
/** A field that always says the same (tier 3 notices carry nothing about the case). */
const fixed = (key: string, type: FieldType, fallback: string): FieldSpec => ({
  key,
  type,
  from: () => undefined,
  fallback,
});
const template = <K extends NoticeKind>(
  kind: K,
  env: string,
  name: string,
  fields: FieldSpec[],
): TemplateSpec & { kind: K } => ({ kind, env, name, fields });

/**
 * The template of each kind: pick templates with exactly these keywords in the WeChat console
 * (订阅消息 → 选用模板) and put their ids in the function's environment.
 */
export const TEMPLATES: { [K in NoticeKind]: TemplateSpec & { kind: K } } = {
  event_reminder: template('event_reminder', 'TEMPLATE_EVENT_REMINDER', '活动开始提醒', [
    subject('thing1', '工会活动'),
    field('time2', 'time', 'time'),
    field('thing3', 'thing', 'location', '见活动详情'),
    field('thing4', 'thing', 'tip', '请准时到场，出示签到码'),
  ]),
  signup_result: template('signup_result', 'TEMPLATE_SIGNUP_RESULT', '报名结果通知', [
    subject('thing1', '工会活动'),
    field('phrase2', 'phrase', 'result', '报名成功'),
    field('time3', 'time', 'time'),
    body('thing4', '打开小程序查看详情'),
  ]),
  event_cancelled: template('event_cancelled', 'TEMPLATE_EVENT_CANCELLED', '活动取消通知', [
    subject('thing1', '工会活动'),
    field('time2', 'time', 'time'),
    field('thing3', 'thing', 'reason', '活动取消'),
  ]),
  lottery_result: template('lottery_result', 'TEMPLATE_LOTTERY_RESULT', '抽签结果通知', [
    subject('thing1', '工会活动'),
    field('phrase2', 'phrase', 'result', '已出结果'),
    body('thing3', '打开小程序查看详情'),
  ]),
  gift_reminder: template('gift_reminder', 'TEMPLATE_GIFT_REMINDER', '福利领取提醒', [
    subject('thing1', '工会福利'),
    field('time2', 'time', 'deadline'),
    field('thing3', 'thing', 'tip', '还没选礼包，请尽快选择'),
  ]),
  pickup_ready: template('pickup_ready', 'TEMPLATE_PICKUP_READY', '礼品领取通知', [
    subject('thing1', '工会福利'),
    field('thing2', 'thing', 'place', '见领取码页面'),
    field('thing3', 'thing', 'hours', '见领取码页面'),
  ]),
  steps_nudge: template('steps_nudge', 'TEMPLATE_STEPS_NUDGE', '健步走同步提醒', [
    subject('thing1', '健步走'),
    field('thing2', 'thing', 'tip', '今天还没同步步数'),
  ]),
  proposal_answered: template('proposal_answered', 'TEMPLATE_PROPOSAL_ANSWERED', '提案答复通知', [
    subject('thing1', '你的提案'),
    field('thing2', 'thing', 'department', '承办部门'),
    field('phrase3', 'phrase', 'status', '已答复'),
  ]),
  trip_result: template('trip_result', 'TEMPLATE_TRIP_RESULT', '活动报名结果通知', [
    subject('thing1', '疗休养'),
    field('phrase2', 'phrase', 'result', '有新进展'),
    field('thing3', 'thing', 'tip', '打开小程序查看详情'),
  ]),
  care_update: template('care_update', 'TEMPLATE_CARE_UPDATE', '申请进度通知', [
    fixed('thing1', 'thing', '你的申请有新进展'),
    fixed('thing2', 'thing', '请打开小程序查看'),
    fixed('time3', 'time', ''),
  ]),
  broadcast: template('broadcast', 'TEMPLATE_BROADCAST', '工会通知', [
    { key: 'thing1', type: 'thing', from: (n) => n.title, fallback: '工会通知' },
    body('thing2', '打开小程序查看'),
    fixed('time3', 'time', ''),
  ]),
  checkup_reminder: template('checkup_reminder', 'TEMPLATE_CHECKUP_REMINDER', '体检预约提醒', [
    subject('thing1', '教职工体检'),
    field('time2', 'time', 'time'),
    field('thing3', 'thing', 'place', '见体检页面'),
    field('thing4', 'thing', 'tip', '明早空腹，带身份证'),
  ]),
  checkup_nudge: template('checkup_nudge', 'TEMPLATE_CHECKUP_NUDGE', '体检预约提醒', [
    subject('thing1', '教职工体检'),
    field('time2', 'time', 'deadline'),
    field('thing3', 'thing', 'tip', '还没预约体检，请尽快预约'),
  ]),
  award_review: template('award_review', 'TEMPLATE_AWARD_REVIEW', '审核结果通知', [
    subject('thing1', '评优评先'),
    field('phrase2', 'phrase', 'result', '已审核'),
    field('thing3', 'thing', 'tip', '打开小程序查看详情'),
  ]),
  judge_assigned: template('judge_assigned', 'TEMPLATE_JUDGE_ASSIGNED', '评审任务通知', [
    subject('thing1', '竞赛评分'),
    field('thing2', 'thing', 'tip', '你已被聘为评委，请按时评分'),
  ]),
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
