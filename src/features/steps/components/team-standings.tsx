// 健步走管理's teams: the table ranked by compliance rate or average steps (search, teams nobody
// joined folded away), the chosen team's days, and the teams' rates side by side.
import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { CampaignView, Standings } from '../../../../domain/steps/contract';
import { formatRate, formatSteps, sortTeams, type TeamSort } from '../view';
import './walkathon.scss';
import { BarChart } from '../../../components/bar-chart';
import { TeamDayBars } from './charts';

export function TeamStandings({
  standings,
  campaign,
}: {
  standings: Standings;
  campaign: CampaignView;
}) {
  const [sort, setSort] = useState<TeamSort>('rate');
  const [teamQ, setTeamQ] = useState('');
  const [team, setTeam] = useState<string | null>(null);
  const [showEmpty, setShowEmpty] = useState(false);
  const teams = sortTeams(standings.teams, sort, teamQ);
  const shownTeam = team ?? teams.find((t) => t.participants > 0)?.teamId ?? null;
  const groups = standings.ageGroups;
  const emptyTeams = teams.filter((t) => t.participants === 0).length;
  return (
    <>
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
                          return v ? `${g.name} ${formatRate(v.rate)}（${v.participants} 人）` : '';
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
            {showEmpty ? '只看有人报名的队伍' : `另有 ${emptyTeams} 支队伍还没有人报名，点此显示`}
          </Text>
        ) : null}
        <Text className="wk-card__note">点一支队伍，下面显示它每天的人均步数。</Text>
      </View>

      {shownTeam ? (
        <View className="wk-card">
          <Text className="wk-card__title">
            {standings.teams.find((t) => t.teamId === shownTeam)?.name ?? ''} · 每天人均步数
          </Text>
          <TeamDayBars
            values={standings.series.teams[shownTeam] ?? []}
            days={standings.series.days}
            target={campaign.dailyTarget}
          />
        </View>
      ) : null}

      <View className="wk-card">
        <BarChart
          title="达标率对比"
          wrap
          bars={sortTeams(standings.teams, 'rate')
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
  );
}
