// The section registry: one line per feature, in the report's order. A feature merged later adds
// its module here and its figures in domain/report/contract.ts.
import { careSection } from './care';
import { checkupsSection } from './checkups';
import { clubsSection } from './clubs';
import { contestsSection } from './contests';
import { eventsSection } from './events';
import { honoursSection } from './honours';
import { proposalsSection } from './proposals';
import { quizSection } from './quiz';
import type { Section } from './section';
import { tripsSection } from './trips';
import { walkathonSection } from './walkathon';
import { welfareSection } from './welfare';

export const SECTIONS: Section[] = [
  eventsSection,
  welfareSection,
  walkathonSection,
  clubsSection,
  proposalsSection,
  careSection,
  tripsSection,
  checkupsSection,
  quizSection,
  honoursSection,
  contestsSection,
] as Section[];
