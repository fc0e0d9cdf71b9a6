// 评优评先 (awards subpackage home): the rounds with what I can do in each now — nominate or
// nominate myself, vote as a judge, read the 公示 — and my own honours.
import { Text, View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { useLoad } from '../../../hooks/use-load';
import { go } from '../../../services/nav';
import { pages } from '../../../../domain/pages';
import { beijingDateTime } from '../../../../domain/time';
import { holdsRole } from '../../../../domain/account/roles';
import { useMe } from '../../account/use-me';
import { awards } from '../api';
import { STAGE_LABELS, stageHint } from '../view';
import './awards.scss';

export function AwardsHome() {
  const { me } = useMe();
  const list = useLoad(() => awards('awards.rounds', {}), []);
  const honours = useLoad(() => awards('awards.myHonours', {}), []);
  if (list.loading && !list.data) return <LoadingState />;
  if (!list.data) return <ErrorBanner error={list.error} onRetry={list.reload} />;
  const grants = me?.grants ?? [];
  const chair = grants.some((g) => g.role === 'branch_chair');
  const admin = holdsRole(grants, 'admin');
  return (
    <View>
      {list.data.rounds.length === 0 ? (
        <EmptyState title="今年的评优还没有开始" hint="校工会发布评优通知后会显示在这里。" />
      ) : null}
      {list.data.rounds.map((r) => {
        const judge = grants.some((g) => g.role === 'judge' && g.roundId === r.roundId);
        return (
          <View key={r.roundId} className="aw-section" data-testid={`round-${r.roundId}`}>
            <Text className="aw-title">{r.name}</Text>
            <Text className="aw-text">
              {STAGE_LABELS[r.stage]}：{stageHint(r.stage, r.open)}
            </Text>
            {r.stage === 'nominating' ? (
              <Text className="aw-muted">
                提名时间：{beijingDateTime(r.nominateOpenAt)} 至{' '}
                {beijingDateTime(r.nominateCloseAt)}
              </Text>
            ) : null}
            {r.stage === 'nominating' && r.open ? (
              <BigButton onClick={() => go(pages.awards.nominate({ round: r.roundId }))}>
                {chair ? '推荐本分工会人选' : '查看可以自荐的荣誉'}
              </BigButton>
            ) : null}
            {r.stage === 'voting' && (judge || admin) ? (
              <BigButton onClick={() => go(pages.awards.vote({ round: r.roundId }))}>
                评委投票
              </BigButton>
            ) : null}
            {r.stage === 'publicity' || r.stage === 'final' ? (
              <BigButton onClick={() => go(pages.awards.publicity({ round: r.roundId }))}>
                {r.stage === 'publicity' ? '查看公示名单' : '查看获奖名单'}
              </BigButton>
            ) : null}
            {chair && r.stage !== 'nominating' ? (
              <BigButton
                kind="secondary"
                onClick={() => go(pages.awards.nominate({ round: r.roundId }))}
              >
                本分工会的提名
              </BigButton>
            ) : null}
            {admin ? (
              <BigButton kind="plain" onClick={() => go(pages.awards.admin({ round: r.roundId }))}>
                管理这次评优
              </BigButton>
            ) : null}
          </View>
        );
      })}
      {honours.data && honours.data.items.length > 0 ? (
        <View className="aw-section">
          <Text className="aw-title">我获得的荣誉</Text>
          {honours.data.items.map((h) => (
            <Text key={`${h.roundId}:${h.categoryName}`} className="aw-text">
              {h.year} 年度 {h.categoryName}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  );
}
