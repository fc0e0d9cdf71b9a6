// 评委评分: a judge's contestants in the current round, one locked sheet each.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { JudgeView } from '../../../../features/contests/components/judge-view';
import { pages } from '../../../../../domain/pages';

export default function ContestJudgePage() {
  const { params } = useRouter();
  return (
    <PageShell
      title="评委评分"
      hint="点选手打分，每项 0 到 100 分。提交后锁定。"
      backTo={pages.contests.index()}
    >
      <JudgeView contestId={params.contestId ?? ''} />
    </PageShell>
  );
}
