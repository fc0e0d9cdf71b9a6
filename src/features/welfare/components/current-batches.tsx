// The 福利 tab's contents: the batches open to me now (reloaded each time the tab shows), one card
// each, or a plain line when there is none. Main package: imports nothing of the subpackage.
import { useDidShow } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import type { BatchView } from '../../../../domain/welfare/contract';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { currentBatches } from '../main-api';
import './welfare.scss';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { usePreloadTemplates } from '../../notify/ask-to-subscribe';
import { BatchCard } from './batch-card';

export function CurrentBatches() {
  const [batches, setBatches] = useState<BatchView[] | null>(null);
  const [error, setError] = useState<CloudError | null>(null);
  usePreloadTemplates();

  const load = useCallback(async () => {
    try {
      setBatches((await currentBatches()).batches);
      setError(null);
    } catch (e) {
      setError(toCloudError(e));
    }
  }, []);
  useDidShow(() => {
    void load();
  });

  return (
    <>
      <ErrorBanner error={error} onRetry={load} />
      {!batches && !error ? <LoadingState /> : null}
      {batches && batches.length === 0 ? (
        <EmptyState
          title="现在没有正在发放的福利"
          hint="发放节日福利时，会在这里提醒你选择礼包。"
        />
      ) : null}
      {batches?.map((b) => (
        <BatchCard key={b.batchId} batch={b} onChanged={load} />
      ))}
    </>
  );
}
