// The events function, typed from its contract, and the subpackage's page URLs.
import type { z } from 'zod';
import {
  eventsContract,
  type EventsContract,
  type EventDetail,
  type EventSummary,
  type attendanceOutput,
} from '../../../domain/events/contract';
import type { InputOf, OutputOf } from '../../../domain/contract';
import { call } from '../../services/cloud';
import { pages } from '../../../domain/pages';

export type { EventDetail, EventSummary };
export type Attendance = z.output<typeof attendanceOutput>;

export function events<A extends keyof EventsContract & string>(
  action: A,
  input: InputOf<EventsContract, A>,
): Promise<OutputOf<EventsContract, A>> {
  return call(eventsContract, action, input);
}

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
