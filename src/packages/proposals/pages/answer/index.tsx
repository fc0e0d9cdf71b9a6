// 答复提案 (承办部门): answer a proposal assigned to my department.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { AnswerForm } from '../../../../features/proposals/components/answer-form';

export default function AnswerProposalPage() {
  const { params } = useRouter();
  return (
    <PageShell title="答复提案" hint="选择办理情况，写清办了什么；提交后提案人会收到通知并评价。">
      <AnswerForm id={params.id ?? ''} departmentId={params.dept} />
    </PageShell>
  );
}
