// My departure pass (出发签到码): the events pass mechanism (kind "t"), a QR rotating every 30 s
// plus the 8-digit code the leader can type. weapp: the native <pass-qr>; h5: its React twin.
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { createElement, useCallback, useState } from 'react';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { PassQrH5 } from '../../events/components/pass-qr-h5';
import { trips, type Out } from '../api';
import './trips.scss';

export function TripPass({ planId }: { planId: string }) {
  const [pass, setPass] = useState<Out<'trips.pass'> | null>(null);
  const [error, setError] = useState<CloudError | null>(null);
  const refresh = useCallback(() => {
    trips('trips.pass', { planId })
      .then((p) => {
        setPass(p);
        setError(null);
      })
      .catch((e: unknown) => setError(toCloudError(e)));
  }, [planId]);
  useDidShow(refresh);
  if (!pass) return error ? <ErrorBanner error={error} onRetry={refresh} /> : <LoadingState />;
  return (
    <View className="tr-stack">
      <View className="tr-card">
        {process.env.TARO_ENV === 'weapp' ? (
          createElement('pass-qr', {
            token: pass.token,
            code: pass.code,
            expiresAt: pass.expiresAt,
            onRefresh: refresh,
          })
        ) : (
          <PassQrH5
            token={pass.token}
            code={pass.code}
            expiresAt={pass.expiresAt}
            onRefresh={refresh}
          />
        )}
      </View>
      <ErrorBanner error={error} onRetry={refresh} />
      <Text className="tr-muted">
        出发集合时把手机给领队扫码，或读出 8 位数字。截图无效：签到码每 30 秒自动更换。
      </Text>
    </View>
  );
}
