// The section registry: one line per feature, in the report's order. A feature merged later (quiz,
// honours, contests) adds its module here and its optional figures in domain/report/contract.ts.
import { careSection } from './care';
import { checkupsSection } from './checkups';
import { clubsSection } from './clubs';
import { eventsSection } from './events';
import { proposalsSection } from './proposals';
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
] as Section[];
