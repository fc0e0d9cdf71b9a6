// One event: what, when, where, who for; ONE line saying what I can do (or why not) and the one
// main button for it; my pass; cancel before the cutoff; organizers' tools; branch chairs' team.
// A mixer (联谊) asks for the private declaration before sign-up and, after it, links to the marks.
import { Image, Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useCallback, useRef, useState } from 'react';
import { BigButton } from '../../../components/big-button';
import { ErrorBanner } from '../../../components/error-banner';
import { LoadingState } from '../../../components/loading-state';
import { NavRow } from '../../../components/nav-row';
import { PhotoPicker } from '../../../components/photo-picker';
import type { CloudError } from '../../../services/cloud';
import { go } from '../../../services/nav';
import { beijingDateTime } from '../../../../domain/time';
import { useMe } from '../../account/use-me';
import { events, EVENT_URLS, type EventDetail } from '../api';
import { seatsText, whenText } from '../format';
import type { NoticeKind } from '../../../../domain/notify/notice';
import { askToSubscribe, usePreloadTemplates } from '../../notify/ask-to-subscribe';
import { mixerUrl } from '../../clubs/api';
import { MixerDeclarations, MixerDeclare } from '../../clubs/components/mixer';
import { TeamEntry } from './team-entry';
import './events.scss';
import { confirm } from '../../../components/confirm';

const PRIMARY: Record<string, string> = {
  signup: '立即报名',
  waitlist: '排队候补',
  apply: '提交报名',
  pass: '出示签到码',
};
const RESULT: Record<string, string> = {
  confirmed: '报名成功！到场时出示签到码。',
  waitlisted: '已排上候补，有人取消时按顺序递补，递补成功会通知你。',
  pending: '报名已提交，结果出来会通知你。',
};

export function EventDetailView({ eventId }: { eventId: string }) {
  const { me } = useMe();
  const [e, setE] = useState<EventDetail | null>(null);
  const [error, setError] = useState<CloudError | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');
  const asked = useRef(false); // asked to subscribe already (a retry does not ask again)
  usePreloadTemplates();

  const load = useCallback(() => {
    events('events.get', { eventId })
      .then((d) => {
        setE(d);
        setError(null);
      })
      .catch((err: CloudError) => setError(err));
  }, [eventId]);
  useDidShow(load);

  const act = async (fn: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setNote('');
    try {
      setNote(await fn());
      load();
    } catch (err) {
      setError(err as CloudError);
    } finally {
      setBusy(false);
    }
  };

  if (!e) return error ? <ErrorBanner error={error} onRetry={load} /> : <LoadingState />;
  const v = e.verdict;
  const primary = PRIMARY[v.can];
  const canCancel =
    e.mine &&
    ['confirmed', 'waitlisted', 'pending'].includes(e.mine.status) &&
    !e.mine.teamName &&
    Date.now() < Date.parse(e.cancelCutoffAt);
  const chair = Boolean(e.team && me?.grants.some((g) => g.role === 'branch_chair'));
  const needsDeclaration =
    e.mixer &&
    e.mixerDeclared === false &&
    !e.mine &&
    (e.phase === 'open' || e.phase === 'upcoming');
  const afterMixer = e.mixer && e.phase === 'over' && e.mine?.status === 'confirmed';

  return (
    <View>
      <View className="ev-card">
        {e.coverUrl ? (
          <Image
            className="ev-cover"
            src={e.coverUrl}
            mode="aspectFill"
            nativeProps={{ alt: `${e.title}的封面` }}
          />
        ) : null}
        <Text className="ev-card__title">{e.title}</Text>
        <Text className="ev-card__line">时间：{whenText(e.startAt, e.endAt)}</Text>
        <Text className="ev-card__line">地点：{e.location}</Text>
        <Text className="ev-card__line">面向：{e.audienceText}</Text>
        <Text className="ev-card__line">{seatsText(e)}</Text>
        <Text className="ev-card__line">
          报名：{beijingDateTime(e.signupOpenAt)} 至 {beijingDateTime(e.signupCloseAt)}
        </Text>
        {e.description ? <Text className="ev-card__line">{e.description}</Text> : null}
        {e.lottery ? (
          <Text className="ev-muted">
            已于 {beijingDateTime(e.lottery.drawnAt)} 抽签，{e.lottery.applicants} 人参加，抽签种子{' '}
            {e.lottery.seed}（任何人可用它复核结果）
          </Text>
        ) : null}
      </View>

      <View
        className={`ev-verdict${v.can === 'pass' ? ' ev-verdict--ok' : ''}`}
        data-testid="verdict"
      >
        {v.line}
      </View>
      {note ? <Text className="ev-note">{note}</Text> : null}
      <ErrorBanner error={error} />

      {needsDeclaration ? (
        <MixerDeclare
          eventId={eventId}
          onDeclared={() => {
            setNote('声明已提交，只有组织者能看到。现在可以报名了。');
            load();
          }}
        />
      ) : null}
      {afterMixer ? (
        <NavRow
          title="联谊之后：标记想再见面的人"
          hint="只有双方互相标记，才会看到对方"
          onClick={() => go(mixerUrl(eventId))}
        />
      ) : null}

      {primary ? (
        <BigButton
          loading={busy}
          onClick={() =>
            v.can === 'pass'
              ? go(EVENT_URLS.pass(eventId))
              : act(async () => {
                  // the reminders (notify feature): WeChat shows its dialog only straight from
                  // the tap, so ask first — before any await — then sign up whatever the answer
                  if (!asked.current) {
                    const kinds: NoticeKind[] = [
                      'event_reminder',
                      'signup_result',
                      'event_cancelled',
                    ];
                    asked.current = (await askToSubscribe(kinds)).asked;
                  }
                  const r = await events('events.signup', { eventId });
                  return RESULT[r.status];
                })
          }
        >
          {primary}
        </BigButton>
      ) : null}
      {canCancel ? (
        <View className="ev-section">
          <BigButton
            kind="secondary"
            disabled={busy}
            onClick={async () => {
              if (
                !(await confirm(
                  e.mine?.status === 'confirmed'
                    ? '取消后名额会让给候补的同事，确定取消报名吗？'
                    : '确定不再等了吗？',
                ))
              )
                return;
              await act(async () => {
                await events('events.cancel', { eventId });
                return '已取消报名。';
              });
            }}
          >
            取消报名
          </BigButton>
          <Text className="ev-muted">{beijingDateTime(e.cancelCutoffAt)} 前可以取消。</Text>
        </View>
      ) : null}

      {chair && e.team ? <TeamEntry event={e} onDone={load} /> : null}

      {e.manage ? (
        <View className="ev-section">
          <Text className="ev-section__title">组织者</Text>
          <NavRow
            title="现场签到"
            hint="扫签到码或输入 8 位数字"
            onClick={() => go(EVENT_URLS.checkin(eventId))}
          />
          <NavRow
            title="报名名单"
            hint="谁报了名、谁到了，导出表格"
            onClick={() => go(EVENT_URLS.attendance(eventId))}
          />
          <NavRow title="修改活动" onClick={() => go(EVENT_URLS.edit(eventId))} />
          <PhotoPicker
            label="活动封面"
            hint="一张能看出活动内容的照片，会显示在活动列表和这里。"
            url={e.coverUrl}
            onSave={async (imageBase64) => {
              const r = await events('events.setCover', { eventId, imageBase64 });
              setE({ ...e, coverUrl: r.coverUrl ?? undefined });
            }}
          />
          {e.mixer ? <MixerDeclarations eventId={eventId} /> : null}
          {e.allocation === 'lottery' &&
          !e.lottery &&
          e.phase !== 'open' &&
          e.phase !== 'upcoming' ? (
            <BigButton
              kind="secondary"
              loading={busy}
              onClick={async () => {
                if (!(await confirm('现在抽签？结果会通知每位报名者，抽签后不能重来。'))) return;
                await act(async () => {
                  const r = await events('events.draw', { eventId });
                  return `已抽签：${r.applicants} 人参加，${r.winners} 人中签。种子 ${r.seed}`;
                });
              }}
            >
              现在抽签
            </BigButton>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}
