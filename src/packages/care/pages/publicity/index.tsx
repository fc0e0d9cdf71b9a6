// 公示: a programme's approved names, masked, for its set days.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { PublicityView } from '../../../../features/care/components/publicity-view';

export default function CarePublicityPage() {
  const { params } = useRouter();
  return (
    <PageShell title="公示" hint="批准名单：只显示姓氏、分工会和金额。">
      <PublicityView id={params.id ?? ''} />
    </PageShell>
  );
}
