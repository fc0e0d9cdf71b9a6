// The clubs function, typed from its contract: one helper per action the pages use.
import type { z } from 'zod';
import { clubsContract, type ClubsContract } from '../../../domain/clubs/contract';
import type { InputOf, OutputOf } from '../../../domain/contract';
import { call } from '../../services/cloud';

export type ClubPage = z.infer<(typeof clubsContract)['clubs.get']['output']>;

export function clubs<A extends keyof ClubsContract & string>(
  action: A,
  input: InputOf<ClubsContract, A>,
): Promise<OutputOf<ClubsContract, A>> {
  return call(clubsContract, action, input);
}

export const CLUBS_URL = '/packages/clubs/pages/index/index';
export const clubUrl = (clubId: string) =>
  `/packages/clubs/pages/club/index?clubId=${encodeURIComponent(clubId)}`;

// pages of the events subpackage (URLs only: a subpackage cannot load another's code)
const EVENTS = '/packages/events/pages';
/** The events create page, prefilled with this club as the audience. */
export const clubActivityUrl = (clubId: string, clubName: string) =>
  `${EVENTS}/edit/index?clubId=${encodeURIComponent(clubId)}&clubName=${encodeURIComponent(clubName)}`;
export const eventUrl = (eventId: string) =>
  `${EVENTS}/detail/index?id=${encodeURIComponent(eventId)}`;
/** After a mixer (联谊): privately mark people to meet again, see mutual matches. */
export const mixerUrl = (eventId: string) =>
  `/packages/clubs/pages/mixer/index?eventId=${encodeURIComponent(eventId)}`;

export const STATUS_LABELS: Record<string, string> = {
  member: '已加入',
  pending: '等待负责人审核',
  declined: '申请未通过',
  removed: '已被移出',
  left: '已退出',
  joining: '处理中',
};
