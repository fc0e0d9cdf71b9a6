// Each feature's demo data, seeded after the roster on a local cloud's first start. A seeder must
// be idempotent (deterministic _ids), as seeding may be repeated.
import type { Db } from '../../cloudfunctions/_kit';
import { seedWelfare } from './welfare';
import { seedProposals } from './proposals';
import { seedWalkathon } from './steps';
import { seedClubs } from './clubs';
import { seedEvents } from './events';
import { seedTrips } from './trips';
import { seedCare } from './care';
import { seedCheckups } from './checkups';
import { seedReport } from './report';
import { seedContests } from './contests';
import { seedQuiz } from './quiz';
import { seedAwards } from './awards';
import { seedOffice } from './office';
import { seedPictures } from './pictures';

export type Seeder = (db: Db, now: Date) => Promise<void>;

export const FEATURE_SEEDERS: Seeder[] = [
  seedWelfare,
  seedProposals,
  seedWalkathon,
  seedClubs,
  seedEvents,
  seedTrips,
  seedCare,
  seedCheckups,
  seedReport,
  seedContests,
  seedQuiz,
  seedAwards,
  seedOffice,
  // last: the pictures go on the events, gifts and clubs seeded above
  seedPictures,
];
