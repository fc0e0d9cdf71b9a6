// 健步走 for a walker: sign up, sync WeRun steps, today's ring, the last 31 days, days reached,
// pace, rank in the team and overall, and how the teams stand.
import { Text, View } from '@tarojs/components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CampaignView, Standings, StepsMe } from '../../../../domain/steps/contract';
import { beijingDateTime } from '../../../../domain/time';
import { BigButton } from '../../../components/big-button';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { NavRow } from '../../../components/nav-row';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { go } from '../../../services/nav';
import { useMe } from '../../account/use-me';
import { getMine, getStandings, joinCampaign, listCampaigns, syncSteps } from '../api';
import {
  formatRate,
  formatSteps,
  paceShown,
  pickCampaign,
  rankTexts,
  ruleText,
  sortTeams,
} from '../view';
import { weRunReference } from '../werun';
import { askToSubscribe, usePreloadTemplates } from '../../notify/ask-to-subscribe';
import { DayBars, StepRing } from './charts';
import { BarChart } from '../../../components/bar-chart';
import './walkathon.scss';
import { pages } from '../../../../domain/pages';

export const REFRESH_TIP =
  '微信运动的步数只在你打开小程序时才会更新：每天走完后打开一次，点「同步微信步数」，当天的步数才会计入。';

function Tile({
  label,
  value,
  hint,
  tone,
}: {
  label: string;
  value: string;
  hint?: string;
  tone?: string;
}) {
  return (
    <View className={`wk-tile${tone ? ` wk-tile--${tone}` : ''}`}>
      <Text className="wk-tile__label">{label}</Text>
      <Text className="wk-tile__value">{value}</Text>
      {hint ? <Text className="wk-tile__hint">{hint}</Text> : null}
    </View>
  );
}

export function CampaignCard({ c }: { c: CampaignView }) {
  return (
    <View className="wk-card">
      <Text className="wk-card__title">{c.name}</Text>
      <Text className="wk-card__line">
        {c.startDate} 至 {c.endDate}，每天走满 {formatSteps(c.dailyTarget)} 步算达标一天
      </Text>
      <Text className="wk-card__line">{ruleText(c.rule, c.totalDays, c.neededDays)}</Text>
      <Text className="wk-card__note">
        每天最多计入 {formatSteps(c.dailyCap)} 步；
        {c.teamMode === 'branch' ? '按分工会组队' : '按队伍组队'}。
      </Text>
      {c.description ? <Text className="wk-card__note">{c.description}</Text> : null}
    </View>
  );
}

export function WalkerView({ campaignId }: { campaignId?: string }) {
  const { me: account, unbound } = useMe();
  const [campaigns, setCampaigns] = useState<CampaignView[] | null>(null);
  const [chosen, setChosen] = useState<string | undefined>(campaignId);
  const [mine, setMine] = useState<StepsMe | null>(null);
  const [standings, setStandings] = useState<Standings | null>(null);
  const [error, setError] = useState<CloudError | null>(null);
  const [busy, setBusy] = useState<'join' | 'sync' | null>(null);
  const [notice, setNotice] = useState('');
  const asked = useRef(false); // asked to subscribe already (a retry does not ask again)
  usePreloadTemplates();

  const campaign = campaigns ? pickCampaign(campaigns, chosen) : null;

  const load = useCallback(async () => {
    setError(null);
    try {
      const list = (await listCampaigns()).campaigns;
      const c = pickCampaign(list, chosen);
      const [m, s] = c
        ? await Promise.all([getMine(c.campaignId), getStandings(c.campaignId)])
        : [null, null];
      setMine(m);
      setStandings(s);
      setCampaigns(list);
    } catch (e) {
      setError(toCloudError(e));
    }
  }, [chosen]);

  useEffect(() => {
    if (account) void load();
  }, [account, load]);

  if (unbound)
    return (
      <EmptyState
        title="请先绑定工号"
        hint="绑定后就能报名健步走、同步步数。"
        action={{ label: '绑定工号', onClick: () => go(pages.account.bind()) }}
      />
    );
  if (error && !campaigns) return <ErrorBanner error={error} onRetry={() => void load()} />;
  if (!campaigns) return <LoadingState />;
  if (!campaign)
    return <EmptyState title="现在没有健步走活动" hint="校工会发布活动后，这里就能报名。" />;

  const join = async () => {
    // the evening sync nudge (notify feature): WeChat shows its dialog only straight from the
    // tap, so ask first — before any await — then join whatever the answer
    const asking = asked.current ? null : askToSubscribe(['steps_nudge']);
    setBusy('join');
    setError(null);
    try {
      if (asking) asked.current = (await asking).asked;
      const r = await joinCampaign(campaign.campaignId);
      setNotice(`报名成功！你在「${r.teamName}」队。每天打开小程序同步一次步数。`);
      await load();
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setBusy(null);
    }
  };

  const sync = async () => {
    setBusy('sync');
    setError(null);
    setNotice('');
    try {
      const ref = await weRunReference();
      const r = await syncSteps(campaign.campaignId, ref);
      setNotice(`同步好了：活动期间已有 ${r.days} 天的步数，累计计入 ${formatSteps(r.total)} 步。`);
      await load();
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setBusy(null);
    }
  };

  const others =
    campaigns.length > 1 ? (
      <View className="wk-chips">
        {campaigns.map((c) => (
          <Text
            key={c.campaignId}
            className={`wk-chip${c.campaignId === campaign.campaignId ? ' wk-chip--on' : ''}`}
            onClick={() => setChosen(c.campaignId)}
          >
            {c.name}
          </Text>
        ))}
      </View>
    ) : null;

  const manage =
    account && account.roles.some((r) => r === 'admin' || r === 'branch_chair') ? (
      <NavRow
        title="管理健步走"
        hint="活动设置、各分工会达标率、导出"
        onClick={() => go(pages.walkathon.admin({ campaignId: campaign.campaignId }))}
      />
    ) : null;

  if (!mine || !mine.joined) {
    return (
      <View className="wk">
        {others}
        <CampaignCard c={campaign} />
        {error ? <ErrorBanner error={error} /> : null}
        {campaign.status === 'ended' ? (
          <EmptyState title="这次活动已经结束" hint="下次健步走开始时再来报名吧。" />
        ) : (
          <>
            <Text className="wk-card__line">
              报名后，每天打开小程序同步微信运动步数，就会计入你所在分工会的成绩。
            </Text>
            <BigButton loading={busy === 'join'} onClick={() => void join()}>
              报名参加
            </BigButton>
          </>
        )}
        {manage}
      </View>
    );
  }

  const pace = paceShown(mine.pace, mine.lastSyncAt);
  const teams = standings
    ? sortTeams(standings.teams, 'rate').filter((t) => t.participants > 0)
    : [];
  const ranks = rankTexts(teams.slice(0, 10).map((t) => t.rankByRate));
  return (
    <View className="wk">
      {others}
      <Text className="wk-card__line">
        {campaign.name} · {mine.teamName} · {mine.ageGroup}
      </Text>
      {notice ? <Text className="wk-notice">{notice}</Text> : null}
      {error ? <ErrorBanner error={error} /> : null}
      <StepRing steps={mine.today.steps} target={mine.today.target} />
      <BigButton
        loading={busy === 'sync'}
        disabled={campaign.status !== 'running'}
        onClick={() => void sync()}
      >
        同步微信步数
      </BigButton>
      <Text className="wk-tip">
        {REFRESH_TIP}
        {mine.lastSyncAt ? ` 上次同步：${beijingDateTime(mine.lastSyncAt)}。` : ' 你还没有同步过。'}
      </Text>
      <View className="wk-tiles">
        <Tile
          label="达标天数"
          value={`${mine.daysReached} 天`}
          hint={`需 ${mine.neededDays} 天 · 累计 ${formatSteps(mine.total)} 步`}
          tone={mine.compliant ? 'ok' : undefined}
        />
        <Tile label="进度" value={pace.label} hint={pace.hint} tone={pace.tone} />
        <Tile
          label="队内排名"
          value={mine.rank ? `第 ${mine.rank.team} 名` : '—'}
          hint={mine.rank ? `共 ${mine.rank.teamSize} 人` : undefined}
        />
        <Tile
          label="全校排名"
          value={mine.rank ? `第 ${mine.rank.overall} 名` : '—'}
          hint={mine.rank ? `共 ${mine.rank.overallSize} 人` : undefined}
        />
      </View>
      <View className="wk-card">
        <Text className="wk-card__title">最近 {mine.history.length} 天</Text>
        {mine.history.length ? (
          <DayBars history={mine.history} target={mine.today.target} />
        ) : (
          <Text className="wk-card__line">活动开始后，这里会显示每天的步数。</Text>
        )}
      </View>
      {teams.length ? (
        <View className="wk-card">
          <BarChart
            title="各队达标率"
            wrap
            bars={teams.slice(0, 10).map((t, i) => ({
              key: t.teamId,
              label: `${ranks[i]} · ${t.name}`,
              value: t.rate,
              text: formatRate(t.rate),
              mine: t.teamId === mine.teamId,
            }))}
          />
          <Text className="wk-card__note">
            全校达标率 {formatRate(standings?.rate ?? 0)}，排名按达标人数占本队参加人数的比例。
          </Text>
        </View>
      ) : null}
      {manage}
    </View>
  );
}
