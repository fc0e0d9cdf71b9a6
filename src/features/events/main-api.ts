// What the 活动 tab (main package) needs of events: the list call, typed by the contract's type
// only (no schemas shipped; see mainCaller), and the events pages' URLs.
import type { EventsContract } from '../../../domain/events/contract';
import { pages } from '../../../domain/pages';
import { mainCaller } from '../../services/cloud';

export type { EventSummary } from '../../../domain/events/contract';

/** The events function without output parsing: for the main package only. */
export const events = mainCaller<EventsContract>();

/** The events pages' URLs (from the page registry; new code may call `pages.events.*` directly). */
export const EVENT_URLS = {
  detail: (id: string) => pages.events.detail({ id }),
  pass: (id: string) => pages.events.pass({ id }),
  manage: pages.events.manage(),
  create: pages.events.edit(),
  edit: (id: string) => pages.events.edit({ id }),
  checkin: (id: string) => pages.events.checkin({ id }),
  attendance: (id: string) => pages.events.attendance({ id }),
};
