// The one error the app's calls raise: a code, a plain-Chinese message, and field issues if any.
import type { ErrorBody, ErrorCode, FieldIssue } from '../../domain/errors';

export const NETWORK_MESSAGE = '网络不太稳定，请稍后再试。';
export const SERVICE_MESSAGE = '服务暂时没有响应，请稍后再试；如果一直这样，请联系校工会。';

export class CloudError extends Error {
  readonly code: ErrorCode;
  readonly issues?: FieldIssue[];

  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'CloudError';
    this.code = code;
    if (issues) this.issues = issues;
  }

  /** Network trouble or a server fault: trying again later may help. */
  get retryable(): boolean {
    return this.code === 'network' || this.code === 'internal';
  }

  static fromBody(body: ErrorBody): CloudError {
    return new CloudError(body.code, body.message, body.issues);
  }
}

/** Any thrown value as a CloudError (unknown ones become a generic `internal`). */
export function toCloudError(error: unknown): CloudError {
  if (error instanceof CloudError) return error;
  return new CloudError('internal', SERVICE_MESSAGE);
}
