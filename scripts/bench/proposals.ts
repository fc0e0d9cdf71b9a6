// Bench `proposals`: the 39 other representatives co-sign one proposal at the same moment (every
// co-signature recorded, none lost, clear answers), then the board of a session with 300 proposals
// (database requests per read) and its .xlsx export.
import { COLLECTIONS } from '../../database/collections';
import type { ProposalDoc } from '../../domain/proposals/model';
import { fileContent } from '../../domain/proposals/rules';
import { insertProposal } from '../../cloudfunctions/proposals/proposal-repo';
import {
  DEMO_REPRESENTATIVES,
  DEMO_SESSION,
  seedProposals,
} from '../../local-cloud/seed/proposals';
import { startTestCloud } from '../../local-cloud/testing';

const BOARD_SIZE = 300;

export async function benchProposals(): Promise<Record<string, unknown>> {
  const t = await startTestCloud({ demo: true });
  try {
    const now = new Date();
    await seedProposals(t.db, now);
    const [author, ...others] = DEMO_REPRESENTATIVES;
    const { proposalId } = await t.data<{ proposalId: string }>(
      'proposals',
      {
        action: 'proposals.file',
        sessionId: DEMO_SESSION,
        kind: 'proposal',
        title: '压测：关于教学楼增设直饮水机的提案',
        category: '后勤',
        background:
          '教学楼里只有一楼有开水炉，课间十分钟老师和学生都要排队接水，高楼层上课的老师常常来不及接水就要上下一节课，大家反映了很多次。',
        suggestion: '建议后勤保障处在教学楼每层增设一台直饮水机，并定期检测水质、公布检测结果。',
      },
      `dev-${author}`,
    );
    for (let i = 0; i < others.length; i += 10) {
      await t.data(
        'proposals',
        { action: 'proposals.invite', proposalId, staffNos: others.slice(i, i + 10) },
        `dev-${author}`,
      );
    }
    t.resetRequests();
    const started = Date.now();
    const results = await Promise.all(
      others.map((no) =>
        t.call('proposals', { action: 'proposals.cosign', proposalId }, `dev-${no}`),
      ),
    );
    const burstMs = Date.now() - started;
    const burstRequests = t.requests();
    const errors: Record<string, number> = {};
    for (const r of results) if (!r.ok) errors[r.error.code] = (errors[r.error.code] ?? 0) + 1;
    const doc = (await t.db.collection(COLLECTIONS.proposals).doc(proposalId).get())
      .data[0] as ProposalDoc;
    const succeeded = results.filter((r) => r.ok).length;

    // a session with BOARD_SIZE public proposals
    const docs: ProposalDoc[] = [];
    for (let i = 0; i < BOARD_SIZE; i++) {
      const d = fileContent(
        null,
        {
          id: `bench-${i}`,
          sessionId: DEMO_SESSION,
          congressId: 'c6',
          proposer: { staffNo: others[i % others.length], name: '代表' },
        },
        {
          kind: 'suggestion',
          title: `压测建议第${i}条：改进校园服务`,
          category: '其他',
          background: '',
          suggestion: `第${i}条建议：希望学校改进校园服务，方便教职工。`,
        },
        new Date(now.getTime() + i),
      );
      docs.push(d);
    }
    for (const d of docs) await insertProposal(t.db, d);
    t.resetRequests();
    const b0 = Date.now();
    const board = await t.data<{ items: unknown[] }>(
      'proposals',
      { action: 'proposals.board', sessionId: DEMO_SESSION },
      'dev-100200',
    );
    const boardMs = Date.now() - b0;
    const boardRequests = t.requests();
    t.resetRequests();
    const e0 = Date.now();
    const file = await t.data<{ rows: number; base64: string }>(
      'proposals',
      { action: 'proposals.export', sessionId: DEMO_SESSION },
      'dev-100044',
    );
    const exportMs = Date.now() - e0;

    return {
      cosigners: others.length,
      cosignSucceeded: succeeded,
      cosignErrors: errors,
      cosignersRecorded: doc.cosigners.length,
      lostUpdates: succeeded - doc.cosigners.length,
      status: doc.status,
      burstMs,
      requestsPerCosign: Math.round((burstRequests / others.length) * 10) / 10,
      boardItems: board.items.length,
      boardRequests,
      boardMs,
      exportRows: file.rows,
      exportKB: Math.round((file.base64.length * 3) / 4 / 1024),
      exportRequests: t.requests(),
      exportMs,
    };
  } finally {
    await t.stop();
  }
}
