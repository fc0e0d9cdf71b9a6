// What the 福利 tab (main package) calls: current batches and choosing a gift, typed by the
// contract's type only (no schemas shipped; see mainCaller).
import type { DeliveryInput, WelfareContract } from '../../../domain/welfare/contract';
import { mainCaller } from '../../services/cloud';

const welfare = mainCaller<WelfareContract>();

export const currentBatches = () => welfare('welfare.current', {});
export const chooseGift = (batchId: string, optionId: string, delivery?: DeliveryInput) =>
  welfare('welfare.claim', delivery ? { batchId, optionId, delivery } : { batchId, optionId });
