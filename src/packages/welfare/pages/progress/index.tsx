// 发放进度 (admins and branch chairs): per gift chosen and handed over against stock (bars), per
// branch chosen / not chosen / handed over (table), who has not chosen or not collected (search),
// exports per pickup point, and "close now" for admins.
import { Text, View } from '@tarojs/components';
import { useDidShow, useRouter } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import type { Progress } from '../../../../../domain/welfare/contract';
import { BigButton } from '../../../../components/big-button';
import { ErrorBanner } from '../../../../components/error-banner';
import { Field } from '../../../../components/field';
import { LoadingState } from '../../../../components/loading-state';
import { PageShell } from '../../../../components/page-shell';
import {
  closeBatch,
  exportPeople,
  getProgress,
  listPeople,
} from '../../../../features/welfare/api';
import '../../../../features/welfare/components/welfare.scss';
import { barPercent } from '../../../../features/welfare/view';
import { toCloudError, type CloudError } from '../../../../services/cloud';
import { saveFile } from '../../../../services/file';
import { confirm } from '../../../../components/confirm';
import { Chip, ChipRow } from '../../../../components/chips';
import { GiftPhotos } from '../../../../features/welfare/components/gift-photos';
import { useMe } from '../../../../features/account/use-me';

type Filter = 'not_chosen' | 'not_collected';
const FILTERS: { key: Filter; label: string }[] = [
  { key: 'not_chosen', label: '未选择' },
  { key: 'not_collected', label: '未领取' },
];

export default function ProgressPage() {
  const batchId = useRouter().params.batchId ?? '';
  const [p, setP] = useState<Progress | null>(null);
  const [error, setError] = useState<CloudError | null>(null);
  const [filter, setFilter] = useState<Filter>('not_chosen');
  const [q, setQ] = useState('');
  const [people, setPeople] = useState<{
    total: number;
    people: {
      staffNo: string;
      name: string;
      branchName: string;
      optionName: string | null;
      pointName: string | null;
    }[];
  } | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const isAdmin = Boolean(useMe().me?.roles.includes('admin'));

  const loadPeople = useCallback(
    async (f: Filter, query: string) => {
      try {
        setPeople(await listPeople({ batchId, filter: f, q: query || undefined }));
      } catch (e) {
        setError(toCloudError(e));
      }
    },
    [batchId],
  );
  const load = useCallback(async () => {
    try {
      setP(await getProgress(batchId));
      setError(null);
      await loadPeople(filter, q);
    } catch (e) {
      setError(toCloudError(e));
    }
  }, [batchId, filter, q, loadPeople]);
  useDidShow(() => {
    void load();
  });

  const doExport = async () => {
    setBusy(true);
    try {
      const file = await exportPeople({ batchId, filter });
      await saveFile(file);
      setNote(`已导出 ${file.rows} 人：${file.filename}`);
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setBusy(false);
    }
  };

  const closeNow = async () => {
    const ok = await confirm({
      title: '现在截止？',
      content: '截止后不能再选择或更换；没有选择的人将统一发放默认礼包。这一步不能撤回。',
      confirmText: '确认截止',
      cancelText: '再等等',
    });
    if (!ok) return;
    setBusy(true);
    try {
      const r = await closeBatch(batchId);
      setNote(
        `已截止：${r.defaulted} 人按默认礼包发放${r.noStock ? `，${r.noStock} 人因库存不足未分到` : ''}。`,
      );
      await load();
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setBusy(false);
    }
  };

  if (!p)
    return (
      <PageShell title="发放进度">
        {error ? <ErrorBanner error={error} onRetry={load} /> : <LoadingState />}
      </PageShell>
    );
  return (
    <PageShell title={p.name} hint="各礼包的选择与领取情况；下方可查找未选择、未领取的人并导出。">
      <ErrorBanner error={error} onRetry={load} />
      {note ? <View className="wf-ok">{note}</View> : null}
      <View className="wf-card">
        <Text className="wf-card__title">
          已选 {p.totals.chosen} / {p.totals.eligible} 人 · 已领取 {p.totals.handedOver} 人
        </Text>
        {p.options.map((o) => (
          <View key={o.optionId} className="wf-bar" data-testid={`bar-${o.optionId}`}>
            <View className="wf-bar__label">
              <Text>{o.name}</Text>
              <Text>
                选 {o.claimed} · 领 {o.handedOver} · 剩 {o.left}/{o.stock}
              </Text>
            </View>
            <View className="wf-bar__track">
              <View
                className="wf-bar__fill wf-bar__fill--ok"
                style={{ width: `${barPercent(o.handedOver, o.stock)}%` }}
              />
              <View
                className="wf-bar__fill"
                style={{ width: `${barPercent(o.claimed - o.handedOver, o.stock)}%` }}
              />
            </View>
          </View>
        ))}
        <Text className="wf-card__small">
          绿色：已领取；红色：已选未领；整条代表该礼包的全部库存。
        </Text>
      </View>
      <View className="wf-card">
        <Text className="wf-card__title">各分工会</Text>
        <View className="wf-table">
          <View className="wf-row wf-row--head">
            <Text className="wf-cell wf-cell--wide">分工会</Text>
            <Text className="wf-cell">已选</Text>
            <Text className="wf-cell">未选</Text>
            <Text className="wf-cell">已领</Text>
          </View>
          {p.branches.map((b) => (
            <View key={b.branchId} className="wf-row">
              <Text className="wf-cell wf-cell--wide">{b.name}</Text>
              <Text className="wf-cell">{b.chosen}</Text>
              <Text className="wf-cell">{b.notChosen}</Text>
              <Text className="wf-cell">{b.handedOver}</Text>
            </View>
          ))}
        </View>
      </View>
      <View className="wf-card">
        <ChipRow label="名单">
          {FILTERS.map((f) => (
            <Chip
              key={f.key}
              label={f.label}
              on={filter === f.key}
              onClick={() => {
                setFilter(f.key);
                void loadPeople(f.key, q);
              }}
            />
          ))}
        </ChipRow>
        <Field
          label="查找"
          value={q}
          onInput={(v) => {
            setQ(v);
            void loadPeople(filter, v);
          }}
          placeholder="姓名或工号"
        />
        <Text className="wf-card__small">
          共 {people?.total ?? 0} 人
          {people && people.total > people.people.length
            ? `，显示前 ${people.people.length} 人`
            : ''}
        </Text>
        <View className="wf-table">
          {people?.people.map((x) => (
            <View key={x.staffNo} className="wf-row">
              <Text className="wf-cell">{x.name}</Text>
              <Text className="wf-cell wf-cell--wide">{x.branchName}</Text>
              <Text className="wf-cell wf-cell--wide">
                {filter === 'not_collected'
                  ? `${x.optionName ?? ''} · ${x.pointName ?? ''}`
                  : x.pointName}
              </Text>
            </View>
          ))}
        </View>
        <View className="wf-actions">
          <BigButton kind="secondary" loading={busy} onClick={doExport}>
            导出{FILTERS.find((f) => f.key === filter)?.label}名单（Excel）
          </BigButton>
        </View>
      </View>
      {isAdmin ? <GiftPhotos batchId={batchId} /> : null}
      {p.phase !== 'closed' ? (
        <BigButton kind="plain" loading={busy} onClick={closeNow}>
          现在截止选择
        </BigButton>
      ) : null}
    </PageShell>
  );
}
