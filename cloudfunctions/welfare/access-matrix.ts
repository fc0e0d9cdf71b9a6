// Who may call each welfare action (the authorization matrix, cloudfunctions/_security).
import { ADMIN, BOUND, type AccessRow } from '../_security/matrix';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();
const CHAIR_OR_ADMIN = ['otherChair', 'admin'] as const;

export const ACCESS_MATRIX: AccessRow[] = [
  { action: 'welfare.current', allow: BOUND, input: () => ({}) },
  {
    action: 'welfare.claim',
    allow: BOUND,
    input: (fx) => ({ batchId: fx.batchId, optionId: 'o1' }),
  },
  { action: 'welfare.myClaim', allow: BOUND, input: (fx) => ({ batchId: fx.batchId }) },
  {
    action: 'welfare.handover',
    allow: ADMIN,
    input: (fx) => ({ batchId: fx.batchId, code: '00019999' }),
  },
  {
    action: 'welfare.undoHandover',
    allow: ADMIN,
    input: (fx) => ({ batchId: fx.batchId, staffNo: fx.staffNo, reason: '扫错了' }),
  },
  {
    action: 'welfare.createBatch',
    allow: ADMIN,
    input: () => ({
      name: '矩阵测试福利',
      claimOpenAt: iso(-HOUR),
      claimCloseAt: iso(24 * HOUR),
      options: [{ name: '大米', stock: 1 }],
    }),
  },
  {
    action: 'welfare.updateBatch',
    allow: ADMIN,
    input: (fx) => ({ batchId: fx.batchId, name: '改名' }),
  },
  {
    action: 'welfare.setOptionPhoto',
    allow: ADMIN,
    input: (fx) => ({ batchId: fx.batchId, optionId: 'o1', imageBase64: null }),
  },
  {
    action: 'welfare.getBatch',
    allow: ['otherChair', 'otherDistributor', 'admin'],
    input: (fx) => ({ batchId: fx.batchId }),
  },
  {
    action: 'welfare.listBatches',
    allow: ['otherChair', 'otherDistributor', 'admin'],
    input: () => ({}),
  },
  // a chair sees their own branch's numbers only (not a refusal)
  { action: 'welfare.progress', allow: CHAIR_OR_ADMIN, input: (fx) => ({ batchId: fx.batchId }) },
  { action: 'welfare.people', allow: CHAIR_OR_ADMIN, input: (fx) => ({ batchId: fx.batchId }) },
  { action: 'welfare.export', allow: CHAIR_OR_ADMIN, input: (fx) => ({ batchId: fx.batchId }) },
  { action: 'welfare.close', allow: ADMIN, input: (fx) => ({ batchId: fx.batchId }) },
];
