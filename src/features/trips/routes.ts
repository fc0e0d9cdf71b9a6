// The trips subpackage's pages and their URLs (kept in step with app.config.ts and src/routes.ts).
export const TRIPS_ROOT = 'packages/trips/';

export const TRIPS_PAGES = {
  index: 'pages/index/index',
  pass: 'pages/pass/index',
  admin: 'pages/admin/index',
  leader: 'pages/leader/index',
} as const;

export function tripsUrl(
  page: keyof typeof TRIPS_PAGES,
  query: Record<string, string | undefined> = {},
): string {
  const q = Object.entries(query)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${encodeURIComponent(v as string)}`)
    .join('&');
  return `/${TRIPS_ROOT}${TRIPS_PAGES[page]}${q ? `?${q}` : ''}`;
}
