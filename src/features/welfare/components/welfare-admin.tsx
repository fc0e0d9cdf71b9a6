// 福利发放管理 (admins): the batches with their state, a way into each one's progress and to 核销,
// and 新建福利发放 (batch-form-view.tsx). Each step has its own title, so this view holds the
// PageShell.
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { PageShell } from '../../../components/page-shell';
import { listBatches, listBranches } from '../api';
import './welfare.scss';
import { WELFARE_URLS } from '../urls';
import { CloudError, toCloudError } from '../../../services/cloud';
import { go } from '../../../services/nav';
import { BatchFormView, type Branch } from './batch-form-view';

const PHASE = { upcoming: '未开始', open: '选择中', closed: '已截止' } as const;

export function WelfareAdmin() {
  const [batches, setBatches] = useState<
    { batchId: string; name: string; phase: keyof typeof PHASE; claimCloseAt: string }[] | null
  >(null);
  const [branches, setBranches] = useState<Branch[]>([]);
  const [error, setError] = useState<CloudError | null>(null);
  const [creating, setCreating] = useState(false);

  const load = useCallback(async () => {
    try {
      setBatches((await listBatches()).batches);
    } catch (e) {
      setError(toCloudError(e));
    }
  }, []);
  useDidShow(() => {
    void load();
  });

  const startCreating = async () => {
    setCreating(true);
    if (branches.length) return;
    try {
      const r = await listBranches();
      setBranches(r.branches.filter((b) => b.active).map((b) => ({ id: b.id, name: b.name })));
    } catch (e) {
      setError(toCloudError(e));
    }
  };

  if (creating) {
    return (
      <BatchFormView
        branches={branches}
        onCancel={() => setCreating(false)}
        onDone={async (batchId) => {
          setCreating(false);
          await load();
          go(WELFARE_URLS.progress(batchId));
        }}
      />
    );
  }

  return (
    <PageShell title="福利发放管理" hint="查看每次发放的进度、导出名单，或新建一次发放。">
      <ErrorBanner error={error} onRetry={load} />
      <BigButton onClick={startCreating}>新建福利发放</BigButton>
      {batches && batches.length === 0 ? (
        <EmptyState title="还没有福利发放" hint="点上面的按钮新建第一次发放。" />
      ) : null}
      <View style={{ marginTop: '16px' }}>
        {batches?.map((b) => (
          <View
            key={b.batchId}
            className="wf-card"
            onClick={() => go(WELFARE_URLS.progress(b.batchId))}
          >
            <Text className="wf-card__title">{b.name}</Text>
            <Text className="wf-card__line">{PHASE[b.phase]} · 查看进度 ›</Text>
          </View>
        ))}
      </View>
      <BigButton kind="secondary" onClick={() => go(WELFARE_URLS.scan())}>
        去核销
      </BigButton>
    </PageShell>
  );
}
