// 决赛大屏: the final's live scoreboard for a projector; judges score from their phones.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { FinalView } from '../../../../features/quiz/components/final-view';

export default function QuizFinalPage() {
  const { params } = useRouter();
  return (
    <PageShell title="决赛">
      <FinalView contestId={params.contest ?? ''} />
    </PageShell>
  );
}
