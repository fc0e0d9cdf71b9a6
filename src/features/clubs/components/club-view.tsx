// A club's page: what it is, who leads it, my membership and the one main button (join / post),
// its next activities and recent posts; leaders manage requests and members; admins hide posts.
import { Image, Text, View } from '@tarojs/components';
import { useCallback, useEffect, useState } from 'react';
import { beijingDateTime } from '../../../../domain/time';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { PhotoPicker } from '../../../components/photo-picker';
import type { CloudError } from '../../../services/cloud';
import { useMe } from '../../account/use-me';
import { go } from '../../../services/nav';
import { clubs, STATUS_LABELS, type ClubPage } from '../api';
import './clubs.scss';
import { pages } from '../../../../domain/pages';
import { confirm } from '../../../components/confirm';
import { Post } from './club-post';
import { LeaderPanel } from './leader-panel';
import { Composer } from './post-composer';

export function ClubView({ clubId }: { clubId: string }) {
  const { me } = useMe();
  const [page, setPage] = useState<ClubPage | null>(null);
  const [error, setError] = useState<CloudError | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');

  const load = useCallback(() => {
    clubs('clubs.get', { clubId })
      .then((p) => {
        setPage(p);
        setError(null);
      })
      .catch((e: CloudError) => setError(e));
  }, [clubId]);
  useEffect(load, [load]);

  const act = async (fn: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      setNote(done);
      load();
    } catch (e) {
      setError(e as CloudError);
    } finally {
      setBusy(false);
    }
  };

  if (!page) return error ? <ErrorBanner error={error} onRetry={load} /> : <LoadingState />;
  const { club } = page;
  const status = club.myStatus;
  const member = status === 'member';
  const isAdmin = Boolean(me?.roles.includes('admin'));

  return (
    <View className="clubs">
      <View className="clubs__card">
        {club.coverUrl ? (
          <Image
            className="clubs__cover"
            src={club.coverUrl}
            mode="aspectFill"
            nativeProps={{ alt: `${club.name}的封面` }}
          />
        ) : null}
        <Text className="clubs__card-title">{club.name}</Text>
        {club.intro ? <Text className="clubs__line">{club.intro}</Text> : null}
        <Text className="clubs__line">
          成员 {club.memberCount} 人{club.memberCap ? `（上限 ${club.memberCap} 人）` : ''} ·{' '}
          {club.joinPolicy === 'open' ? '直接加入' : '加入需负责人审核'}
        </Text>
        <Text className="clubs__small">
          负责人：{page.leaders.map((l) => l.name).join('、') || '暂无'}
        </Text>
      </View>

      {note ? <Text className="clubs__status">{note}</Text> : null}
      {status && status !== 'member' ? (
        <Text className="clubs__status">
          {STATUS_LABELS[status]}
          {page.myReason ? `：${page.myReason}` : ''}
        </Text>
      ) : null}
      <ErrorBanner error={error} />

      {!member && status !== 'pending' ? (
        <BigButton
          loading={busy}
          onClick={() =>
            void act(
              () => clubs('clubs.join', { clubId }),
              club.joinPolicy === 'open'
                ? '欢迎加入！下面可以发动态、报名社团活动。'
                : '申请已提交，负责人审核后你会在这里看到结果。',
            )
          }
        >
          {club.joinPolicy === 'open' ? '加入社团' : '申请加入'}
        </BigButton>
      ) : null}
      {member ? (
        <Composer
          clubId={clubId}
          onPosted={() => {
            setNote('动态已发布。');
            load();
          }}
        />
      ) : null}

      <View className="clubs__card">
        <Text className="clubs__card-title">近期活动</Text>
        {page.activities.length === 0 ? (
          <Text className="clubs__small">暂时没有安排，负责人发起后会显示在这里。</Text>
        ) : (
          <Text className="clubs__small">点活动查看详情、报名。</Text>
        )}
        {page.activities.map((a) => (
          <View
            key={a.eventId}
            className="clubs__row"
            onClick={() => go(pages.events.detail({ id: a.eventId }))}
          >
            <Text className="clubs__line">{a.title}</Text>
            <Text className="clubs__small">
              {a.startAt ? beijingDateTime(a.startAt) : ''}
              {a.openToAll ? ' · 全校可报' : ' · 会员活动'}
            </Text>
          </View>
        ))}
      </View>

      {page.iLead ? (
        <BigButton
          kind="secondary"
          onClick={() => go(pages.events.edit({ clubId, clubName: club.name }))}
        >
          发布社团活动
        </BigButton>
      ) : null}
      {page.iLead ? (
        <Text className="clubs__small">
          发布后社团成员就能报名，也可以选择向全校教职工开放；活动会显示在上面的「近期活动」里。
        </Text>
      ) : null}

      {page.iLead ? (
        <PhotoPicker
          label="社团封面"
          hint="社团列表和这里会显示这张照片。"
          url={club.coverUrl}
          onSave={async (imageBase64) => {
            const r = await clubs('clubs.setCover', { clubId, imageBase64 });
            setPage({ ...page, club: { ...club, coverUrl: r.coverUrl ?? undefined } });
          }}
        />
      ) : null}

      {page.iLead ? (
        <LeaderPanel
          clubId={clubId}
          leaders={page.leaders.map((l) => l.staffNo)}
          isAdmin={isAdmin}
          onChanged={load}
        />
      ) : null}

      <View className="clubs__card">
        <Text className="clubs__card-title">社团动态</Text>
        {page.posts.length === 0 ? <Text className="clubs__small">还没有动态。</Text> : null}
        {page.posts.map((p) => (
          <Post
            key={p.postId}
            post={p}
            canLike={member}
            isAdmin={isAdmin}
            onChanged={load}
            onError={setError}
          />
        ))}
      </View>

      {member && !page.iLead ? (
        <BigButton
          kind="plain"
          onClick={() =>
            void confirm('确定退出这个社团吗？').then((ok) => {
              if (ok) void act(() => clubs('clubs.leave', { clubId }), '你已退出社团。');
            })
          }
        >
          退出社团
        </BigButton>
      ) : null}
      {status === 'pending' ? (
        <BigButton
          kind="plain"
          onClick={() => void act(() => clubs('clubs.leave', { clubId }), '申请已撤回。')}
        >
          撤回申请
        </BigButton>
      ) : null}
    </View>
  );
}
