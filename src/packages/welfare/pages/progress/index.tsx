// 发放进度 (admins and branch chairs): per gift and per branch, who has not chosen or not
// collected, exports, and "close now" for admins. Titled with the batch's name once loaded.
import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell';
import {
  PROGRESS_HINT,
  ProgressView,
  progressTitle,
} from '../../../../features/welfare/components/progress-view';
import { useProgress } from '../../../../features/welfare/use-progress';

export default function ProgressPage() {
  const batchId = useRouter().params.batchId ?? '';
  const progress = useProgress(batchId);
  return (
    <PageShell title={progressTitle(progress)} hint={progress.p ? PROGRESS_HINT : undefined}>
      <ProgressView batchId={batchId} progress={progress} />
    </PageShell>
  );
}
