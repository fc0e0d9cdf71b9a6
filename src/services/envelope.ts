// Reading what a function answered: the `{ ok, data } | { ok, error }` envelope, or a transport fault.
import type { Envelope, ErrorBody, FieldIssue } from '../../domain/errors';
import { CloudError, NETWORK_MESSAGE, SERVICE_MESSAGE } from './cloud-error';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isIssue(v: unknown): v is FieldIssue {
  return isRecord(v) && typeof v.path === 'string' && typeof v.message === 'string';
}

function isErrorBody(v: unknown): v is ErrorBody {
  return (
    isRecord(v) &&
    typeof v.code === 'string' &&
    typeof v.message === 'string' &&
    (v.issues === undefined || (Array.isArray(v.issues) && v.issues.every(isIssue)))
  );
}

export function isEnvelope(v: unknown): v is Envelope<unknown> {
  if (!isRecord(v)) return false;
  if (v.ok === true) return 'data' in v;
  return v.ok === false && isErrorBody(v.error);
}

/** The data of an ok envelope; a CloudError for an error envelope or anything else. */
export function unwrap(result: unknown): unknown {
  if (!isEnvelope(result)) throw new CloudError('internal', SERVICE_MESSAGE);
  if (result.ok) return result.data;
  throw CloudError.fromBody(result.error);
}

/**
 * A failed `Taro.cloud.callFunction` (weapp) as a CloudError. Platform codes: -504002 the function
 * threw or timed out, -404xxx not deployed / no such function, -1 and "request:fail …" network.
 */
export function fromWeappFailure(failure: unknown): CloudError {
  const errCode =
    isRecord(failure) && typeof failure.errCode === 'number' ? failure.errCode : undefined;
  const errMsg =
    isRecord(failure) && typeof failure.errMsg === 'string' ? failure.errMsg : String(failure);
  if (/timeout|time out|request:fail|network|网络/i.test(errMsg) || errCode === -1) {
    return new CloudError('network', NETWORK_MESSAGE);
  }
  return new CloudError('internal', SERVICE_MESSAGE);
}
