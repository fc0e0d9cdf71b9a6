// 体检预约 (checkups subpackage home): my package, book a day and slot, change, cancel, add-ons.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { CheckupsHome } from '../../../../features/checkups/components/book-view';

export default function CheckupsPage() {
  const { params } = useRouter();
  return (
    <PageShell title="体检预约" hint="看看我的套餐，选一个日期和时段预约；体检前一天之前都能改约。">
      <CheckupsHome campaignId={params.campaign} />
    </PageShell>
  );
}
