// 写提案: file a proposal or suggestion, or continue a draft.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { FileForm } from '../../../../features/proposals/components/file-form';

export default function FileProposalPage() {
  const { params } = useRouter();
  return (
    <PageShell
      title="写提案"
      hint="写清背景和具体建议；提交后邀请两位代表附议，附议满两人自动交给提案委员会。"
    >
      <FileForm sessionId={params.session} proposalId={params.id} />
    </PageShell>
  );
}
