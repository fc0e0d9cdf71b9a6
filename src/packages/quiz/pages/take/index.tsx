// 答题: one attempt of a contest, question by question, with the time left.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { TakeView } from '../../../../features/quiz/components/take-view';

export default function QuizTakePage() {
  const { params } = useRouter();
  return (
    <PageShell title="答题">
      <TakeView contestId={params.contest ?? ''} />
    </PageShell>
  );
}
