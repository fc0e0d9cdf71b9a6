// The roster pages' URLs (declared in routes.ts and app.config.ts's admin block).
import { URLS } from '../../routes';

export const ROSTER_URLS = {
  import: URLS.rosterImport,
  people: URLS.rosterPeople,
  branches: URLS.rosterBranches,
  export: URLS.rosterExport,
  person: (staffNo: string) => `${URLS.rosterPerson}?staffNo=${encodeURIComponent(staffNo)}`,
} as const;
