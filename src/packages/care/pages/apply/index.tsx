// 申请帮扶: the form for one programme, for myself or (a chair) for someone in the branch.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { ApplyForm } from '../../../../features/care/components/apply-form';

export default function CareApplyPage() {
  const { params } = useRouter();
  return (
    <PageShell title="申请帮扶" hint="写明情况，提交后上传材料；可以先存草稿。">
      <ApplyForm programmeId={params.programmeId ?? ''} />
    </PageShell>
  );
}
