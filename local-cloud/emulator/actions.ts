// The action dispatcher of the CloudBase wire protocol: each database action turns one request
// body into the `data` (and top-level fields) the SDK reads. Every action runs synchronously from
// first read to last write, so each request is atomic; writes are persisted before the answer.
import { CloudError, CODES } from './errors';
import { aggregateDocuments, calculateDocument, getDocument } from './reads';
import { collectionName, type ActionContext, type Answer, type Body } from './request';
import { insertDocument, modifyAndReturnDoc, modifyDocument, removeDocument } from './writes';

export type { ActionContext, Answer, Body } from './request';

function startTransaction(_body: Body, ctx: ActionContext): Answer {
  return { transactionId: ctx.txm.start().id };
}

function commitTransaction(body: Body, ctx: ActionContext): Answer {
  ctx.txm.commit(ctx.txm.active(body.transactionId));
  return {};
}

function abortTransaction(body: Body, ctx: ActionContext): Answer {
  ctx.txm.abort(body.transactionId);
  return {};
}

function addCollection(body: Body, ctx: ActionContext): Answer {
  ctx.store.addCollection(collectionName(body));
  return {};
}

const ACTIONS: Record<string, (body: Body, ctx: ActionContext) => Answer> = {
  'database.insertDocument': insertDocument,
  'database.getDocument': getDocument,
  'database.calculateDocument': calculateDocument,
  'database.modifyDocument': modifyDocument,
  'database.modifyAndReturnDoc': modifyAndReturnDoc,
  'database.removeDocument': removeDocument,
  'database.aggregateDocuments': aggregateDocuments,
  'database.startTransaction': startTransaction,
  'database.commitTransaction': commitTransaction,
  'database.abortTransaction': abortTransaction,
  'database.addCollection': addCollection,
};

export const SUPPORTED_ACTIONS = Object.keys(ACTIONS);

/** Runs one request. Throws CloudError for an error answer, LockWait when it must wait for a transaction. */
export function execute(body: Body, ctx: ActionContext): Answer {
  const action = body.action;
  const run =
    typeof action === 'string' && Object.prototype.hasOwnProperty.call(ACTIONS, action)
      ? ACTIONS[action]
      : undefined;
  if (!run) {
    throw new CloudError(
      CODES.invalidAction,
      `the local cloud does not support the action ${JSON.stringify(action)} (supported: ${SUPPORTED_ACTIONS.join(', ')})`,
    );
  }
  return run(body, ctx);
}
