// 新建竞赛 (admin): criteria and weights, judges, rounds, conditions.
import { PageShell } from '../../../../components/page-shell';
import { CreateForm } from '../../../../features/contests/components/create-form';
import { pages } from '../../../../../domain/pages';

export default function ContestCreatePage() {
  return (
    <PageShell
      title="新建竞赛"
      hint="填好评分项、评委和赛程，创建后分工会主席即可报名。"
      backTo={pages.contests.index()}
    >
      <CreateForm />
    </PageShell>
  );
}
