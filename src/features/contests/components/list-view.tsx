// 竞赛评分 home: the contests, each opening its page; judges see which ones they score; the
// admin starts a new one.
import { View } from '@tarojs/components';
import { BigButton } from '../../../components/big-button';
import { EmptyState } from '../../../components/empty-state';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { NavRow } from '../../../components/nav-row';
import { useLoad } from '../../../hooks/use-load';
import { go } from '../../../services/nav';
import { pages } from '../../../../domain/pages';
import { useMe } from '../../account/use-me';
import { contests } from '../api';
import './contests.scss';

export function ListView() {
  const { me } = useMe();
  const list = useLoad(() => contests('contests.list', {}), []);
  const isAdmin = Boolean(me?.roles.includes('admin'));
  if (list.loading && !list.data) return <LoadingState />;
  if (!list.data) return <ErrorBanner error={list.error} onRetry={list.reload} />;
  const items = list.data.contests;
  return (
    <View>
      {items.length === 0 ? (
        <EmptyState
          title="现在没有进行中的竞赛"
          hint={isAdmin ? '点下面「新建竞赛」开始。' : '校工会发布竞赛后会显示在这里。'}
        />
      ) : null}
      {items.map((c) => (
        <NavRow
          key={c.contestId}
          title={c.name}
          hint={c.amJudge ? `${c.roundName}：你是本轮评委，点这里评分` : c.roundName}
          tag={c.amJudge ? '去评分' : undefined}
          onClick={() =>
            go(
              c.amJudge
                ? pages.contests.judge({ contestId: c.contestId })
                : pages.contests.contest({ contestId: c.contestId }),
            )
          }
        />
      ))}
      {isAdmin ? (
        <View className="jc-section">
          <BigButton onClick={() => go(pages.contests.create())}>新建竞赛</BigButton>
        </View>
      ) : null}
    </View>
  );
}
