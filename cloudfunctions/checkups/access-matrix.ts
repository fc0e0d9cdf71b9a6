// Who may call each checkups action (the authorization matrix, cloudfunctions/_security).
import { slotIdOf } from '../../domain/checkups/rules';
import { addDays, beijingDay } from '../../domain/time';
import { ADMIN, BOUND, type AccessRow } from '../_security/matrix';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();

// The first row's admin call creates this campaign; the rows after it act on it, in order
// (book, then change, check in, cancel, then a check-up elsewhere), so the allowed callers
// really get through rather than stopping at "not found".
const CAMPAIGN = 'matrix-checkups';
const DAY_A = addDays(beijingDay(), 7);
const DAY_B = addDays(beijingDay(), 8);
const SLOT_A = slotIdOf(CAMPAIGN, DAY_A, '08:00');
const SLOT_B = slotIdOf(CAMPAIGN, DAY_B, '08:00');
/** the matrix's plain staff caller (dev-100010) */
const STAFF_NO = '100010';
// a 1×1 PNG
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const ref = () => ({ campaignId: CAMPAIGN });

export const ACCESS_MATRIX: AccessRow[] = [
  // first: the rows below use the campaign it creates
  {
    action: 'checkups.createCampaign',
    allow: ADMIN,
    input: () => ({
      campaignId: CAMPAIGN,
      name: '矩阵体检',
      bookOpenAt: iso(-HOUR),
      bookCloseAt: iso(5 * 24 * HOUR),
      places: [{ name: '校医院', address: '校内东路 1 号' }],
      packages: [{ name: '通用套餐', items: ['血常规'], standardFen: 50000 }],
      addons: [{ name: '胃镜', priceFen: 30000 }],
      days: [
        { date: DAY_A, slots: [{ start: '08:00', capacity: 50 }] },
        { date: DAY_B, slots: [{ start: '08:00', capacity: 50 }] },
      ],
      elsewhereDeadline: iso(30 * 24 * HOUR),
    }),
  },
  // desk workers too, but none of the matrix's callers is one
  {
    action: 'checkups.listCampaigns',
    allow: ['otherChair', 'otherDesk', 'admin'],
    input: () => ({}),
  },
  { action: 'checkups.current', allow: BOUND, input: () => ({}) },
  { action: 'checkups.campaign', allow: BOUND, input: ref },
  { action: 'checkups.slots', allow: BOUND, input: ref },
  // every bound caller books a place of their own
  { action: 'checkups.book', allow: BOUND, input: () => ({ ...ref(), slotId: SLOT_A }) },
  { action: 'checkups.mine', allow: BOUND, input: ref },
  { action: 'checkups.setAddons', allow: BOUND, input: () => ({ ...ref(), addonIds: ['a1'] }) },
  { action: 'checkups.pass', allow: BOUND, input: ref },
  { action: 'checkups.reschedule', allow: BOUND, input: () => ({ ...ref(), slotId: SLOT_B }) },
  // the campaign's desk or an admin (admins hold every role)
  {
    action: 'checkups.checkin',
    allow: ADMIN,
    input: () => ({ ...ref(), staffNo: STAFF_NO, anyDay: true }),
  },
  { action: 'checkups.exportDay', allow: ADMIN, input: () => ({ ...ref(), date: DAY_B }) },
  // a chair sees their own branch only: the matrix's chair (b06) asks for b01
  {
    action: 'checkups.progress',
    allow: ADMIN,
    input: () => ({ ...ref(), branchId: 'b01' }),
  },
  { action: 'checkups.cancel', allow: BOUND, input: ref },
  // after the cancel: a check-up elsewhere is only for those without a booking
  {
    action: 'checkups.submitElsewhere',
    allow: BOUND,
    input: () => ({
      ...ref(),
      hospital: '外地医院',
      examDate: addDays(beijingDay(), -3),
      amountFen: 45000,
      receiptType: 'image/png',
      receiptBase64: PNG,
    }),
  },
  { action: 'checkups.listElsewhere', allow: ADMIN, input: ref },
  {
    action: 'checkups.reviewElsewhere',
    allow: ADMIN,
    input: () => ({ ...ref(), staffNo: STAFF_NO, approve: true }),
  },
];
