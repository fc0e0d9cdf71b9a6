// The error model shared by functions and app: codes, the envelope, and the error a user may see.

export type ErrorCode =
  | 'validation.failed'
  | 'auth.unbound'
  | 'auth.forbidden'
  | 'auth.rate_limited'
  | 'action.unknown'
  | 'not_found'
  | 'conflict'
  | 'internal'
  | 'network'
  // feature codes are namespaced strings, e.g. "events.full", "welfare.out_of_stock"
  | (string & {});

export interface FieldIssue {
  path: string;
  message: string;
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

/** An error whose code and plain-Chinese message may be shown to the user as they are. */
export class VisibleError extends Error {
  readonly code: ErrorCode;
  readonly issues?: FieldIssue[];

  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'VisibleError';
    this.code = code;
    this.issues = issues;
  }

  toBody(): ErrorBody {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }
}

export const INTERNAL_MESSAGE = '系统出了点问题，请稍后再试；如果一直这样，请联系校工会。';

export function ok<T>(data: T): Envelope<T> {
  return { ok: true, data };
}

export function fail(code: ErrorCode, message: string, issues?: FieldIssue[]): Envelope<never> {
  return { ok: false, error: issues ? { code, message, issues } : { code, message } };
}
