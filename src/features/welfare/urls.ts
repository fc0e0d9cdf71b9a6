// The welfare pages' URLs, from the page registry (new code may call `pages.welfare.*` directly).
import { pages } from '../../../domain/pages';

export const WELFARE_URLS = {
  code: (batchId: string) => pages.welfare.code({ batchId }),
  scan: (batchId?: string) => pages.welfare.scan({ batchId }),
  admin: pages.welfare.admin(),
  progress: (batchId: string) => pages.welfare.progress({ batchId }),
} as const;
