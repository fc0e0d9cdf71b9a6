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

export type { EventDetail, EventSummary };
export type Attendance = z.output<typeof attendanceOutput>;

export function events<A extends keyof EventsContract & string>(
  action: A,
  input: InputOf<EventsContract, A>,
): Promise<OutputOf<EventsContract, A>> {
  return call(eventsContract, action, input);
}

const ROOT = '/packages/events/pages';
const q = (id: string) => `?id=${encodeURIComponent(id)}`;
export const EVENT_URLS = {
  detail: (id: string) => `${ROOT}/detail/index${q(id)}`,
  pass: (id: string) => `${ROOT}/pass/index${q(id)}`,
  manage: `${ROOT}/manage/index`,
  create: `${ROOT}/edit/index`,
  edit: (id: string) => `${ROOT}/edit/index${q(id)}`,
  checkin: (id: string) => `${ROOT}/checkin/index${q(id)}`,
  attendance: (id: string) => `${ROOT}/attendance/index${q(id)}`,
};
