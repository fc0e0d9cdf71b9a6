// The function kit: everything a cloud function needs, from one import.
export { createHandler, inputOf, issuesOf } from './handler';
export type { Access, ActionImpl, Implementation, Main, TimerContext } from './handler';
export type { CallContext } from './context';
export { getDb, getApp, tcb } from './db';
export { runTransaction } from './transaction';
export { inBatches } from './batches';
export type { Tx, TxCollection, TxDocument } from './transaction';
export type { Db } from './db';
export { createLogger } from './log';
export type { Logger } from './log';
export { secret, setting, MisconfiguredError } from './config';
export { VisibleError } from '../../domain/errors';
export { audit, audited } from './audit';
export type { AuditEntry, AuditDoc } from './audit';
export {
  checkedImage,
  deleteFiles,
  putFile,
  putImage,
  swapImage,
  tempUrl,
  tempUrls,
} from './storage';
export type { CheckedImage } from './storage';
