// The welfare function, typed: batches, choosing, my pickup code, hand-over, progress, export.
import type { z } from 'zod';
import {
  welfareContract,
  type createBatchInput,
  type peopleInput,
} from '../../../domain/welfare/contract';
import { rosterContract } from '../../../domain/roster/contract';
import { call } from '../../services/cloud';

export { chooseGift, currentBatches } from './main-api';

export const getMyClaim = (batchId: string) =>
  call(welfareContract, 'welfare.myClaim', { batchId });
export const handoverByCode = (batchId: string, code: string) =>
  call(welfareContract, 'welfare.handover', { batchId, code });
export const handoverByToken = (batchId: string, token: string) =>
  call(welfareContract, 'welfare.handover', { batchId, token });
export const listBatches = () => call(welfareContract, 'welfare.listBatches', {});
export const getBatch = (batchId: string) => call(welfareContract, 'welfare.getBatch', { batchId });
export const createBatch = (input: z.input<typeof createBatchInput>) =>
  call(welfareContract, 'welfare.createBatch', input);
export const getProgress = (batchId: string) =>
  call(welfareContract, 'welfare.progress', { batchId });
export const listPeople = (input: z.input<typeof peopleInput>) =>
  call(welfareContract, 'welfare.people', input);
export const exportPeople = (input: z.input<typeof peopleInput>) =>
  call(welfareContract, 'welfare.export', input);
export const closeBatch = (batchId: string) => call(welfareContract, 'welfare.close', { batchId });
/** the branch unions (分工会), for choosing who a batch is for and whom a pickup point serves */
export const listBranches = () => call(rosterContract, 'roster.branches', {});
export const setOptionPhoto = (batchId: string, optionId: string, imageBase64: string | null) =>
  call(welfareContract, 'welfare.setOptionPhoto', { batchId, optionId, imageBase64 });
