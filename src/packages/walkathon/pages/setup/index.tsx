// 新建健步走活动 / 修改活动 (walkathon subpackage, union admins).
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { SetupView } from '../../../../features/steps/components/setup-view';

export default function WalkathonSetupPage() {
  const { params } = useRouter();
  const editing = Boolean(params.campaignId);
  return (
    <PageShell
      title={editing ? '修改健步走活动' : '新建健步走活动'}
      hint={
        editing
          ? '改好后点「保存修改」；已开始的活动不能改开始日期。'
          : '填好日期、目标、达标规则和队伍，发布后教职工就能报名。'
      }
    >
      <SetupView campaignId={params.campaignId} />
    </PageShell>
  );
}
