// The proposals subpackage's pages and the URLs to open them (kept in step with app.config.ts).
export const PROPOSALS_ROOT = 'packages/proposals/';

export const PROPOSALS_PAGES = {
  board: 'pages/index/index',
  file: 'pages/file/index',
  detail: 'pages/detail/index',
  mine: 'pages/mine/index',
  review: 'pages/review/index',
  answer: 'pages/answer/index',
  print: 'pages/print/index',
  reps: 'pages/reps/index',
} as const;

type PageKey = keyof typeof PROPOSALS_PAGES;

/** "/packages/proposals/pages/detail/index?id=…" */
export function proposalsUrl(
  page: PageKey,
  query: Record<string, string | undefined> = {},
): string {
  const q = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v as string)}`)
    .join('&');
  return `/${PROPOSALS_ROOT}${PROPOSALS_PAGES[page]}${q ? `?${q}` : ''}`;
}

export const PROPOSALS_HOME = proposalsUrl('board');
