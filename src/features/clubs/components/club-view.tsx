// A club's page: what it is, who leads it, my membership and the one main button (join / post),
// its next activities and recent posts; leaders manage requests and members; admins hide posts.
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import { MAX_PHOTOS, type PostView } from '../../../../domain/clubs/contract';
import { beijingDateTime } from '../../../../domain/time';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { Field } from '../../../components/field';
import { LoadingState } from '../../../components/loading-state';
import { PhotoPicker } from '../../../components/photo-picker';
import type { CloudError } from '../../../services/cloud';
import { useMe } from '../../account/use-me';
import { go } from '../../../services/nav';
import { clubs, STATUS_LABELS, type ClubPage } from '../api';
import { preparePhoto } from '../../../services/photo';
import './clubs.scss';
import { pages } from '../../../../domain/pages';
import { confirm } from '../../../components/confirm';
import { TextArea } from '../../../components/text-area';

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

function Post({
  post,
  canLike,
  isAdmin,
  onChanged,
  onError,
}: {
  post: PostView;
  canLike: boolean;
  isAdmin: boolean;
  onChanged: () => void;
  onError: (e: CloudError) => void;
}) {
  const run = (fn: () => Promise<unknown>) => fn().then(onChanged).catch(onError);
  return (
    <View className="clubs__row" style={{ flexDirection: 'column', alignItems: 'stretch' }}>
      <Text className="clubs__small">
        {post.authorName} · {beijingDateTime(post.createdAt)}
        {post.hidden ? ' · 已隐藏' : ''}
      </Text>
      <Text className="clubs__line">{post.text}</Text>
      {post.photos.length > 0 ? (
        <View className="clubs__photos">
          {post.photos.map((ph) => (
            <Image
              key={ph.fileId}
              className="clubs__photo"
              src={ph.url}
              mode="aspectFill"
              nativeProps={{ alt: '动态照片，点开看大图' }}
              onClick={() =>
                void Taro.previewImage({ urls: post.photos.map((x) => x.url), current: ph.url })
              }
            />
          ))}
        </View>
      ) : null}
      <View className="clubs__row-actions">
        <Text
          className="clubs__link"
          onClick={() =>
            canLike &&
            !post.likedByMe &&
            void run(() => clubs('clubs.like', { postId: post.postId }))
          }
        >
          {post.likedByMe ? '已赞' : '赞'} {post.likes}
        </Text>
        {isAdmin && !post.hidden ? (
          <Text
            className="clubs__link"
            onClick={() =>
              void confirm('隐藏后其他人将看不到这条动态，确定吗？').then((ok) => {
                if (ok) void run(() => clubs('clubs.hidePost', { postId: post.postId }));
              })
            }
          >
            隐藏
          </Text>
        ) : null}
      </View>
    </View>
  );
}

function Composer({ clubId, onPosted }: { clubId: string; onPosted: () => void }) {
  const [text, setText] = useState('');
  const [photos, setPhotos] = useState<{ fileId: string; url: string }[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CloudError | null>(null);

  const addPhotos = async () => {
    const picked = await Taro.chooseImage({
      count: MAX_PHOTOS - photos.length,
      sizeType: ['compressed'],
    });
    setBusy(true);
    setError(null);
    try {
      for (const path of picked.tempFilePaths) {
        const base64 = await preparePhoto(path);
        const up = await clubs('clubs.uploadPhoto', { clubId, type: 'image/jpeg', base64 });
        setPhotos((list) => [...list, up]);
      }
    } catch (e) {
      setError(e as CloudError);
    } finally {
      setBusy(false);
    }
  };

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await clubs('clubs.post', { clubId, text, photos: photos.map((p) => p.fileId) });
      setText('');
      setPhotos([]);
      onPosted();
    } catch (e) {
      setError(e as CloudError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="clubs__card">
      <TextArea
        label="发动态"
        value={text}
        maxlength={1000}
        placeholder="分享活动照片和心得"
        onInput={setText}
      />
      <View className="clubs__photos">
        {photos.map((p) => (
          <Image
            key={p.fileId}
            className="clubs__photo"
            src={p.url}
            mode="aspectFill"
            nativeProps={{ alt: '已选的照片，点一下去掉' }}
            onClick={() => setPhotos(photos.filter((x) => x !== p))}
          />
        ))}
      </View>
      {photos.length < MAX_PHOTOS ? (
        <Text className="clubs__link" onClick={() => void addPhotos()}>
          ＋ 添加照片（最多 {MAX_PHOTOS} 张，点照片可删除）
        </Text>
      ) : null}
      <ErrorBanner error={error} />
      <BigButton loading={busy} disabled={!text.trim()} onClick={() => void submit()}>
        发布
      </BigButton>
    </View>
  );
}

type Person = { staffNo: string; name: string };

function LeaderPanel({
  clubId,
  leaders,
  isAdmin,
  onChanged,
}: {
  clubId: string;
  /** leaders are shown but cannot be removed here */
  leaders: string[];
  isAdmin: boolean;
  onChanged: () => void;
}) {
  const [pending, setPending] = useState<Person[]>([]);
  const [members, setMembers] = useState<Person[]>([]);
  const [reason, setReason] = useState('');
  const [leaderNo, setLeaderNo] = useState('');
  const [error, setError] = useState<CloudError | null>(null);
  const [note, setNote] = useState('');

  const load = useCallback(() => {
    Promise.all([clubs('clubs.requests', { clubId }), clubs('clubs.members', { clubId })])
      .then(([r, m]) => {
        setPending(r.pending);
        setMembers(m.members);
      })
      .catch((e: CloudError) => setError(e));
  }, [clubId]);
  useEffect(load, [load]);

  const run = async (fn: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await fn();
      setNote(done);
      load();
      onChanged();
    } catch (e) {
      setError(e as CloudError);
    }
  };

  return (
    <View className="clubs__card">
      <Text className="clubs__card-title">负责人管理</Text>
      <Text className="clubs__small">
        审核入会申请、管理成员。不通过或移出时请写明原因，对方会看到。
      </Text>
      {note ? <Text className="clubs__status">{note}</Text> : null}
      <ErrorBanner error={error} />
      <Field
        label="原因（不通过或移出时必填）"
        value={reason}
        onInput={setReason}
        placeholder="如：本期名额已满"
      />
      <Text className="clubs__line">待审核 {pending.length} 人</Text>
      {pending.map((p) => (
        <View key={p.staffNo} className="clubs__row">
          <Text className="clubs__line">{p.name}</Text>
          <View className="clubs__row-actions">
            <Text
              className="clubs__link"
              onClick={() =>
                void run(
                  () => clubs('clubs.approve', { clubId, staffNo: p.staffNo }),
                  `已通过 ${p.name} 的申请。`,
                )
              }
            >
              通过
            </Text>
            <Text
              className="clubs__link"
              onClick={() =>
                void run(
                  () => clubs('clubs.decline', { clubId, staffNo: p.staffNo, reason }),
                  `已婉拒 ${p.name} 的申请。`,
                )
              }
            >
              不通过
            </Text>
          </View>
        </View>
      ))}
      <Text className="clubs__line">成员 {members.length} 人</Text>
      {members.map((m) => (
        <View key={m.staffNo} className="clubs__row">
          <Text className="clubs__line">{m.name}</Text>
          {leaders.includes(m.staffNo) ? (
            <Text className="clubs__small">负责人</Text>
          ) : (
            <Text
              className="clubs__link"
              onClick={() =>
                void confirm(`确定把 ${m.name} 移出社团吗？`).then((ok) => {
                  if (ok)
                    void run(
                      () => clubs('clubs.remove', { clubId, staffNo: m.staffNo, reason }),
                      `已将 ${m.name} 移出社团。`,
                    );
                })
              }
            >
              移出
            </Text>
          )}
        </View>
      ))}
      {isAdmin ? (
        <View className="clubs__card">
          <Field label="设为负责人（工号，管理员）" value={leaderNo} onInput={setLeaderNo} />
          <BigButton
            kind="secondary"
            onClick={() =>
              void run(
                () => clubs('clubs.grantLeader', { clubId, staffNo: leaderNo.trim() }),
                '已设为负责人。',
              )
            }
          >
            设为负责人
          </BigButton>
        </View>
      ) : null}
    </View>
  );
}
