// 排行榜: the contest's team and individual standings, live.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { StandingsView } from '../../../../features/quiz/components/standings-view';

export default function QuizStandingsPage() {
  const { params } = useRouter();
  return (
    <PageShell title="排行榜">
      <StandingsView contestId={params.contest ?? ''} tab={params.tab} />
    </PageShell>
  );
}
