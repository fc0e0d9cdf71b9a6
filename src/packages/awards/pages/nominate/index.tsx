// 推荐人选: a chair nominates within the branch's quota; anyone nominates themself where allowed.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { NominateView } from '../../../../features/awards/components/nominate-view';
import { pages } from '../../../../../domain/pages';

export default function AwardsNominatePage() {
  const { params } = useRouter();
  return (
    <PageShell
      title="推荐人选"
      hint="在名额内推荐，校工会审核后进入评委投票。"
      backTo={pages.awards.index()}
    >
      <NominateView roundId={params.round ?? ''} />
    </PageShell>
  );
}
