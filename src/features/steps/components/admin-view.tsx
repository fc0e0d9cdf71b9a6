// 健步走管理 for union admins and branch chairs: the team table with compliance rates per team and
// age group, ranking by rate or by average steps, each team's chart over time, top walkers,
// flagged days, walker search and the .xlsx export. A chair's walker lists show their own branch.
import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import type { CampaignView, Report, Standings } from '../../../../domain/steps/contract';
import { beijingDay } from '../../../../domain/time';
import { BigButton } from '../../../components/big-button';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { toCloudError, type CloudError } from '../../../services/cloud';
import { saveFile } from '../../../services/file';
import { go } from '../../../services/nav';
import { useMe } from '../../account/use-me';
import { closeCampaign, exportWalkers, getReport, getStandings, listCampaigns } from '../api';
import { formatRate, formatSteps, pickCampaign, sortTeams, type TeamSort } from '../view';
import { RateBars } from './charts';
import { CampaignCard } from './walker-view';
import './walkathon.scss';
import { pages } from '../../../../domain/pages';
import { confirm } from '../../../components/confirm';

function Tile({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <View className="wk-tile">
      <Text className="wk-tile__label">{label}</Text>
      <Text className="wk-tile__value">{value}</Text>
      {hint ? <Text className="wk-tile__hint">{hint}</Text> : null}
    </View>
  );
}

/** One team's average steps per walker per day, as vertical bars. */
function TeamChart({
  standings,
  teamId,
  target,
}: {
  standings: Standings;
  teamId: string;
  target: number;
}) {
  const values = standings.series.teams[teamId] ?? [];
  const days = standings.series.days;
  const top = Math.max(target, ...values, 1);
  return (
    <View className="day-bars">
      <View className="day-bars__plot">
        <View
          className="day-bars__target"
          style={{ bottom: `${Math.round((target / top) * 100)}%` }}
        />
        {values.map((v, i) => (
          <View key={days[i]} className="day-bars__col" aria-label={`${days[i]} 人均 ${v} 步`}>
            <View
              className={`day-bars__bar${v >= target ? ' day-bars__bar--ok' : ''}`}
              style={{ height: `${Math.round((v / top) * 100)}%` }}
            />
          </View>
        ))}
      </View>
      <View className="day-bars__axis">
        <Text>{days[0] ?? ''}</Text>
        <Text>{days[days.length - 1] ?? ''}</Text>
      </View>
      <Text className="day-bars__legend">
        每天本队人均计入步数；虚线：每日目标 {formatSteps(target)} 步
      </Text>
    </View>
  );
}

export function AdminView({ campaignId }: { campaignId?: string }) {
  const { me } = useMe();
  const [campaigns, setCampaigns] = useState<CampaignView[] | null>(null);
  const [chosen, setChosen] = useState<string | undefined>(campaignId);
  const [standings, setStandings] = useState<Standings | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<CloudError | null>(null);
  const [sort, setSort] = useState<TeamSort>('rate');
  const [teamQ, setTeamQ] = useState('');
  const [walkerQ, setWalkerQ] = useState('');
  const [team, setTeam] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [showEmpty, setShowEmpty] = useState(false);
  const [closing, setClosing] = useState(false);

  const isAdmin = Boolean(me?.roles.includes('admin'));
  const campaign = campaigns ? pickCampaign(campaigns, chosen) : null;

  const load = useCallback(async () => {
    setError(null);
    try {
      const list = (await listCampaigns()).campaigns;
      const c = pickCampaign(list, chosen);
      const [s, r] = c
        ? await Promise.all([getStandings(c.campaignId), getReport({ campaignId: c.campaignId })])
        : [null, null];
      setStandings(s);
      setReport(r);
      setCampaigns(list);
    } catch (e) {
      setError(toCloudError(e));
    }
  }, [chosen]);

  useEffect(() => {
    if (me) void load();
  }, [me, load]);

  const search = async () => {
    if (!campaign) return;
    try {
      setReport(
        await getReport({ campaignId: campaign.campaignId, q: walkerQ.trim() || undefined }),
      );
    } catch (e) {
      setError(toCloudError(e));
    }
  };

  const doExport = async () => {
    if (!campaign) return;
    setExporting(true);
    try {
      await saveFile(await exportWalkers(campaign.campaignId));
      void Taro.showToast({ title: '已导出', icon: 'success' });
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setExporting(false);
    }
  };

  /** 结束活动: ends it today after a confirmation, then shows the final standings. */
  const doClose = async (c: CampaignView) => {
    const ok = await confirm({
      title: '今天就结束这个活动？',
      content: `「${c.name}」将以今天（${beijingDay()}）为最后一天，之后不能再报名和累计步数，各队成绩随即算好。达标规则不变：按天数的规则最多要求到实际进行的天数。结束后不能恢复。`,
      confirmText: '结束活动',
      cancelText: '不结束',
    });
    if (!ok) return;
    setClosing(true);
    setError(null);
    try {
      const r = await closeCampaign(c.campaignId);
      void Taro.showToast({
        title: r.alreadyClosed ? '活动已经结束了' : `已结束，${r.compliant} 人全程达标`,
        icon: 'none',
      });
      await load();
    } catch (e) {
      setError(toCloudError(e));
    } finally {
      setClosing(false);
    }
  };

  if (error && !campaigns) return <ErrorBanner error={error} onRetry={() => void load()} />;
  if (!campaigns) return <LoadingState />;
  const setup = isAdmin ? (
    <BigButton kind="secondary" onClick={() => go(pages.walkathon.setup())}>
      新建健步走活动
    </BigButton>
  ) : null;
  if (!campaign) {
    return (
      <View className="wk">
        <EmptyState
          title="还没有健步走活动"
          hint={
            isAdmin
              ? '点下面的按钮设置第一次活动。'
              : '校工会发布活动后，这里能看到本分工会的情况。'
          }
        />
        {setup}
      </View>
    );
  }

  const teams = standings ? sortTeams(standings.teams, sort, teamQ) : [];
  const shownTeam = team ?? teams.find((t) => t.participants > 0)?.teamId ?? null;
  const groups = standings?.ageGroups ?? [];
  const emptyTeams = teams.filter((t) => t.participants === 0).length;

  return (
    <View className="wk">
      {campaigns.length > 1 ? (
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
      ) : null}
      <CampaignCard c={campaign} />
      {error ? <ErrorBanner error={error} /> : null}
      {standings ? (
        <>
          <View className="wk-tiles">
            <Tile label="参加人数" value={`${standings.participants} 人`} />
            <Tile
              label="全程达标"
              value={`${standings.compliant} 人`}
              hint={`达标率 ${formatRate(standings.rate)}`}
            />
            {groups.map((g) => (
              <Tile
                key={g.groupId}
                label={g.name}
                value={formatRate(g.rate)}
                hint={`${g.compliant} / ${g.participants} 人达标`}
              />
            ))}
          </View>
          <Text className="wk-card__note">
            统计到 {standings.asOfDay}。达标率 = 全程达标人数 ÷
            参加人数；活动进行中，达标人数会逐日增加。
          </Text>

          <View className="wk-card">
            <Text className="wk-card__title">各队情况</Text>
            <View className="wk-chips">
              <Text
                className={`wk-chip${sort === 'rate' ? ' wk-chip--on' : ''}`}
                onClick={() => setSort('rate')}
              >
                按达标率排名
              </Text>
              <Text
                className={`wk-chip${sort === 'avg' ? ' wk-chip--on' : ''}`}
                onClick={() => setSort('avg')}
              >
                按人均步数排名
              </Text>
            </View>
            <Input
              className="wk-search"
              value={teamQ}
              placeholder="搜索队伍（分工会）名称"
              onInput={(e) => setTeamQ(e.detail.value)}
            />
            <View className="wk-table" data-testid="team-table">
              {teams
                .filter((t) => showEmpty || t.participants > 0)
                .map((t) => (
                  <View
                    key={t.teamId}
                    className={`wk-table__row${t.teamId === shownTeam ? ' wk-table__row--on' : ''}`}
                    onClick={() => setTeam(t.teamId)}
                  >
                    <Text className="wk-table__rank">
                      {t.participants ? (sort === 'rate' ? t.rankByRate : t.rankByAvg) : '—'}
                    </Text>
                    <View className="wk-table__name">
                      <Text>{t.name}</Text>
                      <Text className="wk-table__sub">
                        {t.participants
                          ? `参加 ${t.participants} 人 · 达标 ${t.compliant} 人 · 人均 ${formatSteps(t.avgSteps)} 步/天`
                          : '还没有人报名'}
                      </Text>
                      {t.participants && groups.length > 1 ? (
                        <Text className="wk-table__sub">
                          {groups
                            .map((g) => {
                              const v = t.byAgeGroup[g.groupId];
                              return v
                                ? `${g.name} ${formatRate(v.rate)}（${v.participants} 人）`
                                : '';
                            })
                            .filter(Boolean)
                            .join('；')}
                        </Text>
                      ) : null}
                    </View>
                    <Text className="wk-table__big">
                      {!t.participants
                        ? '—'
                        : sort === 'rate'
                          ? formatRate(t.rate)
                          : formatSteps(t.avgSteps)}
                    </Text>
                  </View>
                ))}
            </View>
            {emptyTeams > 0 ? (
              <Text className="wk-chip" onClick={() => setShowEmpty((v) => !v)}>
                {showEmpty
                  ? '只看有人报名的队伍'
                  : `另有 ${emptyTeams} 支队伍还没有人报名，点此显示`}
              </Text>
            ) : null}
            <Text className="wk-card__note">点一支队伍，下面显示它每天的人均步数。</Text>
          </View>

          {shownTeam ? (
            <View className="wk-card">
              <Text className="wk-card__title">
                {standings.teams.find((t) => t.teamId === shownTeam)?.name ?? ''} · 每天人均步数
              </Text>
              <TeamChart standings={standings} teamId={shownTeam} target={campaign.dailyTarget} />
            </View>
          ) : null}

          <View className="wk-card">
            <Text className="wk-card__title">达标率对比</Text>
            <RateBars
              items={sortTeams(standings.teams, 'rate')
                .filter((t) => t.participants > 0)
                .map((t) => ({
                  key: t.teamId,
                  label: t.name,
                  value: t.rate,
                  text: formatRate(t.rate),
                }))}
            />
          </View>
        </>
      ) : null}

      {report ? (
        <>
          <View className="wk-card">
            <Text className="wk-card__title">
              {report.scope === 'branch' ? '本分工会步数前十' : '步数前十'}
            </Text>
            {report.top.length === 0 ? (
              <Text className="wk-card__line">还没有人同步步数。</Text>
            ) : null}
            {report.top.map((w, i) => (
              <View key={w.staffNo} className="wk-table__row">
                <Text className="wk-table__rank">{i + 1}</Text>
                <View className="wk-table__name">
                  <Text>{w.name}</Text>
                  <Text className="wk-table__sub">{w.teamName}</Text>
                </View>
                <Text className="wk-table__num">{w.daysReached} 天</Text>
                <Text className="wk-table__num">{formatSteps(w.total)}</Text>
              </View>
            ))}
          </View>

          <View className="wk-card">
            <Text className="wk-card__title">异常步数（{report.flagged.length}）</Text>
            <Text className="wk-card__note">
              单日超过 {formatSteps(campaign.flagAbove)} 步的记录，可能来自刷步工具；每天最多计入{' '}
              {formatSteps(campaign.dailyCap)} 步。请核实后与本人沟通。
            </Text>
            {report.flagged.slice(0, 20).map((f) => (
              <View key={`${f.staffNo}:${f.date}`} className="wk-table__row">
                <View className="wk-table__name">
                  <Text>
                    {f.name}（{f.staffNo}）
                  </Text>
                  <Text className="wk-table__sub">{f.teamName}</Text>
                </View>
                <Text className="wk-table__num">{f.date.slice(5)}</Text>
                <Text className="wk-table__num">{formatSteps(f.steps)}</Text>
              </View>
            ))}
          </View>

          <View className="wk-card">
            <Text className="wk-card__title">查找参加者</Text>
            <Input
              className="wk-search"
              value={walkerQ}
              placeholder="输入姓名或工号"
              confirmType="search"
              onInput={(e) => setWalkerQ(e.detail.value)}
              onConfirm={() => void search()}
            />
            <BigButton kind="secondary" onClick={() => void search()}>
              查找
            </BigButton>
            <Text className="wk-card__note">
              共 {report.matched} 人
              {report.matched > report.rows.length ? `，显示前 ${report.rows.length} 人` : ''}。
            </Text>
            {report.rows.slice(0, 50).map((w) => (
              <View key={w.staffNo} className="wk-table__row">
                <View className="wk-table__name">
                  <Text>
                    {w.name}（{w.staffNo}）
                  </Text>
                  <Text className="wk-table__sub">
                    {w.teamName} · {w.ageGroup}
                    {w.flaggedDays ? ` · 异常 ${w.flaggedDays} 天` : ''}
                  </Text>
                </View>
                <Text className="wk-table__num">
                  {w.compliant ? '已达标' : `${w.daysReached} 天`}
                </Text>
                <Text className="wk-table__num">{formatSteps(w.avgSteps)}/天</Text>
              </View>
            ))}
          </View>
        </>
      ) : null}

      <BigButton loading={exporting} onClick={() => void doExport()}>
        导出参加者表格（.xlsx）
      </BigButton>
      {isAdmin ? (
        <View className="wk-form" data-testid="campaign-manage">
          <Text className="wk-label">管理这个活动</Text>
          <Text className="wk-card__note">
            {campaign.status === 'ended'
              ? '活动已结束，可以修改名称和说明。'
              : campaign.endDate === beijingDay()
                ? '今天是活动的最后一天，可以修改名称、说明和达标规则。'
                : '可以修改名称、说明、结束日期、每日目标和达标规则；也可以今天就结束活动。'}
          </Text>
          <BigButton
            kind="secondary"
            onClick={() => go(pages.walkathon.setup({ campaignId: campaign.campaignId }))}
          >
            修改活动
          </BigButton>
          {campaign.status === 'running' && campaign.endDate > beijingDay() ? (
            <BigButton kind="plain" loading={closing} onClick={() => void doClose(campaign)}>
              结束活动
            </BigButton>
          ) : null}
        </View>
      ) : null}
      {setup}
    </View>
  );
}
