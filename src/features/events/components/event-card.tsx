// One event in a list: what, when, where, seats, and my status at a glance. Tapping opens it.
import { Text, View } from '@tarojs/components';
import type { EventSummary } from '../../../../domain/events/contract';
import { go } from '../../../services/nav';
import { EVENT_URLS } from '../main-api';
import { mineTag, PHASE_LABELS, seatsText, whenText } from '../format';
import './events.scss';

export function EventCard({ e, manage }: { e: EventSummary; manage?: boolean }) {
  const tag = mineTag(e.mine);
  const status =
    e.status === 'cancelled' ? '已取消' : e.status === 'draft' ? '草稿' : PHASE_LABELS[e.phase];
  return (
    <View
      className="ev-card"
      hoverClass="nav-row--pressed"
      onClick={() => go(EVENT_URLS.detail(e.eventId))}
      data-testid="event-card"
    >
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
    </View>
  );
}
