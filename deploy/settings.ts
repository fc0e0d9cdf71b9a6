// Every function setting the product reads, once: what it is, who needs it, how to check a value.
// The preflight (`npm run doctor`), the deploy and the functions' own fail-closed checks use it.
import { requiredProblem, secretProblem } from '../cloudfunctions/_kit/config';
import { TEMPLATES } from '../domain/notify/templates';

export type SettingKind = 'secret' | 'template' | 'setting';

export interface SettingSpec {
  name: string;
  kind: SettingKind;
  /** what it is for, in plain Chinese (printed by the preflight) */
  what: string;
  /** a setting with a default may be left unset */
  default?: string;
}

const TEMPLATE_SETTINGS: SettingSpec[] = Object.values(TEMPLATES).map((t) => ({
  name: t.env,
  kind: 'template',
  what: `订阅消息模板「${t.name}」的模板 ID（小程序后台 → 订阅消息 → 选用模板）`,
}));

export const SETTINGS: SettingSpec[] = [
  {
    name: 'PASS_SECRET',
    kind: 'secret',
    what: '签到码、领取码的签名密钥（至少 32 字节的随机值：openssl rand -hex 32）',
  },
  ...TEMPLATE_SETTINGS,
  { name: 'QUIET_HOURS', kind: 'setting', what: '夜间不发订阅消息的时段', default: '22:00-07:30' },
  {
    name: 'MINIPROGRAM_STATE',
    kind: 'setting',
    what: '订阅消息打开的小程序版本（formal 正式版 / trial 体验版 / developer 开发版）',
    default: 'formal',
  },
  {
    name: 'AUDIT_RETENTION_DAYS',
    kind: 'setting',
    what: '审计日志保留天数（至少 30）',
    default: '365',
  },
  {
    name: 'NOTIFY_SENDER',
    kind: 'setting',
    what: '订阅消息的发送方式（wx-server-sdk 云调用）',
    default: 'wx-server-sdk',
  },
];

const BY_NAME = new Map(SETTINGS.map((s) => [s.name, s]));

export function settingSpec(name: string): SettingSpec | undefined {
  return BY_NAME.get(name);
}

/** Why this value cannot be deployed for this setting; null when it can. */
export function valueProblem(spec: SettingSpec, value: string | undefined): string | null {
  if (spec.kind === 'secret') return secretProblem(value);
  if (value === undefined && spec.default !== undefined) return null;
  return requiredProblem(value);
}
