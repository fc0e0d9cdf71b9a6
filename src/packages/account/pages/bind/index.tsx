// 绑定工号: link this WeChat to my entry in the union's roster.
import { PageShell } from '../../../../components/page-shell';
import { BindView } from '../../../../features/account/components/bind-view';

export default function BindPage() {
  return (
    <PageShell title="绑定工号" hint="填写工号、姓名和手机号后四位，核对无误后即可使用全部功能。">
      <BindView />
    </PageShell>
  );
}
