// One event in a list: what, when, where, seats, and my status at a glance. Tapping opens it.
import { Image, Text, View } from '@tarojs/components';
import type { EventSummary } from '../../../../domain/events/contract';
import { go } from '../../../services/nav';
import { EVENT_URLS } from '../main-api';
import { mineTag, PHASE_LABELS, seatsText, whenText } from '../format';
import './events.scss';

export function EventCard({ e, manage }: { e: EventSummary; manage?: boolean }) {
  const tag = mineTag(e.mine);
  const phase = e.notForMe && e.phase === 'open' ? '不能报名' : PHASE_LABELS[e.phase];
  const status = e.status === 'cancelled' ? '已取消' : e.status === 'draft' ? '草稿' : phase;
  return (
    <View
      className="ev-card"
      hoverClass="nav-row--pressed"
      onClick={() => go(EVENT_URLS.detail(e.eventId))}
      data-testid="event-card"
    >
      {e.coverUrl ? (
        <Image
          className="ev-cover"
          src={e.coverUrl}
          mode="aspectFill"
          lazyLoad
          nativeProps={{ alt: `${e.title}的封面` }}
          data-testid="event-cover"
        />
      ) : null}
      <View className="ev-card__top">
        <Text className="ev-card__title">{e.title}</Text>
        <Text className={`ev-tag${tag && e.mine?.status === 'confirmed' ? ' ev-tag--ok' : ''}`}>
          {manage ? status : (tag ?? status)}
        </Text>
      </View>
      <Text className="ev-card__line">{whenText(e.startAt, e.endAt)}</Text>
      <Text className="ev-card__line">{e.location}</Text>
      <Text className="ev-card__line">
        {e.type} · {seatsText(e)}
      </Text>
      {e.notForMe && !manage ? (
        <Text className="ev-card__line" data-testid="not-for-me">
          你不能报名：{e.notForMe}
        </Text>
      ) : null}
    </View>
  );
}
