// The check-up pages' URLs with their query, from the page registry (domain/pages.ts).
import { pages } from '../../../domain/pages';

export const CHECKUP_URLS = {
  home: pages.checkups.index(),
  pass: (campaignId: string) => pages.checkups.pass({ campaign: campaignId }),
  elsewhere: (campaignId: string) => pages.checkups.elsewhere({ campaign: campaignId }),
  desk: (campaignId: string) => pages.checkups.desk({ campaign: campaignId }),
  admin: pages.checkups.admin(),
};
