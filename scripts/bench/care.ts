// Bench `care`: 200 cases wait for final approval against a budget for 120; all 200 approvals fire
// at once (never over budget, clear answers, requests per approval, p50/p95), then 60 approved cases
// are declined and withdrawn at once twice over (each hold given back exactly once), then the
// year's totals and the finance export (database requests).
import { startTestCloud } from '../../local-cloud/testing';

const CASES = 200;
const FUNDED = 120;
const AMOUNT = 250_000;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

export async function benchCare(): Promise<Record<string, unknown>> {
  const t = await startTestCloud({ demo: true, synthetic: CASES });
  try {
    const year = new Date().getFullYear();
    const { programmeId } = await t.data<{ programmeId: string }>(
      'care',
      {
        action: 'care.createProgramme',
        kind: 'hardship',
        name: '压测：帮困送温暖',
        year,
        budget: FUNDED * AMOUNT,
        committeeAbove: 10_000_000,
      },
      'dev-admin',
    );
    const ids: string[] = [];
    for (let i = 1; i <= CASES; i++) {
      const openid = `dev-T${String(i).padStart(4, '0')}`;
      const { caseId } = await t.data<{ caseId: string }>(
        'care',
        { action: 'care.apply', programmeId, story: '压测：家庭生活困难，申请帮扶。' },
        openid,
      );
      await t.data(
        'care',
        { action: 'care.review', caseId, decision: 'approve', amount: AMOUNT },
        'dev-admin',
      );
      ids.push(caseId);
    }
    t.resetRequests();
    const started = Date.now();
    const times: number[] = [];
    const results = await Promise.all(
      ids.map(async (caseId) => {
        const t0 = Date.now();
        const r = await t.call(
          'care',
          { action: 'care.review', caseId, decision: 'approve' },
          'dev-admin',
        );
        times.push(Date.now() - t0);
        return r;
      }),
    );
    const burstMs = Date.now() - started;
    const burstRequests = t.requests();
    const codes: Record<string, number> = {};
    for (const r of results) {
      const k = r.ok ? 'ok' : r.error.code;
      codes[k] = (codes[k] ?? 0) + 1;
    }
    const ledger = await t.data<{ budget: number; reserved: number; paid: number; left: number }>(
      'care',
      { action: 'care.ledger', programmeId },
      'dev-admin',
    );
    const approvedIds = ids.filter((_, i) => results[i].ok);

    // give-back race: each approved case declined by the admin and withdrawn by its applicant, twice
    const racing = approvedIds.slice(0, 60);
    const byCase = new Map<string, string>();
    for (let i = 0; i < ids.length; i++)
      byCase.set(ids[i], `dev-T${String(i + 1).padStart(4, '0')}`);
    const race = await Promise.all(
      racing.flatMap((caseId) => [
        t.call(
          'care',
          { action: 'care.review', caseId, decision: 'decline', reason: '压测' },
          'dev-admin',
        ),
        t.call('care', { action: 'care.withdraw', caseId }, byCase.get(caseId) ?? null),
        t.call(
          'care',
          { action: 'care.review', caseId, decision: 'decline', reason: '压测' },
          'dev-admin',
        ),
        t.call('care', { action: 'care.withdraw', caseId }, byCase.get(caseId) ?? null),
      ]),
    );
    const after = await t.data<{ budget: number; reserved: number; paid: number; left: number }>(
      'care',
      { action: 'care.ledger', programmeId },
      'dev-admin',
    );

    t.resetRequests();
    const r0 = Date.now();
    await t.data('care', { action: 'care.totals', year }, 'dev-admin');
    const totalsMs = Date.now() - r0;
    const totalsRequests = t.requests();
    t.resetRequests();
    const file = await t.data<{ rows: number; base64: string }>(
      'care',
      { action: 'care.export', year },
      'dev-admin',
    );
    const exportRequests = t.requests();

    return {
      approvals: CASES,
      funded: FUNDED,
      answers: codes,
      overBudget: ledger.reserved > ledger.budget || ledger.left < 0,
      ledger,
      burstMs,
      p50ms: pct(times, 50),
      p95ms: pct(times, 95),
      approvalsPerSecond: Math.round((CASES / burstMs) * 1000 * 10) / 10,
      requestsPerApproval: Math.round((burstRequests / CASES) * 10) / 10,
      giveBackRaceWins: race.filter((r) => r.ok).length,
      giveBackCases: racing.length,
      ledgerAfterGiveBack: after,
      giveBackExactlyOnce: after.left === ledger.left + racing.length * AMOUNT,
      totalsRequests,
      totalsMs,
      exportRows: file.rows,
      exportKB: Math.round((file.base64.length * 3) / 4 / 1024),
      exportRequests,
    };
  } finally {
    await t.stop();
  }
}
