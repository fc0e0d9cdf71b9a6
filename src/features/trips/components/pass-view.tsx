// My departure pass (出发签到码): the rotating pass (kind "t") the leader scans, or its 8-digit
// code read out, with a big 刷新 button.
import { Text, View } from '@tarojs/components';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { RotatingPassView, usePass } from '../../../components/rotating-pass';
import { trips } from '../api';
import './trips.scss';

export function TripPass({ planId }: { planId: string }) {
  const { pass, error, busy, refresh } = usePass(() => trips('trips.pass', { planId }), [planId]);
  if (!pass) return error ? <ErrorBanner error={error} onRetry={refresh} /> : <LoadingState />;
  return (
    <View className="tr-stack">
      <RotatingPassView pass={pass} onRefresh={refresh} busy={busy} error={error} />
      <Text className="tr-muted">
        出发集合时把手机给领队扫码，或读出 8 位数字。截图无效：签到码每 30 秒自动更换。
      </Text>
    </View>
  );
}
