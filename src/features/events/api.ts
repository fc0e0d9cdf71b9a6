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

export { EVENT_URLS } from './main-api';
