// The final on a big screen (h5 on a projector): the teams' totals in large type, refreshed every
// few seconds; a judge (role judge of this contest) also gets the scoring pad — team, round
// (必答 / 抢答 / 风险), points — and an undo of their own last entry.
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import {
  FINAL_ROUNDS,
  ROUND_LABELS,
  type FinalBoard,
  type FinalRound,
} from '../../../../domain/quiz/contract';
import { BigButton } from '../../../components/big-button';
import { Chips } from '../../../components/chips';
import { confirm } from '../../../components/confirm';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { useAction } from '../../../hooks/use-action';
import { useLoad } from '../../../hooks/use-load';
import { quiz } from '../api';
import './quiz.scss';

/** The screen asks for the board this often (a judge's entry shows within it). */
export const POLL_MS = 3000;

const POINTS: Record<FinalRound, number[]> = {
  must: [10, 20],
  buzz: [10, 20],
  risk: [10, 20, 30, -10, -20, -30],
};

export function FinalView({ contestId }: { contestId: string }) {
  const [tick, setTick] = useState(0);
  const board = useLoad(() => quiz('quiz.finalBoard', { contestId }), [contestId, tick]);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), POLL_MS);
    return () => clearInterval(timer);
  }, []);
  if (board.loading && !board.data) return <LoadingState />;
  if (!board.data) return <ErrorBanner error={board.error} onRetry={board.reload} />;
  const b = board.data;
  return (
    <View>
      <View className="qz-screen" aria-live="polite">
        <Text className="qz-screen__title">{b.name} · 决赛</Text>
        {b.teams.length === 0 ? (
          <Text className="qz-screen__small">校工会还没有设置决赛参赛队。</Text>
        ) : null}
        {b.teams.map((t) => (
          <View key={t.teamId} className="qz-screen__row">
            <Text className="qz-screen__rank">{t.rank}</Text>
            <View className="qz-screen__name">
              <Text>{t.name}</Text>
              <Text className="qz-screen__small">
                必答 {t.rounds.must} · 抢答 {t.rounds.buzz} · 风险 {t.rounds.risk}
              </Text>
            </View>
            <Text className="qz-screen__total">{t.total}</Text>
          </View>
        ))}
        {b.recent[0] ? (
          <Text className="qz-screen__small">
            最新：{b.recent[0].teamName} {ROUND_LABELS[b.recent[0].round]}{' '}
            {b.recent[0].points > 0 ? `+${b.recent[0].points}` : b.recent[0].points}
          </Text>
        ) : null}
      </View>
      {b.canJudge ? <JudgePad board={b} onChange={() => setTick((n) => n + 1)} /> : null}
    </View>
  );
}

function JudgePad({ board, onChange }: { board: FinalBoard; onChange: () => void }) {
  const [teamId, setTeamId] = useState(board.teams[0]?.teamId ?? '');
  const [round, setRound] = useState<FinalRound>('must');
  const [points, setPoints] = useState(10);
  const name = board.teams.find((t) => t.teamId === teamId)?.name ?? '';
  const add = useAction(
    async () => {
      await quiz('quiz.finalEntry', { contestId: board.contestId, teamId, round, points });
      onChange();
    },
    () => `已记：${name} ${ROUND_LABELS[round]} ${points > 0 ? `+${points}` : points}`,
  );
  const undo = useAction(
    async () => {
      const last = board.myLast;
      if (!last) return false;
      const ok = await confirm({
        title: '撤销上一条',
        content: `撤销我记的“${last.teamName} ${ROUND_LABELS[last.round]} ${last.points > 0 ? `+${last.points}` : last.points}”？`,
        confirmText: '撤销',
      });
      if (!ok) return false;
      const r = await quiz('quiz.finalUndo', { contestId: board.contestId });
      onChange();
      return r.undone;
    },
    (done) => (done ? '已撤销我的上一条。' : ''),
  );
  return (
    <View className="qz-section">
      <Text className="qz-title">评委记分</Text>
      <Chips
        label="参赛队"
        options={board.teams.map((t) => ({ value: t.teamId, label: t.name }))}
        value={teamId}
        onChange={setTeamId}
      />
      <Chips
        label="轮次"
        options={FINAL_ROUNDS.map((r) => ({ value: r, label: ROUND_LABELS[r] }))}
        value={round}
        onChange={(r) => {
          setRound(r);
          if (r !== 'risk' && points < 0) setPoints(10);
        }}
      />
      <Chips
        label="分数"
        options={POINTS[round].map((p) => ({ value: String(p), label: p > 0 ? `+${p}` : `${p}` }))}
        value={String(points)}
        onChange={(v) => setPoints(Number(v))}
      />
      <ErrorBanner error={add.error ?? undo.error} />
      {add.note || undo.note ? <Text className="qz-ok">{undo.note || add.note}</Text> : null}
      <BigButton loading={add.busy} disabled={!teamId} onClick={() => void add.run()}>
        {points > 0 ? '加分' : '扣分'}：{name} {points > 0 ? `+${points}` : points}
      </BigButton>
      {board.myLast ? (
        <BigButton kind="secondary" loading={undo.busy} onClick={() => void undo.run()}>
          撤销我的上一条
        </BigButton>
      ) : null}
    </View>
  );
}
