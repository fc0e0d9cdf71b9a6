// What a person can do next about an error: bind first, choose a gift first, try again, or ask
// the union office — so no error screen is a dead end.
import { URLS } from '../../routes';

export interface ErrorLike {
  message: string;
  code?: string;
}

export type NextStep =
  | { kind: 'go'; title: string; label: string; url: string }
  | { kind: 'retry'; title: string; label: string; office: boolean }
  | { kind: 'office'; title: string }
  /** the message itself says what to do (a form problem, a full event…) */
  | { kind: 'none'; title: string };

/** Errors that a page elsewhere resolves, and where. Keyed by error code (Map: codes are data). */
const ELSEWHERE = new Map<string, { title: string; label: string; url: string }>([
  ['auth.unbound', { title: '请先绑定工号', label: '去绑定工号', url: URLS.bind }],
  ['welfare.no_claim', { title: '还没有选礼包', label: '去选礼包', url: URLS.welfare }],
]);

/** Network trouble, a server fault, or a door only the office opens: worth its contact. */
const OFFICE = new Set(['network', 'internal', 'conflict', 'auth.forbidden', 'not_found']);
const needsOffice = (code?: string) => !code || OFFICE.has(code);

export function nextStepFor(error: ErrorLike, canRetry: boolean): NextStep {
  const there = error.code ? ELSEWHERE.get(error.code) : undefined;
  if (there) return { kind: 'go', ...there };
  if (canRetry)
    return {
      kind: 'retry',
      title: '没有成功',
      label: '再试一次',
      office: needsOffice(error.code),
    };
  return needsOffice(error.code)
    ? { kind: 'office', title: '没有成功' }
    : { kind: 'none', title: '没有成功' };
}
