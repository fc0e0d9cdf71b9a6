// 关怀模式 (large text +25 %, darker greys): remembered in storage, applied app-wide — on h5 as a
// class on <html>, on weapp through each page's <page-meta> (components/care-mode). Plain TS over
// a storage (Taro's in ./index.ts), so it tests without Taro.

export const CARE_MODE_KEY = 'union-hub.care-mode';
export const CARE_CLASS = 'care-mode';

/** 关怀模式's CSS variables for weapp's page-meta (rpx: design px on the 750 grid). */
export const CARE_PAGE_STYLE =
  '--font-small:40rpx;--font-body:45rpx;--font-button:48rpx;--font-title:58rpx;' +
  '--font-big:65rpx;--ink-2:#1d1d1f;--ink-3:#3a3a3e;';

/** What storage holds: "1" (or Taro's `{"data":"1"}` on h5) is on; anything else off. */
export function parseStored(raw: unknown): boolean {
  if (raw === '1' || raw === 1 || raw === true) return true;
  if (typeof raw === 'string' && raw.startsWith('{')) {
    try {
      return parseStored((JSON.parse(raw) as { data?: unknown }).data);
    } catch {
      return false;
    }
  }
  return false;
}

export interface KeyValue {
  get(key: string): unknown;
  set(key: string, value: string): void;
}

/** Puts the class on <html> (h5); weapp pages read isOn() when they show. */
export function applyClass(on: boolean): void {
  if (typeof document !== 'undefined' && document.documentElement)
    document.documentElement.classList.toggle(CARE_CLASS, on);
}

export function createCareMode(storage: KeyValue) {
  const listeners = new Set<(on: boolean) => void>();
  const isOn = (): boolean => {
    try {
      return parseStored(storage.get(CARE_MODE_KEY));
    } catch {
      return false;
    }
  };
  return {
    isOn,
    /** applies what was remembered (at app start) */
    apply: () => applyClass(isOn()),
    set(on: boolean): void {
      try {
        storage.set(CARE_MODE_KEY, on ? '1' : '0');
      } catch {
        // storage full or unavailable: still switch for this session
      }
      applyClass(on);
      for (const l of listeners) l(on);
    },
    subscribe(listener: (on: boolean) => void): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
