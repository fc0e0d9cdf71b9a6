// 审核申请: the cases of my part of the chain (my branch, the union, the committee's large sums),
// with a search by name or 工号 and a filter by status.
import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { STATUS_LABELS, type CaseStatus } from '../../../../domain/care/model';
import { BigButton } from '../../../components/big-button';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { go } from '../../../services/nav';
import { useLoad } from '../../../hooks/use-load';
import { careApi } from '../api';
import { yuan } from '../money';
import { careUrl } from '../routes';
import { Card, Chips, StatusTag } from './bits';

const FILTERS: { value: CaseStatus | 'all'; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'branch_review', label: '分工会审核' },
  { value: 'union_review', label: '校工会审核' },
  { value: 'committee_review', label: '委员会审核' },
  { value: 'returned', label: '已退回' },
  { value: 'approved', label: '待发放' },
];

export function QueueView() {
  const [status, setStatus] = useState<CaseStatus | 'all'>('all');
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  const { data, error, loading, reload } = useLoad(
    () =>
      careApi.queue({ ...(status !== 'all' ? { status } : {}), ...(query ? { q: query } : {}) }),
    [status, query],
  );
  return (
    <View>
      <View className="care-card">
        <Input
          className="care-textarea"
          style={{ minHeight: 0 }}
          value={q}
          placeholder="按姓名或工号查找"
          confirmType="search"
          onInput={(e) => setQ(e.detail.value)}
          onConfirm={() => setQuery(q.trim())}
        />
        <BigButton kind="secondary" onClick={() => setQuery(q.trim())}>
          查找
        </BigButton>
        <Chips options={FILTERS} value={status} onChange={setStatus} />
      </View>
      {loading ? <LoadingState /> : null}
      <ErrorBanner error={error} onRetry={reload} />
      {data && data.cases.length === 0 ? (
        <EmptyState title="没有需要处理的申请" hint="有新的申请时，会出现在这里。" />
      ) : null}
      {data && data.cases.length > 0 ? (
        <Card title={`共 ${data.cases.length} 份`}>
          {data.cases.map((c) => (
            <View
              key={c.caseId}
              className="care-row"
              onClick={() => go(careUrl('case', { id: c.caseId }))}
            >
              <View className="care-row__main">
                <Text className="care-text">
                  {c.name}（{c.staffNo}） · {c.branchName}
                </Text>
                <Text className="care-hint">
                  {c.programmeName}
                  {c.amount !== null ? ` · ${yuan(c.amount)} 元` : ''}
                </Text>
              </View>
              <StatusTag status={c.status} label={STATUS_LABELS[c.status]} />
            </View>
          ))}
        </Card>
      ) : null}
      <BigButton kind="secondary" onClick={() => go(careUrl('index'))}>
        回到关爱帮扶
      </BigButton>
    </View>
  );
}
