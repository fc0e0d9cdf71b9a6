// Kept for merges only: the page registry is domain/pages.ts (`pages.*` URL builders). Do not add here.
import { isTabUrl, pages } from '../domain/pages';

export { isTabUrl };

/** The few query-less URLs older call sites still name. */
export const URLS = {
  welfare: pages.tabs.welfare(),
  me: pages.tabs.me(),
  bind: pages.account.bind(),
} as const;
