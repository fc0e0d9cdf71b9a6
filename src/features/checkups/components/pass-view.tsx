// My check-up pass at the hospital desk: the events pass mechanism (a QR that rotates every 30 s
// and an 8-digit code). weapp: the native <pass-qr> component; h5: its React twin.
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { createElement, useCallback, useState } from 'react';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { useMe } from '../../account/use-me';
import { PassQrH5 } from '../../events/components/pass-qr-h5';
import { checkups, type Out } from '../api';
import { dayLabel } from '../view';
import './checkups.scss';

export function CheckupPass({ campaignId }: { campaignId: string }) {
  const { me } = useMe();
  const [pass, setPass] = useState<Out<'checkups.pass'> | null>(null);
  const [error, setError] = useState<CloudError | null>(null);
  const refresh = useCallback(() => {
    checkups('checkups.pass', { campaignId })
      .then((p) => {
        setPass(p);
        setError(null);
      })
      .catch((e: unknown) => setError(toCloudError(e)));
  }, [campaignId]);
  useDidShow(refresh);

  if (!pass)
    return error ? (
      <ErrorBanner error={error} onRetry={refresh} />
    ) : (
      <LoadingState text="正在生成签到码…" />
    );
  return (
    <View>
      <View className="ck-section" data-testid="ck-pass">
        <Text className="ck-title">{me?.name ?? ''}</Text>
        <Text className="ck-text">
          {dayLabel(pass.date)} {pass.start} · {pass.packageName}
        </Text>
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
      <Text className="ck-muted">
        到医院体检台，请把手机给工会的签到人员扫码，或读出上面的 8 位数字。截图无效：签到码每 30
        秒自动更换。记得空腹，带身份证。
      </Text>
    </View>
  );
}
