// 发放进度 (admins and branch chairs): per gift chosen and handed over against stock (bars), per
// branch chosen / not chosen / handed over (table), who has not chosen or not collected (search),
// exports per pickup point, and "close now" for admins. State: use-progress.ts.
import { Text, View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { Chip, ChipRow } from '../../../components/chips';
import { ErrorBanner } from '../../../components/error-banner';
import { Field } from '../../../components/field';
import { LoadingState } from '../../../components/loading-state';
import { FILTERS, filterLabel, peopleCountLine, personDetail, type Progress } from '../progress';
import type { ProgressState } from '../use-progress';
import { barPercent } from '../view';
import { GiftPhotos } from './gift-photos';
import './welfare.scss';

/** The page's title: the batch's name once it is loaded. */
export const progressTitle = (s: ProgressState): string => s.p?.name ?? '发放进度';
export const PROGRESS_HINT = '各礼包的选择与领取情况；下方可查找未选择、未领取的人并导出。';

export function ProgressView({
  batchId,
  progress: s,
}: {
  batchId: string;
  progress: ProgressState;
}) {
  const { p } = s;
  if (!p) return s.error ? <ErrorBanner error={s.error} onRetry={s.load} /> : <LoadingState />;
  return (
    <>
      <ErrorBanner error={s.error} onRetry={s.load} />
      {s.note ? <View className="wf-ok">{s.note}</View> : null}
      <GiftBars p={p} />
      <BranchTable p={p} />
      <PeopleList s={s} />
      {s.isAdmin ? <GiftPhotos batchId={batchId} /> : null}
      {p.phase !== 'closed' ? (
        <BigButton kind="plain" loading={s.busy} onClick={s.closeNow}>
          现在截止选择
        </BigButton>
      ) : null}
    </>
  );
}

function GiftBars({ p }: { p: Progress }) {
  return (
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
  );
}

function BranchTable({ p }: { p: Progress }) {
  return (
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
  );
}

function PeopleList({ s }: { s: ProgressState }) {
  return (
    <View className="wf-card">
      <ChipRow label="名单">
        {FILTERS.map((f) => (
          <Chip
            key={f.key}
            label={f.label}
            on={s.filter === f.key}
            onClick={() => s.pickFilter(f.key)}
          />
        ))}
      </ChipRow>
      <Field label="查找" value={s.q} onInput={s.search} placeholder="姓名或工号" />
      <Text className="wf-card__small">{peopleCountLine(s.people)}</Text>
      <View className="wf-table">
        {s.people?.people.map((x) => (
          <View key={x.staffNo} className="wf-row">
            <Text className="wf-cell">{x.name}</Text>
            <Text className="wf-cell wf-cell--wide">{x.branchName}</Text>
            <Text className="wf-cell wf-cell--wide">{personDetail(s.filter, x)}</Text>
          </View>
        ))}
      </View>
      <View className="wf-actions">
        <BigButton kind="secondary" loading={s.busy} onClick={s.doExport}>
          导出{filterLabel(s.filter)}名单（Excel）
        </BigButton>
      </View>
    </View>
  );
}
