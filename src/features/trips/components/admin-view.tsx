// 疗休养管理 (admin): new plan (routes with a group each), each plan's numbers per group as bars,
// the allocation with a confirmation and its published seed, the priority list, the ID-number
// switch for the agency export, and last years' trips imported from .xlsx with a preview.
import { Input, Switch, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { DateField } from '../../../components/date-field';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { pickFile } from '../../../services/file';
import { go } from '../../../services/nav';
import { beijing, beijingDay } from '../../../../domain/time';
import { trips, type Out } from '../api';
import { planInput, type PlanForm } from '../format';
import { tripsUrl } from '../routes';
import { useLoad } from '../../../hooks/use-load';
import './trips.scss';

type Plan = Out<'trips.plans'>['plans'][number];

const emptyRoute = (): PlanForm['routes'][number] => ({
  name: '',
  days: '4',
  level: '2',
  costYuan: '',
  subsidyYuan: '',
  departDay: '',
  capacity: '40',
});

function useAct() {
  const [busy, setBusy] = useState(false);
  const [fail, setFail] = useState<CloudError | null>(null);
  const act = async (fn: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    setFail(null);
    try {
      await fn();
      if (done) void Taro.showToast({ title: done, icon: 'success' });
      return true;
    } catch (e) {
      setFail(toCloudError(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, fail, act };
}

function Line({
  label,
  value,
  onInput,
  type,
}: {
  label: string;
  value: string;
  onInput: (v: string) => void;
  type?: 'text' | 'number';
}) {
  return (
    <View>
      <Text className="tr-muted">{label}</Text>
      <Input
        className="tr-input"
        type={type ?? 'text'}
        value={value}
        placeholder={label}
        onInput={(e) => onInput(e.detail.value)}
      />
    </View>
  );
}

function NewPlan({ onDone }: { onDone: () => void }) {
  const today = beijingDay();
  const [f, setF] = useState<PlanForm>({
    name: '',
    openDay: today,
    closeDay: '',
    serviceYears: '5',
    cycleYears: '4',
    routes: [emptyRoute(), emptyRoute()],
  });
  const { busy, fail, act } = useAct();
  const route = (i: number, k: keyof PlanForm['routes'][number], v: string) =>
    setF({ ...f, routes: f.routes.map((r, j) => (j === i ? { ...r, [k]: v } : r)) });
  return (
    <View className="tr-card">
      <Text className="tr-title">新建疗休养计划</Text>
      <Line
        label="计划名称（如 2027 年度教职工疗休养）"
        value={f.name}
        onInput={(v) => setF({ ...f, name: v })}
      />
      <DateField
        label="报名开始日期"
        value={f.openDay}
        onChange={(v) => setF({ ...f, openDay: v })}
      />
      <DateField
        label="报名截止日期"
        hint="当天 0 点截止"
        value={f.closeDay}
        onChange={(v) => setF({ ...f, closeDay: v })}
      />
      <Line
        label="工龄满几年可报名"
        type="number"
        value={f.serviceYears}
        onInput={(v) => setF({ ...f, serviceYears: v })}
      />
      <Line
        label="每几年可参加一次"
        type="number"
        value={f.cycleYears}
        onInput={(v) => setF({ ...f, cycleYears: v })}
      />
      {f.routes.map((r, i) => (
        <View key={i} className="tr-card">
          <Text className="tr-text">路线 {i + 1}</Text>
          <Line label="路线名称" value={r.name} onInput={(v) => route(i, 'name', v)} />
          <Line label="天数" type="number" value={r.days} onInput={(v) => route(i, 'days', v)} />
          <Line
            label="强度 1–5（5 为登山较多）"
            type="number"
            value={r.level}
            onInput={(v) => route(i, 'level', v)}
          />
          <Line
            label="费用（元）"
            type="number"
            value={r.costYuan}
            onInput={(v) => route(i, 'costYuan', v)}
          />
          <Line
            label="工会补贴（元）"
            type="number"
            value={r.subsidyYuan}
            onInput={(v) => route(i, 'subsidyYuan', v)}
          />
          <DateField
            label={`路线 ${i + 1} 出发日期`}
            value={r.departDay}
            onChange={(v) => route(i, 'departDay', v)}
          />
          <Line
            label="名额"
            type="number"
            value={r.capacity}
            onInput={(v) => route(i, 'capacity', v)}
          />
          <Line
            label="领队工号（可不填）"
            value={r.leaderNo ?? ''}
            onInput={(v) => route(i, 'leaderNo', v)}
          />
          <Line
            label="集合地点（可不填）"
            value={r.meetingPoint ?? ''}
            onInput={(v) => route(i, 'meetingPoint', v)}
          />
          <Line
            label="路线图片地址（https://…，可不填）"
            value={r.picture ?? ''}
            onInput={(v) => route(i, 'picture', v)}
          />
        </View>
      ))}
      <BigButton kind="plain" onClick={() => setF({ ...f, routes: [...f.routes, emptyRoute()] })}>
        再加一条路线
      </BigButton>
      <ErrorBanner error={fail} />
      <BigButton
        loading={busy}
        onClick={async () => {
          if (await act(() => trips('trips.createPlan', planInput(f)), '计划已发布')) onDone();
        }}
      >
        发布计划
      </BigButton>
    </View>
  );
}

function PlanCard({ plan, onChange }: { plan: Plan; onChange: () => void }) {
  const progress = useLoad(() => trips('trips.progress', { planId: plan.planId }), [plan.planId]);
  const [seed, setSeed] = useState('');
  const [priority, setPriority] = useState('');
  const { busy, fail, act } = useAct();
  const allocate = async () => {
    const r = await Taro.showModal({
      title: '分配名额',
      content:
        plan.phase === 'open'
          ? '报名还没截止。现在分配后不能再报名，结果不能撤回。确定分配吗？'
          : '按优先名单、距上次参加的年数和公开的随机种子分配，结果不能撤回。确定分配吗？',
      confirmText: '分配',
    });
    if (!r.confirm) return;
    if (
      await act(
        () =>
          trips('trips.allocate', {
            planId: plan.planId,
            ...(seed.trim() ? { seed: seed.trim() } : {}),
            force: plan.phase === 'open',
          }),
        '已分配',
      )
    )
      onChange();
  };
  return (
    <View className="tr-card">
      <Text className="tr-title">{plan.name}</Text>
      <Text className="tr-muted">
        {beijing(plan.applyCloseAt).format('M月D日 HH:mm')} 截止 ·{' '}
        {
          { upcoming: '未开始', open: '报名中', closed: '已截止，待分配', allocated: '已分配' }[
            plan.phase
          ]
        }
        {plan.seed ? ` · 随机种子 ${plan.seed}` : ''}
      </Text>
      {progress.loading ? <LoadingState /> : null}
      {progress.data ? (
        <View>
          <Text className="tr-text">报名 {progress.data.applied} 人</Text>
          {progress.data.groups.map((g) => {
            const max = Math.max(g.capacity, g.firstChoice, 1);
            const pct = (n: number) => `${Math.min(100, (n / max) * 100)}%`;
            return (
              <View key={g.groupId}>
                <Text className="tr-text">
                  {g.routeName} {beijing(g.departAt).format('M月D日')} · 名额 {g.capacity} ·
                  第一志愿 {g.firstChoice} · 已确认 {g.confirmed} · 待确认 {g.assigned} · 候补{' '}
                  {g.waitlisted}
                </Text>
                <View className="tr-bar" aria-label={`${g.routeName} 名额与报名`}>
                  <View
                    className="tr-bar__fill tr-bar__fill--soft"
                    style={{ width: pct(g.firstChoice) }}
                  />
                  <View className="tr-bar__fill" style={{ width: pct(g.confirmed + g.assigned) }} />
                </View>
                <BigButton
                  kind="plain"
                  onClick={() => go(tripsUrl('leader', { groupId: g.groupId }))}
                >
                  名单与签到
                </BigButton>
              </View>
            );
          })}
        </View>
      ) : null}
      {plan.phase !== 'allocated' ? (
        <View>
          <Text className="tr-muted">优先名单（劳模、先进等，每行一个工号；保存后替换原名单）</Text>
          <Textarea
            className="tr-textarea"
            nativeProps={{ 'aria-label': '优先名单（每行一个工号）' }}
            value={priority}
            onInput={(e) => setPriority(e.detail.value)}
          />
          <BigButton
            kind="secondary"
            loading={busy}
            onClick={() =>
              act(
                () =>
                  trips('trips.updatePlan', {
                    planId: plan.planId,
                    priorityNos: priority.split(/[\s,，、]+/).filter(Boolean),
                  }),
                '已保存',
              )
            }
          >
            保存优先名单
          </BigButton>
          <Line label="随机种子（可不填，系统生成并公布）" value={seed} onInput={setSeed} />
          <BigButton loading={busy} onClick={allocate}>
            分配名额
          </BigButton>
        </View>
      ) : null}
      <View className="tr-row">
        <Text>旅行社名单含身份证号（仅用于保险）</Text>
        <Switch
          nativeProps={{ 'aria-label': '旅行社名单含身份证号' }}
          checked={plan.exportIdNumbers}
          onChange={(e) =>
            act(
              () =>
                trips('trips.updatePlan', { planId: plan.planId, exportIdNumbers: e.detail.value }),
              '已保存',
            ).then(onChange)
          }
        />
      </View>
      <ErrorBanner error={fail} />
    </View>
  );
}

function HistoryImport() {
  const [pre, setPre] = useState<Out<'trips.previewHistory'> | null>(null);
  const { busy, fail, act } = useAct();
  return (
    <View className="tr-card">
      <Text className="tr-title">导入往年疗休养记录</Text>
      <Text className="tr-muted">
        Excel 第一行为表头：工号、年份、路线（路线可不填）。先预览，再确认导入。
      </Text>
      <BigButton
        kind="secondary"
        loading={busy}
        onClick={() =>
          act(async () => {
            const f = await pickFile(['xlsx', 'csv']);
            setPre(await trips('trips.previewHistory', { fileBase64: f.base64, fileName: f.name }));
          })
        }
      >
        选择文件并预览
      </BigButton>
      {pre ? (
        <View>
          <Text className="tr-text">
            共 {pre.total} 行：可导入 {pre.rows.length} 条，有问题 {pre.bad.length}{' '}
            行，名册里没有的工号 {pre.unknown.length} 个。
          </Text>
          {pre.bad.map((b) => (
            <Text key={b.line} className="tr-muted">
              第 {b.line} 行：{b.message}
            </Text>
          ))}
          {pre.unknown.length ? (
            <Text className="tr-muted">
              名册里没有：{pre.unknown.join('、')}（仍会导入，入册后生效）
            </Text>
          ) : null}
          <BigButton
            loading={busy}
            disabled={pre.rows.length === 0}
            onClick={() =>
              act(async () => {
                await trips('trips.importHistory', { rows: pre.rows });
                setPre(null);
              }, '已导入')
            }
          >
            确认导入 {pre.rows.length} 条
          </BigButton>
        </View>
      ) : null}
      <ErrorBanner error={fail} />
    </View>
  );
}

export function TripsAdmin() {
  const { data, error, loading, reload } = useLoad(() => trips('trips.plans', {}), []);
  const [creating, setCreating] = useState(false);
  if (loading) return <LoadingState />;
  if (error) return <ErrorBanner error={error} onRetry={reload} />;
  return (
    <View className="tr-stack">
      {creating ? (
        <NewPlan
          onDone={() => {
            setCreating(false);
            reload();
          }}
        />
      ) : (
        <BigButton onClick={() => setCreating(true)}>新建疗休养计划</BigButton>
      )}
      {data?.plans.length === 0 ? <Text className="tr-muted">还没有计划。</Text> : null}
      {data?.plans.map((p) => (
        <PlanCard key={p.planId} plan={p} onChange={reload} />
      ))}
      <HistoryImport />
      <BigButton kind="plain" onClick={() => go(tripsUrl('index'))}>
        看教职工看到的页面
      </BigButton>
    </View>
  );
}
