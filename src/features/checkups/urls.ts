// The check-up pages' URLs with their query (the paths themselves live in src/routes.ts).
import { URLS } from '../../routes';

export const CHECKUP_URLS = {
  home: URLS.checkups,
  pass: (campaignId: string) => `${URLS.checkupsPass}?campaign=${encodeURIComponent(campaignId)}`,
  elsewhere: (campaignId: string) =>
    `${URLS.checkupsElsewhere}?campaign=${encodeURIComponent(campaignId)}`,
  desk: (campaignId: string) => `${URLS.checkupsDesk}?campaign=${encodeURIComponent(campaignId)}`,
  admin: URLS.checkupsAdmin,
};
