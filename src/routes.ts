// Every page's path in one place: app.config.ts declares them, pages navigate by them.
export const TAB_PAGES = {
  home: 'pages/home/index',
  events: 'pages/events/index',
  welfare: 'pages/welfare/index',
  me: 'pages/me/index',
} as const;

export const MAIN_PAGES = {
  bind: 'pages/bind/index',
  /** h5 only: pick a demo identity on the local cloud */
  devLogin: 'pages/dev-login/index',
} as const;

/** Subpackage roots and their pages (paths relative to the root, as app.config wants them). */
export const SUBPACKAGES = {
  admin: {
    root: 'packages/admin/',
    pages: {
      index: 'pages/index/index',
      rosterImport: 'pages/roster-import/index',
      rosterPeople: 'pages/roster-people/index',
      rosterPerson: 'pages/roster-person/index',
      rosterBranches: 'pages/roster-branches/index',
      rosterExport: 'pages/roster-export/index',
    },
  },
  walkathon: {
    root: 'packages/walkathon/',
    pages: { index: 'pages/index/index', admin: 'pages/admin/index', setup: 'pages/setup/index' },
  },
  proposals: { root: 'packages/proposals/', pages: { index: 'pages/index/index' } },
  clubs: { root: 'packages/clubs/', pages: { index: 'pages/index/index' } },
  notify: { root: 'packages/notify/', pages: { inbox: 'pages/inbox/index' } },
  checkups: {
    root: 'packages/checkups/',
    pages: {
      index: 'pages/index/index',
      pass: 'pages/pass/index',
      elsewhere: 'pages/elsewhere/index',
      desk: 'pages/desk/index',
      admin: 'pages/admin/index',
    },
  },
} as const;

/** The URL to navigate to a page: "/pages/me/index", "/packages/admin/pages/index/index". */
export function urlOf(page: string): string {
  return `/${page}`;
}

export const URLS = {
  home: urlOf(TAB_PAGES.home),
  events: urlOf(TAB_PAGES.events),
  welfare: urlOf(TAB_PAGES.welfare),
  me: urlOf(TAB_PAGES.me),
  bind: urlOf(MAIN_PAGES.bind),
  devLogin: urlOf(MAIN_PAGES.devLogin),
  admin: urlOf(SUBPACKAGES.admin.root + SUBPACKAGES.admin.pages.index),
  rosterImport: urlOf(SUBPACKAGES.admin.root + SUBPACKAGES.admin.pages.rosterImport),
  rosterPeople: urlOf(SUBPACKAGES.admin.root + SUBPACKAGES.admin.pages.rosterPeople),
  rosterPerson: urlOf(SUBPACKAGES.admin.root + SUBPACKAGES.admin.pages.rosterPerson),
  rosterBranches: urlOf(SUBPACKAGES.admin.root + SUBPACKAGES.admin.pages.rosterBranches),
  rosterExport: urlOf(SUBPACKAGES.admin.root + SUBPACKAGES.admin.pages.rosterExport),
  walkathon: urlOf(SUBPACKAGES.walkathon.root + SUBPACKAGES.walkathon.pages.index),
  walkathonAdmin: urlOf(SUBPACKAGES.walkathon.root + SUBPACKAGES.walkathon.pages.admin),
  walkathonSetup: urlOf(SUBPACKAGES.walkathon.root + SUBPACKAGES.walkathon.pages.setup),
  proposals: urlOf(SUBPACKAGES.proposals.root + SUBPACKAGES.proposals.pages.index),
  clubs: urlOf(SUBPACKAGES.clubs.root + SUBPACKAGES.clubs.pages.index),
  inbox: urlOf(SUBPACKAGES.notify.root + SUBPACKAGES.notify.pages.inbox),
  checkups: urlOf(SUBPACKAGES.checkups.root + SUBPACKAGES.checkups.pages.index),
  checkupsPass: urlOf(SUBPACKAGES.checkups.root + SUBPACKAGES.checkups.pages.pass),
  checkupsElsewhere: urlOf(SUBPACKAGES.checkups.root + SUBPACKAGES.checkups.pages.elsewhere),
  checkupsDesk: urlOf(SUBPACKAGES.checkups.root + SUBPACKAGES.checkups.pages.desk),
  checkupsAdmin: urlOf(SUBPACKAGES.checkups.root + SUBPACKAGES.checkups.pages.admin),
} as const;

const TAB_URLS: readonly string[] = Object.values(TAB_PAGES).map(urlOf);

/** Tab pages are opened with switchTab; everything else with navigateTo. */
export function isTabUrl(url: string): boolean {
  return TAB_URLS.includes(url.split('?')[0]);
}
