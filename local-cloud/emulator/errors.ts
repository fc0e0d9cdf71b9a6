// Errors the emulator answers with, shaped and coded like CloudBase's own ({ code, message }).

/** Error codes CloudBase uses (docs.cloudbase.net/error-code) that the emulator can answer. */
export const CODES = {
  invalidParam: 'INVALID_PARAM',
  invalidAction: 'INVALID_ACTION',
  requestFailed: 'DATABASE_REQUEST_FAILED',
  invalidOperator: 'DATABASE_INVALID_OPERRATOR',
  collectionNotExist: 'DATABASE_COLLECTION_NOT_EXIST',
  collectionAlreadyExist: 'DATABASE_COLLECTION_ALREADY_EXIST',
  /** the code @cloudbase/database's runTransaction retries on */
  transactionConflict: 'DATABASE_TRANSACTION_CONFLICT',
  transactionFail: 'DATABASE_TRANSACTION_FAIL',
} as const;

export type CloudErrorCode = (typeof CODES)[keyof typeof CODES];

/** An error that becomes a `{ code, message, requestId }` answer. */
export class CloudError extends Error {
  constructor(
    readonly code: CloudErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CloudError';
  }
}

export function invalidParam(message: string): CloudError {
  return new CloudError(CODES.invalidParam, message);
}

export function requestFailed(message: string): CloudError {
  return new CloudError(CODES.requestFailed, message);
}

export function transactionConflict(message: string): CloudError {
  return new CloudError(
    CODES.transactionConflict,
    `[FailedOperation.TransactionConflict] ${message}. Please retry the transaction.`,
  );
}

export function transactionFail(message: string): CloudError {
  return new CloudError(CODES.transactionFail, message);
}

/** Thrown by the update engine for a MongoDB-style write error (bad path, wrong type …). */
export function writeError(message: string): CloudError {
  return new CloudError(CODES.requestFailed, `[FailedOperation] ${message}`);
}
