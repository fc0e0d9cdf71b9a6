// My check-in pass for one event: a rotating QR and an 8-digit code.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { PassView } from '../../../../features/events/components/pass-view';

export default function PassPage() {
  const { params } = useRouter();
  return (
    <PageShell title="签到码" hint="到场时给工作人员扫码，或读出 8 位数字。">
      <PassView eventId={params.id ?? ''} />
    </PageShell>
  );
}
