// One 疗休养 plan on 疗休养管理: numbers per group as bars, the allocation with a confirmation and
// its published seed, the priority list and the ID-number switch for the agency export.
import { Switch, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { go } from '../../../services/nav';
import { beijing } from '../../../../domain/time';
import { trips, type Out } from '../api';
import { tripsUrl } from '../routes';
import { useLoad } from '../../../hooks/use-load';
import './trips.scss';
import { useAct } from './use-act';
import { Line } from './line-field';

type Plan = Out<'trips.plans'>['plans'][number];

export function PlanCard({ plan, onChange }: { plan: Plan; onChange: () => void }) {
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
