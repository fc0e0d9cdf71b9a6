// My pass for an event: which event, when and where; then the rotating pass (a QR every 30 s,
// the 8-digit code to read out, a big 刷新 button, the screen kept bright on the mini-program).
import { Text, View } from '@tarojs/components';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { RotatingPassView, usePass } from '../../../components/rotating-pass';
import { useMe } from '../../account/use-me';
import { events } from '../api';
import { whenText } from '../format';
import './events.scss';

export function PassView({ eventId }: { eventId: string }) {
  const { me } = useMe();
  const { pass, error, busy, refresh } = usePass(
    () => events('events.pass', { eventId }),
    [eventId],
  );
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
      <RotatingPassView
        pass={pass}
        onRefresh={refresh}
        busy={busy}
        error={error}
        head={<Text className="ev-pass__name">{me?.name ?? ''}</Text>}
      />
      <Text className="ev-muted">
        请把手机给签到的工作人员扫码，或读出上面的 8 位数字。截图无效：签到码每 30 秒自动更换。
      </Text>
    </View>
  );
}
