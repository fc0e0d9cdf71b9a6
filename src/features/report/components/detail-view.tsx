// The list behind one figure of the year report (明细), fifty a page, for the same branch.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { useLoad } from '../../../hooks/use-load';
import { report } from '../api';
import './report.scss';

export function DetailView({
  year,
  figure,
  branchId,
}: {
  year: number;
  figure: string;
  branchId?: string;
}) {
  const [page, setPage] = useState(1);
  const loaded = useLoad(
    () => report('report.detail', { year, figure, branchId, page }),
    [year, figure, branchId, page],
  );
  if (loaded.loading && !loaded.data) return <LoadingState />;
  if (!loaded.data) return <ErrorBanner error={loaded.error} onRetry={loaded.reload} />;
  const d = loaded.data;
  const pages = Math.max(1, Math.ceil(d.total / d.pageSize));
  const [first, ...rest] = d.columns;
  return (
    <View className="rp">
      <View className="rp-card" data-testid="rp-detail">
        <Text className="rp-title">
          {year}年{d.title}：共 {d.total} 条
        </Text>
        <Text className="rp-muted">
          第 {d.page} / {pages} 页
        </Text>
      </View>
      {d.rows.length === 0 ? (
        <EmptyState title="这一项没有记录" hint="换一个年份或数字看看。" />
      ) : null}
      {d.rows.map((row, i) => (
        <View key={i} className="rp-card rp-row">
          <Text className="rp-row__head">{String(row[first.key] ?? '')}</Text>
          {rest.map((c) => (
            <Text key={c.key} className="rp-row__line">
              {c.label}：{String(row[c.key] ?? '')}
            </Text>
          ))}
        </View>
      ))}
      {d.page < pages ? (
        <BigButton kind="secondary" onClick={() => setPage(d.page + 1)}>
          下一页
        </BigButton>
      ) : null}
      {d.page > 1 ? (
        <BigButton kind="secondary" onClick={() => setPage(d.page - 1)}>
          上一页
        </BigButton>
      ) : null}
    </View>
  );
}
