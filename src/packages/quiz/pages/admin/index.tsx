// 知识竞赛管理 (admin): the question bank and the contests.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import { QuizAdmin } from '../../../../features/quiz/components/admin-view';

export default function QuizAdminPage() {
  const { params } = useRouter();
  return (
    <PageShell title="知识竞赛管理" hint="先导入题库，再新建竞赛；排行榜可以导出 Excel。">
      <QuizAdmin tab={params.tab} />
    </PageShell>
  );
}
