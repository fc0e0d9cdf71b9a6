// 评优评先 (awards subpackage home): this year's honours rounds and what I can do in each now.
import { PageShell } from '../../../../components/page-shell';
import { AwardsHome } from '../../../../features/awards/components/home-view';

export default function AwardsPage() {
  return (
    <PageShell title="评优评先" hint="分工会推荐先进，评委投票，公示后公布名单。">
      <AwardsHome />
    </PageShell>
  );
}
