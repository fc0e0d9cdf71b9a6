// Who the h5 build acts as against the local cloud: a dev openid kept in localStorage (h5 only;
// the weapp build gets its identity from WeChat). The value is the bare openid string; a value
// written by Taro.setStorageSync (JSON `{"data":"…"}`) is read as well.
export const DEV_OPENID_KEY = 'union-hub.dev-openid';
const OPENID = /^[A-Za-z0-9_-]{1,64}$/;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Reads a stored value: a bare openid, or Taro's `{"data": openid}` wrapping of one. */
export function parseStoredOpenid(raw: string | null): string {
  if (!raw) return '';
  let value = raw;
  if (raw.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(raw);
      value =
        typeof parsed === 'object' &&
        parsed !== null &&
        typeof (parsed as { data?: unknown }).data === 'string'
          ? (parsed as { data: string }).data
          : '';
    } catch {
      value = '';
    }
  }
  return OPENID.test(value) ? value : '';
}

export function getDevOpenid(): string {
  return parseStoredOpenid(storage()?.getItem(DEV_OPENID_KEY) ?? null);
}

export function setDevOpenid(openid: string): void {
  if (!OPENID.test(openid)) throw new Error('openid 只能由字母、数字、- 和 _ 组成');
  storage()?.setItem(DEV_OPENID_KEY, openid);
}

/** A fresh openid nobody is bound to, for trying the binding flow. */
export function newDevOpenid(random: () => number = Math.random): string {
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 10; i++) s += chars[Math.floor(random() * chars.length)];
  return `dev-new-${s}`;
}
