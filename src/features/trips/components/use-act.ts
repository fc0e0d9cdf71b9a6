// 疗休养管理's buttons: busy while one runs, its error in plain Chinese, a short toast when done.
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { toCloudError, type CloudError } from '../../../services/cloud';

export function useAct() {
  const [busy, setBusy] = useState(false);
  const [fail, setFail] = useState<CloudError | null>(null);
  const act = async (fn: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    setFail(null);
    try {
      await fn();
      if (done) void Taro.showToast({ title: done, icon: 'success' });
      return true;
    } catch (e) {
      setFail(toCloudError(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, fail, act };
}
