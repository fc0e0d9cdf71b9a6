// Who may call each steps action (the authorization matrix, cloudfunctions/_security).
import { ADMIN, BOUND, type AccessRow } from '../_security/matrix';

const campaign = (fx: { campaignId: string }) => ({ campaignId: fx.campaignId });

export const ACCESS_MATRIX: AccessRow[] = [
  {
    action: 'steps.createCampaign',
    allow: ADMIN,
    input: () => ({
      name: '矩阵健步走',
      startDate: '2026-12-01',
      endDate: '2026-12-20',
      dailyTarget: 6000,
      dailyCap: 30000,
      rule: { type: 'min_days', days: 5 },
    }),
  },
  {
    action: 'steps.updateCampaign',
    allow: ADMIN,
    input: (fx) => ({ campaignId: fx.campaignId, name: '改名' }),
  },
  { action: 'steps.campaigns', allow: BOUND, input: () => ({}) },
  { action: 'steps.join', allow: BOUND, input: campaign },
  {
    action: 'steps.sync',
    allow: BOUND,
    input: (fx) => ({ campaignId: fx.campaignId, weRunData: { cloudID: 'none' } }),
  },
  { action: 'steps.me', allow: BOUND, input: campaign },
  { action: 'steps.standings', allow: BOUND, input: campaign },
  { action: 'steps.report', allow: ['otherChair', 'admin'], input: campaign },
  { action: 'steps.export', allow: ['otherChair', 'admin'], input: campaign },
  { action: 'steps.closeCampaign', allow: ADMIN, input: campaign },
];
