// 现场大屏: the live ranking for the hall's projector (h5), refreshed every few seconds.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { BoardView } from '../../../../features/contests/components/board-view';
import { pages } from '../../../../../domain/pages';

export default function ContestBoardPage() {
  const { params } = useRouter();
  const contestId = params.contestId ?? '';
  const round = params.round ? Number(params.round) : undefined;
  return (
    <PageShell title="现场大屏" backTo={pages.contests.contest({ contestId })}>
      <BoardView contestId={contestId} round={Number.isInteger(round) ? round : undefined} />
    </PageShell>
  );
}
