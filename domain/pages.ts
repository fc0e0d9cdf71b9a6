// Every page of the app, once: app.config.ts is generated from it, the app navigates by it and
// functions write notice deep links with it. Add a page here (see docs/architecture.md).

/** A page's query: required and optional parameter names. */
interface PageDef<Req extends string, Opt extends string> {
  /** path relative to its package root, as app.config wants it: "pages/detail/index" */
  path: string;
  required: readonly Req[];
  optional: readonly Opt[];
}

type Query<Req extends string, Opt extends string> = { [K in Req]: string | number } & {
  [K in Opt]?: string | number | undefined;
};

/** `() => url` for a page without required parameters, `(query) => url` otherwise. */
export type UrlBuilder<Req extends string, Opt extends string> = ([Req] extends [never]
  ? (query?: Query<Req, Opt>) => string
  : (query: Query<Req, Opt>) => string) & {
  /** "/packages/events/pages/detail/index" (no query) */
  readonly url: string;
  /** "packages/events/pages/detail/index" (as app.config and the tab bar write it) */
  readonly page: string;
};

/** A page; `need` are required query parameters, `may` optional ones. */
function page<Req extends string = never, Opt extends string = never>(
  path: string,
  need: readonly Req[] = [],
  may: readonly Opt[] = [],
): NoInfer<PageDef<Req, Opt>> {
  // NoInfer: the parameters come from the arguments only, never from where the page is used
  return { path, required: need, optional: may };
}

/** Builds "/root/path?k=v" with encoded values; empty and undefined values are left out. */
export function withQuery(url: string, query: Record<string, string | number | undefined> = {}) {
  const q = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');
  return q ? `${url}?${q}` : url;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any PageDef, whatever its params
type AnyDef = PageDef<any, any>;
type Builders<P extends Record<string, AnyDef>> = {
  [K in keyof P]: P[K] extends PageDef<infer R, infer O> ? UrlBuilder<R, O> : never;
};

function builders<P extends Record<string, AnyDef>>(root: string, defs: P): Builders<P> {
  const out: Record<string, unknown> = Object.create(null);
  for (const [key, def] of Object.entries(defs)) {
    const pagePath = `${root}${def.path}`;
    const fn = (query?: Record<string, string | number | undefined>) =>
      withQuery(`/${pagePath}`, query);
    out[key] = Object.assign(fn, { url: `/${pagePath}`, page: pagePath });
  }
  return out as Builders<P>;
}

/** A subpackage: its root folder under src/, what it is for, and its pages. */
export interface SubpackageDef<P extends Record<string, AnyDef> = Record<string, AnyDef>> {
  root: string;
  /** one line: who opens it and for what (becomes a comment-like note in docs and tests) */
  note: string;
  pages: P;
}

function subpackage<P extends Record<string, AnyDef>>(
  root: string,
  note: string,
  pages: P,
): SubpackageDef<P> {
  return { root, note, pages };
}

/** Tab pages, in tab-bar order (main package). */
const TABS = {
  home: { ...page('pages/home/index'), text: '首页' },
  events: { ...page('pages/events/index'), text: '活动' },
  welfare: { ...page('pages/welfare/index'), text: '福利' },
  me: { ...page('pages/me/index'), text: '我的' },
};

/** Other main-package pages. `devLogin` exists in the dev-tools h5 build only. */
const MAIN = {
  /** h5 only: pick a demo identity on the local cloud */
  devLogin: page('pages/dev-login/index'),
};

/** Pages that exist only in the dev-tools h5 build (main package). */
export const H5_ONLY_MAIN: readonly (keyof typeof MAIN)[] = ['devLogin'];

/**
 * The subpackages. To add one: a new entry here (root, note, pages with their query parameters)
 * and the page files under src/<root><path>.tsx; app.config.ts picks it up.
 */
export const SUBPACKAGES = {
  account: subpackage(
    'packages/account/',
    '绑定工号: once per person, so not in the main package',
    {
      bind: page('pages/bind/index'),
    },
  ),
  admin: subpackage(
    'packages/admin/',
    '管理: admin tools; roster import, people, branches, audit trail, the office contact',
    {
      index: page('pages/index/index'),
      rosterImport: page('pages/roster-import/index'),
      rosterPeople: page('pages/roster-people/index'),
      rosterPerson: page('pages/roster-person/index', ['staffNo']),
      rosterBranches: page('pages/roster-branches/index'),
      rosterExport: page('pages/roster-export/index'),
      audit: page('pages/audit/index'),
      office: page('pages/office/index'),
    },
  ),
  clubs: subpackage('packages/clubs/', '社团: club list, club page, after a mixer', {
    index: page('pages/index/index'),
    club: page('pages/club/index', ['clubId']),
    mixer: page('pages/mixer/index', ['eventId']),
  }),
  welfare: subpackage('packages/welfare/', '福利: my code, hand-over, batches, progress', {
    code: page('pages/code/index', ['batchId']),
    scan: page('pages/scan/index', [], ['batchId']),
    admin: page('pages/admin/index'),
    progress: page('pages/progress/index', ['batchId']),
  }),
  walkathon: subpackage('packages/walkathon/', '健步走: my steps; management and setup', {
    index: page('pages/index/index', [], ['campaignId']),
    admin: page('pages/admin/index', [], ['campaignId']),
    setup: page('pages/setup/index', [], ['campaignId']),
  }),
  proposals: subpackage('packages/proposals/', '教代会提案: board, file, detail, review, answer', {
    index: page('pages/index/index', [], ['session']),
    file: page('pages/file/index', [], ['id', 'session']),
    detail: page('pages/detail/index', ['id']),
    mine: page('pages/mine/index', [], ['tab']),
    review: page('pages/review/index', ['id']),
    answer: page('pages/answer/index', ['id'], ['dept']),
    print: page('pages/print/index', ['id']),
    reps: page('pages/reps/index', [], ['congress']),
  }),
  notify: subpackage('packages/notify/', '消息: my inbox; 消息发送 for senders', {
    inbox: page('pages/inbox/index'),
    broadcast: page('pages/broadcast/index'),
  }),
  events: subpackage('packages/events/', '活动: detail, pass; organizers manage and check in', {
    detail: page('pages/detail/index', ['id']),
    pass: page('pages/pass/index', ['id']),
    manage: page('pages/manage/index'),
    edit: page('pages/edit/index', [], ['id', 'clubId', 'clubName']),
    checkin: page('pages/checkin/index', ['id']),
    attendance: page('pages/attendance/index', ['id']),
  }),
  trips: subpackage('packages/trips/', '疗休养: apply, my place and pass; admin plans; leaders', {
    index: page('pages/index/index', [], ['planId']),
    pass: page('pages/pass/index', ['planId']),
    admin: page('pages/admin/index'),
    leader: page('pages/leader/index', [], ['groupId']),
  }),
  care: subpackage('packages/care/', '关爱帮扶: apply, my cases, review queue, admin, 公示', {
    index: page('pages/index/index'),
    apply: page('pages/apply/index', [], ['programmeId']),
    case: page('pages/case/index', ['id'], ['new']),
    queue: page('pages/queue/index'),
    admin: page('pages/admin/index'),
    publicity: page('pages/publicity/index', ['id']),
  }),
  checkups: subpackage('packages/checkups/', '体检: book a slot, my pass, elsewhere; desk; admin', {
    index: page('pages/index/index', [], ['campaign']),
    pass: page('pages/pass/index', ['campaign']),
    elsewhere: page('pages/elsewhere/index', ['campaign']),
    desk: page('pages/desk/index', ['campaign']),
    admin: page('pages/admin/index'),
  }),
  report: subpackage(
    'packages/report/',
    '年度工作数据: the year in numbers; the list behind a figure',
    {
      index: page('pages/index/index', [], ['year', 'branchId']),
      detail: page('pages/detail/index', ['year', 'figure'], ['branchId']),
    },
  ),
  contests: subpackage(
    'packages/contests/',
    '竞赛评分: register, judge sheets, scoreboard; admin',
    {
      index: page('pages/index/index'),
      create: page('pages/create/index'),
      contest: page('pages/contest/index', ['contestId']),
      judge: page('pages/judge/index', ['contestId']),
      board: page('pages/board/index', ['contestId'], ['round']),
    },
  ),
  quiz: subpackage(
    'packages/quiz/',
    '知识竞赛: contests, take one, results, standings; admin; the final',
    {
      index: page('pages/index/index', [], ['contest']),
      take: page('pages/take/index', ['contest']),
      result: page('pages/result/index', ['attempt']),
      standings: page('pages/standings/index', ['contest'], ['tab']),
      admin: page('pages/admin/index', [], ['tab']),
      final: page('pages/final/index', ['contest']),
    },
  ),
  awards: subpackage('packages/awards/', '评优评先: rounds, nominate, judges vote, 公示; admin', {
    index: page('pages/index/index'),
    nominate: page('pages/nominate/index', ['round']),
    vote: page('pages/vote/index', ['round']),
    publicity: page('pages/publicity/index', ['round']),
    admin: page('pages/admin/index', [], ['round']),
  }),
} satisfies Record<string, SubpackageDef>;

type Subs = typeof SUBPACKAGES;

/** URL builders: `pages.events.detail({ id })` → "/packages/events/pages/detail/index?id=…". */
export const pages: {
  tabs: Builders<typeof TABS>;
  main: Builders<typeof MAIN>;
} & { [K in keyof Subs]: Builders<Subs[K]['pages']> } = {
  tabs: builders('', TABS),
  main: builders('', MAIN),
  ...(Object.fromEntries(
    Object.entries(SUBPACKAGES).map(([k, s]) => [k, builders(s.root, s.pages)]),
  ) as { [K in keyof Subs]: Builders<Subs[K]['pages']> }),
};

/** The tab bar's entries, in order. */
export const TAB_BAR: readonly { page: string; text: string }[] = Object.values(TABS).map((t) => ({
  page: t.path,
  text: t.text,
}));

/** app.config's `pages` (tabs first) and `subPackages`, for one build. */
export function appPages(isH5: boolean): {
  pages: string[];
  subPackages: { root: string; pages: string[] }[];
} {
  const main = (Object.keys(MAIN) as (keyof typeof MAIN)[])
    .filter((k) => isH5 || !H5_ONLY_MAIN.includes(k))
    .map((k) => MAIN[k].path);
  return {
    pages: [...Object.values(TABS).map((t) => t.path), ...main],
    subPackages: Object.values(SUBPACKAGES).map((s: SubpackageDef) => ({
      root: s.root,
      pages: Object.values(s.pages).map((p) => p.path),
    })),
  };
}

/** Every declared page path ("packages/events/pages/detail/index"), h5 build (a superset). */
export function allPagePaths(): string[] {
  const { pages: main, subPackages } = appPages(true);
  return [...main, ...subPackages.flatMap((s) => s.pages.map((p) => `${s.root}${p}`))];
}

const TAB_URLS: ReadonlySet<string> = new Set(Object.values(TABS).map((t) => `/${t.path}`));

/** Tab pages are opened with switchTab; everything else with navigateTo. */
export function isTabUrl(url: string): boolean {
  return TAB_URLS.has(url.split('?')[0]);
}

/**
 * The declared page a URL opens, with its required parameters present, or null. Accepts a
 * leading slash or none (the platform's subscription messages take "packages/…" without one).
 */
export function resolvePage(url: string): { page: string; query: Record<string, string> } | null {
  const [pathPart, queryPart = ''] = url.replace(/^\//, '').split('?');
  const query: Record<string, string> = Object.create(null);
  for (const pair of queryPart.split('&').filter(Boolean)) {
    const [k, v = ''] = pair.split('=');
    query[decodeURIComponent(k)] = decodeURIComponent(v);
  }
  const defs: [string, AnyDef][] = [
    ...Object.values(TABS).map((d): [string, AnyDef] => ['', d]),
    ...Object.values(MAIN).map((d): [string, AnyDef] => ['', d]),
    ...Object.values(SUBPACKAGES).flatMap((s: SubpackageDef) =>
      Object.values(s.pages).map((d): [string, AnyDef] => [s.root, d]),
    ),
  ];
  const hit = defs.find(([root, d]) => `${root}${d.path}` === pathPart);
  if (!hit) return null;
  const [, def] = hit;
  if (!def.required.every((k: string) => Object.hasOwn(query, k) && query[k] !== '')) return null;
  return { page: pathPart, query };
}
