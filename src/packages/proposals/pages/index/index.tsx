// 教代会提案 board (proposals subpackage home): every proposal of the session and what I can do.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { BoardView } from '../../../../features/proposals/components/board-view';

export default function ProposalsBoardPage() {
  const { params } = useRouter();
  return (
    <PageShell
      title="教代会提案"
      hint="查看本次会议全部提案的办理情况；代表可以在这里提交提案、为别人的提案附议。"
    >
      <BoardView sessionId={params.session} />
    </PageShell>
  );
}
