// Who may call each proposals action (the authorization matrix, cloudfunctions/_security).
import { ADMIN, BOUND, type AccessRow } from '../_security/matrix';

const draft = () => ({
  sessionId: 'session-none',
  kind: 'proposal',
  title: '关于改善食堂的建议',
  category: '后勤',
  background:
    '食堂午餐时段排队时间长，窗口少，教职工午休时间被大量占用，影响下午的教学与工作安排，希望学校重视并加以改进，切实解决教职工的就餐困难问题。',
  suggestion: '建议在午餐高峰时段增开两个临时窗口，并推行线上预订、错峰取餐，缩短排队时间。',
});

export const ACCESS_MATRIX: AccessRow[] = [
  { action: 'proposals.sessions', allow: BOUND, input: () => ({}) },
  { action: 'proposals.departments', allow: BOUND, input: () => ({}) },
  { action: 'proposals.board', allow: BOUND, input: () => ({ sessionId: 'session-none' }) },
  { action: 'proposals.get', allow: BOUND, input: () => ({ proposalId: 'p-none' }) },
  { action: 'proposals.mine', allow: BOUND, input: () => ({}) },
  { action: 'proposals.saveDraft', allow: BOUND, input: draft },
  { action: 'proposals.file', allow: BOUND, input: draft },
  { action: 'proposals.similar', allow: BOUND, input: () => ({ sessionId: 'session-none' }) },
  { action: 'proposals.searchReps', allow: BOUND, input: () => ({ sessionId: 'session-none' }) },
  {
    action: 'proposals.invite',
    allow: BOUND,
    input: () => ({ proposalId: 'p-none', staffNos: ['100010'] }),
  },
  { action: 'proposals.cosign', allow: BOUND, input: () => ({ proposalId: 'p-none' }) },
  { action: 'proposals.declineCosign', allow: BOUND, input: () => ({ proposalId: 'p-none' }) },
  {
    action: 'proposals.review',
    allow: ADMIN,
    input: () => ({ proposalId: 'p-none', decision: 'decline', reason: '重复' }),
  },
  {
    action: 'proposals.answer',
    allow: ADMIN,
    input: () => ({
      proposalId: 'p-none',
      status: '已解决',
      text: '已增加两个窗口，排队时间明显缩短。',
    }),
  },
  {
    action: 'proposals.rate',
    allow: BOUND,
    input: () => ({ proposalId: 'p-none', rating: 'satisfied' }),
  },
  { action: 'proposals.export', allow: ADMIN, input: () => ({ sessionId: 'session-none' }) },
  {
    action: 'proposals.importReps',
    allow: ADMIN,
    input: () => ({ congressId: 'congress-none', fileBase64: 'UEsDBA==' }),
  },
];
