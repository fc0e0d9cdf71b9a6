// The welfare function: gift batches, choosing, the pickup code, hand-over and the numbers.
import { welfareContract } from '../../domain/welfare/contract';
import { audited, createHandler } from '../_kit';
import { createBatch, current, getBatchDetail, listAll, updateBatch } from './batches';
import { claim } from './claim';
import { closeBatch, closeDue } from './close';
import { handover, undoHandover } from './handover';
import { myClaim } from './my-claim';
import { setOptionPhoto } from './photos';
import { exportPeople, people, progress } from './progress';

export const main = createHandler(
  welfareContract,
  {
    'welfare.current': { access: ['staff'], run: current },
    'welfare.claim': { access: ['staff'], run: claim },
    'welfare.myClaim': { access: ['staff'], run: myClaim },
    'welfare.handover': { access: ['distributor'], run: handover },
    'welfare.undoHandover': { access: ['admin'], run: undoHandover },
    'welfare.createBatch': { access: ['admin'], run: audited(createBatch, (_i, o) => o?.batchId) },
    'welfare.updateBatch': { access: ['admin'], run: audited(updateBatch, (i) => i.batchId) },
    'welfare.setOptionPhoto': { access: ['admin'], run: setOptionPhoto },
    'welfare.getBatch': { access: ['admin', 'branch_chair', 'distributor'], run: getBatchDetail },
    'welfare.listBatches': { access: ['admin', 'branch_chair', 'distributor'], run: listAll },
    'welfare.progress': { access: ['admin', 'branch_chair'], run: progress },
    'welfare.people': { access: ['admin', 'branch_chair'], run: people },
    'welfare.export': {
      access: ['admin', 'branch_chair'],
      run: audited(exportPeople, (i) => i.batchId),
    },
    'welfare.close': {
      access: ['admin'],
      run: audited(
        (input: { batchId: string }, ctx) => closeBatch(ctx.db, input.batchId, ctx.now),
        (i) => i.batchId,
      ),
    },
  },
  { timers: { close: ({ db, now, log }) => closeDue(db, now, log) } },
);
