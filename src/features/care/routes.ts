// The care subpackage's pages and the URLs to open them (kept in step with app.config.ts).
export const CARE_ROOT = 'packages/care/';

export const CARE_PAGES = {
  index: 'pages/index/index',
  apply: 'pages/apply/index',
  case: 'pages/case/index',
  queue: 'pages/queue/index',
  admin: 'pages/admin/index',
  publicity: 'pages/publicity/index',
} as const;

/** "/packages/care/pages/case/index?id=…" */
export function careUrl(
  page: keyof typeof CARE_PAGES,
  query: Record<string, string | undefined> = {},
): string {
  const q = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v as string)}`)
    .join('&');
  return `/${CARE_ROOT}${CARE_PAGES[page]}${q ? `?${q}` : ''}`;
}
