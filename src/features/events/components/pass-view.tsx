// My pass for an event: which event, when and where; a QR that rotates every 30 s plus the
// 8-digit code to read out, a big 刷新 button, bright screen kept on. weapp: the native <pass-qr> component; h5: its React twin.
import { Text, View } from '@tarojs/components';
import Taro, { useDidHide, useDidShow } from '@tarojs/taro';
import { createElement, useCallback, useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { useMe } from '../../account/use-me';
import { events } from '../api';
import { whenText } from '../format';
import { PassQrH5 } from './pass-qr-h5';
import './events.scss';

type Pass = Awaited<ReturnType<typeof events<'events.pass'>>>;

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

export function PassView({ eventId }: { eventId: string }) {
  const { me } = useMe();
  const [pass, setPass] = useState<Pass | null>(null);
  const [error, setError] = useState<CloudError | null>(null);
  const [busy, setBusy] = useState(false);
  const refresh = useCallback(() => {
    setBusy(true);
    events('events.pass', { eventId })
      .then((p) => {
        setPass(p);
        setError(null);
      })
      .catch((e: unknown) => setError(toCloudError(e)))
      .finally(() => setBusy(false));
  }, [eventId]);
  useDidShow(() => {
    refresh();
    void brighten(true);
  });
  useDidHide(() => void brighten(false));

  if (!pass)
    return error ? (
      <ErrorBanner error={error} onRetry={refresh} />
    ) : (
      <LoadingState text="正在生成签到码…" />
    );
  return (
    <View className="ev-pass-page">
      <View className="ev-pass ev-pass--event" data-testid="pass-event">
        <Text className="ev-pass__event">{pass.event.title}</Text>
        <Text className="ev-pass__line">
          时间：{whenText(pass.event.startAt, pass.event.endAt)}
        </Text>
        <Text className="ev-pass__line">地点：{pass.event.location}</Text>
      </View>
      <View className="ev-pass">
        <Text className="ev-pass__name">{me?.name ?? ''}</Text>
        {process.env.TARO_ENV === 'weapp' ? (
          createElement('pass-qr', {
            token: pass.token,
            code: pass.code,
            expiresAt: pass.expiresAt,
            serverNow: pass.serverNow,
            onRefresh: refresh,
          })
        ) : (
          <PassQrH5
            token={pass.token}
            code={pass.code}
            expiresAt={pass.expiresAt}
            serverNow={pass.serverNow}
            onRefresh={refresh}
          />
        )}
      </View>
      <ErrorBanner error={error} onRetry={refresh} />
      <BigButton onClick={refresh} loading={busy}>
        刷新签到码
      </BigButton>
      <Text className="ev-muted">
        请把手机给签到的工作人员扫码，或读出上面的 8 位数字。截图无效：签到码每 30 秒自动更换。
      </Text>
    </View>
  );
}
