// 知识竞赛 (quiz subpackage home): the contests I may take, or one contest and its start button.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { QuizHome } from '../../../../features/quiz/components/home-view';

export default function QuizPage() {
  const { params } = useRouter();
  return (
    <PageShell title="知识竞赛" hint="答题有时间限制，每天可答几次，取最好成绩。">
      <QuizHome contestId={params.contest} />
    </PageShell>
  );
}
