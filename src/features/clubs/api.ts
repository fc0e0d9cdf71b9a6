// The clubs function, typed from its contract: one helper per action the pages use.
import type { z } from 'zod';
import { clubsContract, type ClubsContract } from '../../../domain/clubs/contract';
import type { InputOf, OutputOf } from '../../../domain/contract';
import { call } from '../../services/cloud';
import { pages } from '../../../domain/pages';

export type ClubPage = z.infer<(typeof clubsContract)['clubs.get']['output']>;

export function clubs<A extends keyof ClubsContract & string>(
  action: A,
  input: InputOf<ClubsContract, A>,
): Promise<OutputOf<ClubsContract, A>> {
  return call(clubsContract, action, input);
}

/** After a mixer (联谊): privately mark people to meet again, see mutual matches. */
export const mixerUrl = (eventId: string) => pages.clubs.mixer({ eventId });

export { STATUS_LABELS } from './main-api';
