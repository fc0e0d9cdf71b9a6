// 评委投票: a judge of the round votes in each category, up to the votes each judge has.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { VoteView } from '../../../../features/awards/components/vote-view';
import { pages } from '../../../../../domain/pages';

export default function AwardsVotePage() {
  const { params } = useRouter();
  return (
    <PageShell
      title="评委投票"
      hint="看推荐理由，给每一类投票；投错了可以取消再投。"
      backTo={pages.awards.index()}
    >
      <VoteView roundId={params.round ?? ''} />
    </PageShell>
  );
}
