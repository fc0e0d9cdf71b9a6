// Holding a rotating pass open: load it when the page shows, again when it expires or 刷新 is
// tapped; on the mini-program the screen is bright and kept on while the pass is shown (a
// scanner at the door reads a bright screen first time).
import Taro, { useDidHide, useDidShow } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import type { RotatingPass } from '../../../domain/pass/contract';
import { toCloudError, type CloudError } from '../../services/cloud';

let savedBrightness: number | null = null;

async function brighten(on: boolean): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') return;
  try {
    if (on) {
      savedBrightness = (await Taro.getScreenBrightness()).value;
      await Taro.setScreenBrightness({ value: 1 });
      await Taro.setKeepScreenOn({ keepScreenOn: true });
    } else {
      if (savedBrightness !== null) await Taro.setScreenBrightness({ value: savedBrightness });
      await Taro.setKeepScreenOn({ keepScreenOn: false });
    }
  } catch {
    // brightness is a nicety: the pass still works without it
  }
}

export interface HeldPass<P> {
  pass: P | null;
  error: CloudError | null;
  busy: boolean;
  refresh: () => void;
}

/** `load` asks the function for the pass; `deps` are what it depends on (the event, the plan). */
export function usePass<P extends RotatingPass>(
  load: () => Promise<P>,
  deps: readonly unknown[],
): HeldPass<P> {
  const [pass, setPass] = useState<P | null>(null);
  const [error, setError] = useState<CloudError | null>(null);
  const [busy, setBusy] = useState(false);
  const refresh = useCallback(() => {
    setBusy(true);
    load()
      .then((p) => {
        setPass(p);
        setError(null);
      })
      .catch((e: unknown) => setError(toCloudError(e)))
      .finally(() => setBusy(false));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  useDidShow(() => {
    refresh();
    void brighten(true);
  });
  useDidHide(() => void brighten(false));
  return { pass, error, busy, refresh };
}
