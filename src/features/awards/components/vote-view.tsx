// 评委投票: a judge of the round sees the accepted nominations per category with their reasons,
// how many votes are left, and votes (or takes a vote back) with one tap.
import { Text, View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { useAction } from '../../../hooks/use-action';
import { useLoad } from '../../../hooks/use-load';
import { awards } from '../api';
import './awards.scss';

export function VoteView({ roundId }: { roundId: string }) {
  const ballot = useLoad(() => awards('awards.ballot', { roundId }), [roundId]);
  const vote = useAction(
    (nominationId: string, yes: boolean) => awards('awards.vote', { nominationId, vote: yes }),
    (a, _id, yes) => {
      ballot.reload();
      return yes ? `已投票，这一类还可以投 ${a.votesLeft} 票。` : '已取消这一票。';
    },
  );
  if (ballot.loading && !ballot.data) return <LoadingState />;
  if (!ballot.data) return <ErrorBanner error={ballot.error} onRetry={ballot.reload} />;
  const b = ballot.data;
  if (b.stage !== 'voting') {
    return <EmptyState title="现在不是投票时间" hint="提名审核结束后，校工会会通知评委投票。" />;
  }
  return (
    <View>
      <View className="aw-status">每一类可以投的票数有限，投完后可以取消一票再改投。</View>
      <ErrorBanner error={vote.error} />
      {vote.note ? <Text className="aw-text">{vote.note}</Text> : null}
      {b.categories.map((c) => (
        <View key={c.categoryId} className="aw-section" data-testid={`ballot-${c.categoryId}`}>
          <Text className="aw-title">{c.name}</Text>
          <Text className="aw-text">
            每位评委最多 {c.votesPerJudge} 票，还可以投 {c.votesLeft} 票
          </Text>
          {c.items.length === 0 ? (
            <Text className="aw-muted">这一类没有通过审核的提名。</Text>
          ) : null}
          {c.items.map((n) => (
            <View key={n.nominationId} className="aw-section">
              <Text className="aw-text">
                {n.name} · {n.branchName}
              </Text>
              <Text className="aw-muted">{n.reason}</Text>
              {n.voted ? (
                <BigButton
                  kind="secondary"
                  loading={vote.busy}
                  onClick={() => void vote.run(n.nominationId, false)}
                >
                  ✓ 已投票，点此取消
                </BigButton>
              ) : (
                <BigButton
                  loading={vote.busy}
                  disabled={c.votesLeft === 0}
                  onClick={() => void vote.run(n.nominationId, true)}
                >
                  投{n.name}一票
                </BigButton>
              )}
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
