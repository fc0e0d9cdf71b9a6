// My check-up pass for the hospital desk: a rotating QR and an 8-digit code.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { CheckupPass } from '../../../../features/checkups/components/pass-view';

export default function CheckupPassPage() {
  const { params } = useRouter();
  return (
    <PageShell title="体检签到码" hint="到医院体检台给工会的签到人员扫码，或读出 8 位数字。">
      <CheckupPass campaignId={params.campaign ?? ''} />
    </PageShell>
  );
}
