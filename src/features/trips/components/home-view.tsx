// 疗休养 for staff: the current plan, "你可以报名" or exactly why not, routes with pictures, days,
// level and cost, up to 3 preferences in order, my status with what to do next, confirm or give up.
import { Image, Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { go } from '../../../services/nav';
import { pages } from '../../../../domain/pages';
import { beijing } from '../../../../domain/time';
import { useLoad } from '../../../hooks/use-load';
import { trips, type Out } from '../api';
import {
  dateSpan,
  levelText,
  preferenceLabel,
  statusLine,
  togglePreference,
  yuan,
} from '../format';
import { tripsUrl } from '../routes';
import './trips.scss';

type Plan = Out<'trips.plans'>['plans'][number];

async function loadAll() {
  const { plans } = await trips('trips.plans', {});
  const plan = plans[0];
  if (!plan) return { plan: null, mine: null, elig: null, history: [] };
  const [mine, elig, history] = await Promise.all([
    trips('trips.mine', { planId: plan.planId }),
    trips('trips.eligibility', { planId: plan.planId }),
    trips('trips.myTrips', {}),
  ]);
  return { plan, mine, elig, history: history.trips };
}

export function TripsHome() {
  const { data, error, loading, reload } = useLoad(loadAll, []);
  const [picked, setPicked] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [fail, setFail] = useState<CloudError | null>(null);
  const [contact, setContact] = useState({ name: '', phone: '', id: '' });
  if (loading) return <LoadingState />;
  if (error) return <ErrorBanner error={error} onRetry={reload} />;
  if (!data?.plan || !data.mine || !data.elig)
    return (
      <EmptyState
        title="现在没有疗休养计划"
        hint="校工会发布新一轮疗休养后，会在这里报名。"
        action={{ label: '回首页', onClick: () => go(pages.tabs.home()) }}
      />
    );
  const { plan, mine, elig } = data;
  const choices = picked ?? mine.choices ?? [];
  const canApply =
    plan.phase === 'open' && elig.eligible && (mine.status === 'none' || mine.status === 'applied');
  const status = statusLine(mine);
  const groupName = new Map(
    plan.routes.flatMap((r) =>
      r.groups.map((g) => [g.groupId, `${r.name} ${dateSpan(g.departAt, g.returnAt)}`] as const),
    ),
  );

  const act = async (fn: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setFail(null);
    try {
      await fn();
      void Taro.showToast({ title: done, icon: 'success' });
      setPicked(null);
      reload();
    } catch (e) {
      setFail(toCloudError(e));
    } finally {
      setBusy(false);
    }
  };
  const confirmThen = async (content: string, fn: () => Promise<unknown>, done: string) => {
    const r = await Taro.showModal({ title: '请确认', content, confirmText: '确定' });
    if (r.confirm) await act(fn, done);
  };

  return (
    <View className="tr-stack">
      <View className="tr-card">
        <Text className="tr-title">{plan.name}</Text>
        <Text className="tr-muted">
          报名时间：{beijing(plan.applyOpenAt).format('M月D日')}–
          {beijing(plan.applyCloseAt).format('M月D日 HH:mm')} 截止。工龄满 {plan.serviceYears}{' '}
          年可报名，每 {plan.cycleYears} 年可参加一次；获得名额后 {plan.confirmDays} 天内确认。
        </Text>
      </View>

      <View className="tr-card tr-card--status">
        <Text className="tr-title">{status.title}</Text>
        {mine.groupId ? <Text className="tr-text">{groupName.get(mine.groupId)}</Text> : null}
        <Text className="tr-text">{status.next}</Text>
        {mine.status === 'assigned' ? (
          <View>
            <Text className="tr-muted">紧急联系人（只有本批次领队和校工会能看到）</Text>
            <Input
              className="tr-input"
              placeholder="紧急联系人姓名"
              value={contact.name}
              onInput={(e) => setContact({ ...contact, name: e.detail.value })}
            />
            <Input
              className="tr-input"
              type="number"
              placeholder="紧急联系人手机号"
              value={contact.phone}
              onInput={(e) => setContact({ ...contact, phone: e.detail.value })}
            />
            {plan.exportIdNumbers ? (
              <Input
                className="tr-input"
                type="idcard"
                placeholder="身份证号（仅用于旅行社购买保险）"
                value={contact.id}
                onInput={(e) => setContact({ ...contact, id: e.detail.value })}
              />
            ) : null}
            <BigButton
              loading={busy}
              onClick={() =>
                act(
                  () =>
                    trips('trips.respond', {
                      planId: plan.planId,
                      accept: true,
                      ...(contact.name ? { emergencyName: contact.name } : {}),
                      ...(contact.phone ? { emergencyPhone: contact.phone } : {}),
                      ...(contact.id ? { idNumber: contact.id } : {}),
                    }),
                  '已确认参加',
                )
              }
            >
              确认参加
            </BigButton>
            <BigButton
              kind="plain"
              onClick={() =>
                confirmThen(
                  '放弃后名额会让给候补的同事，不能撤回。确定放弃吗？',
                  () => trips('trips.respond', { planId: plan.planId, accept: false }),
                  '已放弃',
                )
              }
            >
              放弃名额
            </BigButton>
          </View>
        ) : null}
        {mine.status === 'confirmed' ? (
          <View>
            <BigButton onClick={() => go(tripsUrl('pass', { planId: plan.planId }))}>
              出发签到码
            </BigButton>
            <BigButton
              kind="plain"
              onClick={() =>
                confirmThen(
                  '退出后名额让给候补的同事；成团后退出按规定记为已参加过一次。确定退出吗？',
                  () => trips('trips.withdraw', { planId: plan.planId }),
                  '已退出',
                )
              }
            >
              退出这次疗休养
            </BigButton>
          </View>
        ) : null}
        {mine.status === 'applied' || mine.status === 'waitlisted' ? (
          <BigButton
            kind="plain"
            onClick={() =>
              confirmThen(
                '确定退出报名吗？',
                () => trips('trips.withdraw', { planId: plan.planId }),
                '已退出报名',
              )
            }
          >
            退出报名
          </BigButton>
        ) : null}
      </View>

      {!elig.eligible ? <View className="tr-warn">{elig.reason}</View> : null}
      {elig.eligible && plan.phase === 'open' && mine.status === 'none' ? (
        <View className="tr-card">
          <Text className="tr-title">你可以报名</Text>
          <Text className="tr-text">
            点下面的批次选志愿，最多 3 个，按点的顺序排第 1、2、3 志愿；再点一次取消。
          </Text>
        </View>
      ) : null}

      {plan.routes.map((r) => (
        <RouteCard
          key={r.routeId}
          route={r}
          choices={choices}
          selectable={canApply}
          onPick={(id) => setPicked(togglePreference(choices, id))}
        />
      ))}

      <ErrorBanner error={fail} />
      {canApply ? (
        <BigButton
          loading={busy}
          disabled={choices.length === 0}
          onClick={() =>
            act(
              () => trips('trips.apply', { planId: plan.planId, choices }),
              mine.status === 'applied' ? '志愿已修改' : '报名成功',
            )
          }
        >
          {mine.status === 'applied' ? '保存修改的志愿' : '提交报名'}
        </BigButton>
      ) : null}

      <View className="tr-card">
        <Text className="tr-title">我的疗休养记录</Text>
        {data.history.length === 0 ? (
          <Text className="tr-muted">还没有记录。</Text>
        ) : (
          data.history.map((h) => (
            <Text key={`${h.year}`} className="tr-text">
              {h.year} 年 {h.route ?? ''}
              {h.counted ? '（成团后退出，记为参加）' : ''}
            </Text>
          ))
        )}
      </View>
    </View>
  );
}

function RouteCard({
  route,
  choices,
  selectable,
  onPick,
}: {
  route: Plan['routes'][number];
  choices: string[];
  selectable: boolean;
  onPick: (groupId: string) => void;
}) {
  return (
    <View className="tr-card">
      <Text className="tr-title">{route.name}</Text>
      <Text className="tr-text">
        {[
          route.destination,
          route.days ? `${route.days} 天` : '',
          levelText(route.level),
          route.retireesOk === false ? '不适合退休教职工' : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {route.costFen !== undefined ? (
        <Text className="tr-text">
          费用 {yuan(route.costFen)}
          {route.subsidyFen !== undefined ? `，工会补贴 ${yuan(route.subsidyFen)}` : ''}
          {route.selfPaidFen !== undefined ? `，自费 ${yuan(route.selfPaidFen)}` : ''}
        </Text>
      ) : null}
      {route.pictures.length ? (
        <View className="tr-pictures">
          {route.pictures.map((src) => (
            <Image key={src} className="tr-picture" src={src} mode="aspectFill" />
          ))}
        </View>
      ) : null}
      {route.description ? <Text className="tr-muted">{route.description}</Text> : null}
      {route.groups.map((g) => {
        const i = choices.indexOf(g.groupId);
        return (
          <View
            key={g.groupId}
            className={`tr-group${i >= 0 ? ' tr-group--on' : ''}`}
            onClick={() => selectable && onPick(g.groupId)}
          >
            <Text>
              {dateSpan(g.departAt, g.returnAt)} · {g.capacity} 人
              {g.meetingPoint ? ` · ${g.meetingPoint}集合` : ''}
              {g.leaderName ? ` · 领队 ${g.leaderName}` : ''}
            </Text>
            {i >= 0 ? <Text className="tr-tag">{preferenceLabel(i)}</Text> : null}
          </View>
        );
      })}
    </View>
  );
}
