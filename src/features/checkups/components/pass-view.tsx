// My check-up pass at the hospital desk: when and which package, then the rotating pass (a QR
// every 30 s and an 8-digit code) with a big 刷新 button.
import { Text, View } from '@tarojs/components';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { RotatingPassView, usePass } from '../../../components/rotating-pass';
import { useMe } from '../../account/use-me';
import { checkups } from '../api';
import { dayLabel } from '../view';
import './checkups.scss';

export function CheckupPass({ campaignId }: { campaignId: string }) {
  const { me } = useMe();
  const { pass, error, busy, refresh } = usePass(
    () => checkups('checkups.pass', { campaignId }),
    [campaignId],
  );
  if (!pass)
    return error ? (
      <ErrorBanner error={error} onRetry={refresh} />
    ) : (
      <LoadingState text="正在生成签到码…" />
    );
  return (
    <View>
      <View data-testid="ck-pass">
        <RotatingPassView
          pass={pass}
          onRefresh={refresh}
          busy={busy}
          error={error}
          head={
            <View>
              <Text className="ck-title">{me?.name ?? ''}</Text>
              <Text className="ck-text">
                {dayLabel(pass.date)} {pass.start} · {pass.packageName}
              </Text>
            </View>
          }
        />
      </View>
      <Text className="ck-muted">
        到医院体检台，请把手机给工会的签到人员扫码，或读出上面的 8 位数字。截图无效：签到码每 30
        秒自动更换。记得空腹，带身份证。
      </Text>
    </View>
  );
}
