// The welfare subpackage's pages (declared in app.config.ts's welfare block).
export const WELFARE_ROOT = 'packages/welfare/';
export const WELFARE_PAGES = [
  'pages/code/index',
  'pages/scan/index',
  'pages/admin/index',
  'pages/progress/index',
];

const q = (batchId: string) => `?batchId=${encodeURIComponent(batchId)}`;

export const WELFARE_URLS = {
  code: (batchId: string) => `/${WELFARE_ROOT}pages/code/index${q(batchId)}`,
  scan: (batchId?: string) => `/${WELFARE_ROOT}pages/scan/index${batchId ? q(batchId) : ''}`,
  admin: `/${WELFARE_ROOT}pages/admin/index`,
  progress: (batchId: string) => `/${WELFARE_ROOT}pages/progress/index${q(batchId)}`,
} as const;
