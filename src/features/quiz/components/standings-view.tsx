// 排行榜, live during the contest: teams (participation rate as a bar, then the average best)
// and individuals (best score, then time), with my own place; admins also get the .xlsx exports
// and see the attempts answered faster than a person reads.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { holdsRole } from '../../../../domain/account/roles';
import { pages } from '../../../../domain/pages';
import { BigButton } from '../../../components/big-button';
import { Chips } from '../../../components/chips';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { useAction } from '../../../hooks/use-action';
import { useLoad } from '../../../hooks/use-load';
import { saveFile } from '../../../services/file';
import { go } from '../../../services/nav';
import { useMe } from '../../account/use-me';
import { quiz } from '../api';
import { PHASE_WORDS, duration, percent } from '../view';
import './quiz.scss';

type Tab = 'teams' | 'people';

export function StandingsView({ contestId, tab }: { contestId: string; tab?: string }) {
  const [shown, setShown] = useState<Tab>(tab === 'people' ? 'people' : 'teams');
  const data = useLoad(() => quiz('quiz.standings', { contestId }), [contestId]);
  const { me } = useMe();
  const admin = !!me && holdsRole(me.grants, 'admin');
  const exporter = useAction(async (kind: Tab) =>
    saveFile(await quiz('quiz.exportStandings', { contestId, kind })),
  );
  if (data.loading && !data.data) return <LoadingState />;
  if (data.error || !data.data) return <ErrorBanner error={data.error} onRetry={data.reload} />;
  const s = data.data;
  return (
    <View>
      <View className="qz-section">
        <Text className="qz-title">{s.name}</Text>
        <Text className="qz-text">
          {PHASE_WORDS[s.phase]} · 已有 {s.participants} 人参加
          {s.me ? `；我排第 ${s.me.rank} 名（${s.me.best} 分）` : ''}
        </Text>
        <Text className="qz-muted">
          参赛队按参与率（参加人数 ÷
          应参加人数）排，相同再看平均最好成绩；个人按最好成绩排，相同再看用时。
        </Text>
      </View>
      <Chips
        label="看哪个排名"
        options={[
          { value: 'teams', label: '参赛队' },
          { value: 'people', label: '个人' },
        ]}
        value={shown}
        onChange={(v) => setShown(v)}
      />
      {shown === 'teams' ? (
        <View className="qz-section">
          {s.teams.map((t) => (
            <View key={t.teamId}>
              <View className="qz-row">
                <Text className="qz-rank">{t.rank}</Text>
                <View className="qz-grow qz-stack">
                  <Text>{t.name}</Text>
                  <Text className="qz-muted">
                    参加 {t.participants}/{t.members} 人 · 参与率 {percent(t.rate)} · 平均{' '}
                    {t.avgBest} 分
                  </Text>
                </View>
              </View>
              <View className="qz-bar-track">
                <View className="qz-bar" style={{ width: percent(Math.min(1, t.rate)) }} />
              </View>
            </View>
          ))}
        </View>
      ) : (
        <View className="qz-section">
          {s.people.length === 0 ? <Text className="qz-muted">还没有人交卷。</Text> : null}
          {s.people.map((p) => (
            <View key={p.staffNo} className="qz-row">
              <Text className="qz-rank">{p.rank}</Text>
              <View className="qz-grow qz-stack">
                <Text>
                  {p.name} · {p.teamName}
                </Text>
                <Text className="qz-muted">
                  {p.best} 分 · 用时 {duration(p.bestMs)}
                  {admin && p.flagged > 0 ? ` · 答得过快 ${p.flagged} 次` : ''}
                </Text>
              </View>
            </View>
          ))}
          {!admin && s.participants > s.people.length ? (
            <Text className="qz-muted">只列出前 {s.people.length} 名。</Text>
          ) : null}
        </View>
      )}
      <BigButton onClick={() => data.reload()}>刷新排名</BigButton>
      {admin ? (
        <View>
          <ErrorBanner error={exporter.error} onRetry={exporter.retry} />
          <BigButton
            kind="secondary"
            loading={exporter.busy}
            onClick={() => void exporter.run(shown)}
          >
            {shown === 'teams' ? '导出参赛队排名（Excel）' : '导出个人排名（Excel）'}
          </BigButton>
          <BigButton kind="secondary" onClick={() => go(pages.quiz.final({ contest: contestId }))}>
            决赛大屏
          </BigButton>
        </View>
      ) : null}
      <BigButton kind="plain" onClick={() => go(pages.quiz.index({ contest: contestId }))}>
        回到竞赛页面
      </BigButton>
    </View>
  );
}
