// 成绩: one attempt's score, and the answers with explanations when the contest shows them.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { ResultView } from '../../../../features/quiz/components/result-view';

export default function QuizResultPage() {
  const { params } = useRouter();
  return (
    <PageShell title="成绩">
      <ResultView attemptId={decodeURIComponent(params.attempt ?? '')} />
    </PageShell>
  );
}
