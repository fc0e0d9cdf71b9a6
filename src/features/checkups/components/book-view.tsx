// The staff page of a check-up: my package and its items, the days and slots with places left
// (full ones greyed), book / change / cancel, add-ons and what they cost, the pass, and the note
// that results stay with the hospital.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { useMe } from '../../account/use-me';
import { useLoad } from '../../../hooks/use-load';
import { checkups } from '../api';
import { go } from '../../../services/nav';
import { pages } from '../../../../domain/pages';
import { dayLabel, dayLeft, slotLine, slotState, statusLine, yuan } from '../view';
import './checkups.scss';

export const NO_RESULTS_NOTE =
  '体检结果只在医院保存，工会不收集、不保存任何体检结果。结果请按医院的通知查看或领取。';

export function CheckupsHome({ campaignId }: { campaignId?: string }) {
  const list = useLoad(() => checkups('checkups.current', {}), []);
  if (campaignId) return <BookView campaignId={campaignId} />;
  if (list.loading) return <LoadingState />;
  if (list.error) return <ErrorBanner error={list.error} onRetry={list.reload} />;
  const first = list.data?.campaigns[0];
  if (!first)
    return (
      <EmptyState
        title="现在没有体检安排"
        hint="校工会发布体检安排后，会在这里预约，也会发消息提醒你。"
      />
    );
  return <BookView campaignId={first.campaignId} />;
}

function BookView({ campaignId }: { campaignId: string }) {
  const { me } = useMe();
  const [tick, setTick] = useState(0);
  const data = useLoad(
    () =>
      Promise.all([
        checkups('checkups.campaign', { campaignId }),
        checkups('checkups.slots', { campaignId }),
        checkups('checkups.mine', { campaignId }),
      ]),
    [campaignId, tick],
  );
  const [dayIdx, setDayIdx] = useState<number | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CloudError | null>(null);
  const [done, setDone] = useState<string | null>(null);

  if (data.loading && !data.data) return <LoadingState />;
  if (data.error || !data.data) return <ErrorBanner error={data.error} onRetry={data.reload} />;
  const [campaign, slots, mine] = data.data;
  const now = new Date();
  const retired = me?.status === '退休';
  const myDay = mine.date ? slots.days.findIndex((d) => d.date === mine.date) : -1;
  const shownDay = dayIdx ?? (myDay >= 0 ? myDay : 0);
  const day = slots.days[shownDay];
  const booked = Boolean(mine.slotId);

  const act = async (run: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone(await run());
      setPicked(null);
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setBusy(false);
      setTick((n) => n + 1);
    }
  };
  const submit = () =>
    act(async () => {
      if (!picked) return '';
      if (booked) {
        await checkups('checkups.reschedule', { campaignId, slotId: picked });
        return '改约成功，原来时段的名额已退回。';
      }
      const r = await checkups('checkups.book', { campaignId, slotId: picked });
      return `预约成功，套餐：${r.packageName}。体检前一天晚上会提醒你。`;
    });
  const cancel = async () => {
    const ok = await Taro.showModal({
      title: '取消体检预约？',
      content: '取消后名额会让给别人，以后还可以重新预约（如果还有名额）。',
      confirmText: '取消预约',
      cancelText: '不取消',
    });
    if (!ok.confirm) return;
    await act(async () => {
      await checkups('checkups.cancel', { campaignId });
      return '已取消预约。';
    });
  };
  const toggleAddon = (addonId: string) =>
    act(async () => {
      const next = mine.addonIds.includes(addonId)
        ? mine.addonIds.filter((a) => a !== addonId)
        : [...mine.addonIds, addonId];
      const r = await checkups('checkups.setAddons', { campaignId, addonIds: next });
      return `自费加项已更新，到医院需自付 ${yuan(r.addonsFen)}。`;
    });
  const place = campaign.places[0];
  const recommended = new Set(campaign.recommendedDates);

  return (
    <View>
      <Text className="ck-status" data-testid="ck-status">
        {statusLine(mine)}
      </Text>
      {done ? (
        <View className="ck-result" data-testid="ck-done">
          {done}
        </View>
      ) : null}
      <ErrorBanner error={error} />
      {booked ? (
        <View className="ck-section">
          <BigButton onClick={() => go(pages.checkups.pass({ campaign: campaignId }))}>
            打开体检签到码
          </BigButton>
          <Text className="ck-muted">
            {mine.canChange
              ? '体检前一天之前都可以改约或取消：在下面选一个新时段，点「改约到这个时段」。'
              : '已到体检日，不能再改约或取消。'}
          </Text>
        </View>
      ) : null}

      <View className="ck-section">
        <Text className="ck-title">{campaign.name}</Text>
        {place ? (
          <Text className="ck-text">
            地点：{place.name}（{place.address}）{place.shuttle ? `\n班车：${place.shuttle}` : ''}
          </Text>
        ) : null}
        <Text className="ck-text">
          我的套餐：{mine.packageName || '暂无'}（按体检当天的年龄和性别）
        </Text>
        {mine.packageItems.length ? (
          <View className="ck-items">
            {mine.packageItems.map((i) => (
              <Text key={i} className="ck-item">
                {i}
              </Text>
            ))}
          </View>
        ) : null}
        <Text className="ck-note">体检前一天晚上 8 点后禁食，第二天早上空腹，带身份证。</Text>
      </View>

      {mine.checkedInAt ? null : (
        <View className="ck-section">
          <Text className="ck-title">{booked ? '改约：选一个新时段' : '选日期和时段'}</Text>
          <View className="ck-days">
            {slots.days.map((d, i) => (
              <View
                key={d.date}
                className={`ck-day${i === shownDay ? ' ck-day--on' : ''}`}
                onClick={() => {
                  setDayIdx(i);
                  setPicked(null);
                }}
              >
                <Text>{dayLabel(d.date)}</Text>
                <Text className="ck-muted">
                  {d.retireesOnly ? '退休专场 · ' : ''}
                  {recommended.has(d.date) ? '推荐本分工会 · ' : ''}余 {dayLeft(d)}
                </Text>
              </View>
            ))}
          </View>
          {day ? (
            <View className="ck-slots" data-testid="ck-slots">
              {day.slots.map((s) => {
                const state = slotState(s, day, { retired, mySlotId: mine.slotId }, now);
                const on = picked === s.slotId;
                return (
                  <View
                    key={s.slotId}
                    className={`ck-slot ck-slot--${state}${on ? ' ck-slot--picked' : ''}`}
                    aria-disabled={state !== 'open'}
                    onClick={() => state === 'open' && setPicked(s.slotId)}
                  >
                    {slotLine(s, state)}
                  </View>
                );
              })}
            </View>
          ) : null}
          {day?.retireesOnly && !retired ? (
            <Text className="ck-muted">这一天是退休教职工专场，请选其他日期。</Text>
          ) : null}
          <BigButton
            disabled={!picked || Boolean(mine.blocked) || (booked && !mine.canChange)}
            loading={busy}
            onClick={() => void submit()}
          >
            {booked ? '改约到这个时段' : '预约这个时段'}
          </BigButton>
        </View>
      )}

      {booked && campaign.addons.length ? (
        <View className="ck-section">
          <Text className="ck-title">自费加项（到医院自付）</Text>
          {campaign.addons.map((a) => {
            const on = mine.addonIds.includes(a.addonId);
            return (
              <View
                key={a.addonId}
                className="ck-check"
                onClick={() => void toggleAddon(a.addonId)}
              >
                <View className={`ck-box${on ? ' ck-box--on' : ''}`}>{on ? '✓' : ''}</View>
                <Text>
                  {a.name} · {yuan(a.priceFen)}
                </Text>
              </View>
            );
          })}
          <Text className="ck-text">合计自付：{yuan(mine.addonsFen)}</Text>
        </View>
      ) : null}

      {booked && mine.canChange ? (
        <View className="ck-section">
          <BigButton kind="secondary" onClick={() => void cancel()}>
            取消预约
          </BigButton>
        </View>
      ) : null}

      {campaign.elsewhereDeadline && !booked ? (
        <View className="ck-section">
          <Text className="ck-text">
            在其他医院自己体检的，可凭发票按套餐标准报销。
            {mine.elsewhere
              ? `已提交：${mine.elsewhere.hospital}，${yuan(mine.elsewhere.amountFen)}。`
              : ''}
          </Text>
          <BigButton
            kind="secondary"
            onClick={() => go(pages.checkups.elsewhere({ campaign: campaignId }))}
          >
            {mine.elsewhere ? '查看报销申请' : '自行体检报销'}
          </BigButton>
        </View>
      ) : null}

      <Text className="ck-muted" data-testid="ck-no-results">
        {NO_RESULTS_NOTE}
      </Text>
    </View>
  );
}
