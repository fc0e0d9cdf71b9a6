// The authorization matrix: every action of every function × every kind of caller, against the
// rows each function keeps in its own access-matrix.ts. An action without a row fails the test.
import { COLLECTIONS } from '../../database/collections';
import type { Envelope } from '../../domain/errors';
import { startTestCloud, type TestCloud } from '../../local-cloud/testing';
import { ACCESS_MATRIX as account } from '../account/access-matrix';
import { ACCESS_MATRIX as awards } from '../awards/access-matrix';
import { ACCESS_MATRIX as care } from '../care/access-matrix';
import { ACCESS_MATRIX as checkups } from '../checkups/access-matrix';
import { ACCESS_MATRIX as clubs } from '../clubs/access-matrix';
import { ACCESS_MATRIX as contests } from '../contests/access-matrix';
import { ACCESS_MATRIX as events } from '../events/access-matrix';
import { ACCESS_MATRIX as notify } from '../notify/access-matrix';
import { ACCESS_MATRIX as proposals } from '../proposals/access-matrix';
import { ACCESS_MATRIX as report } from '../report/access-matrix';
import { ACCESS_MATRIX as quiz } from '../quiz/access-matrix';
import { ACCESS_MATRIX as roster } from '../roster/access-matrix';
import { ACCESS_MATRIX as steps } from '../steps/access-matrix';
import { ACCESS_MATRIX as trips } from '../trips/access-matrix';
import { ACCESS_MATRIX as welfare } from '../welfare/access-matrix';
import { allActions } from './contracts';
import { CALLERS, DENIAL, type AccessRow, type Caller, type Fixture } from './matrix';

/** One line per function; a new feature adds its own here at merge (docs/security.md). */
const ROWS: AccessRow[] = [
  ...account,
  ...awards,
  ...care,
  ...checkups,
  ...clubs,
  ...contests,
  ...events,
  ...notify,
  ...proposals,
  ...report,
  ...quiz,
  ...roster,
  ...steps,
  ...trips,
  ...welfare,
];

const OPENIDS: Record<Caller, string> = {
  unbound: 'matrix-never-bound',
  staff: 'dev-100010',
  otherChair: 'dev-chair',
  otherClubLeader: 'dev-100040',
  scopedOrganizer: 'dev-100041',
  otherDistributor: 'dev-100042',
  careCommittee: 'dev-100043',
  otherTripLeader: 'dev-100044',
  otherDesk: 'dev-100045',
  otherJudge: 'dev-100046',
  admin: 'dev-admin',
};

let t: TestCloud;
let fx: Fixture;
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();

beforeAll(async () => {
  t = await startTestCloud({ demo: true });
  const admin = 'dev-admin';
  // the first call after seeding may meet a reset keep-alive socket (ECONNRESET): warm up
  await t.call('account', { action: 'account.me' }, 'dev-admin');
  const { eventId } = await t.data<{ eventId: string }>(
    'events',
    {
      action: 'events.create',
      title: '矩阵夹具活动',
      type: '健康',
      location: '报告厅',
      startAt: iso(48 * HOUR),
      endAt: iso(50 * HOUR),
      signupOpenAt: iso(-HOUR),
      signupCloseAt: iso(24 * HOUR),
      capacity: 50,
      allocation: 'first_come',
    },
    admin,
  );
  const { batchId } = await t.data<{ batchId: string }>(
    'welfare',
    {
      action: 'welfare.createBatch',
      name: '矩阵夹具福利',
      claimOpenAt: iso(-HOUR),
      claimCloseAt: iso(24 * HOUR),
      options: [{ name: '大米', stock: 100 }],
      points: [
        { name: '东区', place: '东区活动室', hours: '9:00–16:00', branchIds: ['b01'] },
        { name: '西区', place: '西区图书馆', hours: '9:00–16:00' },
      ],
    },
    admin,
  );
  const { batchId: otherBatch } = await t.data<{ batchId: string }>(
    'welfare',
    {
      action: 'welfare.createBatch',
      name: '另一次福利',
      claimOpenAt: iso(-HOUR),
      claimCloseAt: iso(24 * HOUR),
      options: [{ name: '鸡蛋', stock: 10 }],
    },
    admin,
  );
  const { clubId } = await t.data<{ clubId: string }>(
    'clubs',
    { action: 'clubs.create', name: '矩阵摄影协会' },
    admin,
  );
  const { clubId: otherClub } = await t.data<{ clubId: string }>(
    'clubs',
    { action: 'clubs.create', name: '矩阵书法协会' },
    admin,
  );
  const { campaignId } = await t.data<{ campaignId: string }>(
    'steps',
    {
      action: 'steps.createCampaign',
      name: '矩阵健步走',
      startDate: '2026-11-25',
      endDate: '2026-12-25',
      dailyTarget: 6000,
      dailyCap: 30000,
      rule: { type: 'min_days', days: 5 },
    },
    admin,
  );
  const { eventId: otherEvent } = await t.data<{ eventId: string }>(
    'events',
    {
      action: 'events.create',
      title: '另一个活动',
      type: '健康',
      location: '报告厅',
      startAt: iso(48 * HOUR),
      endAt: iso(50 * HOUR),
      signupOpenAt: iso(-HOUR),
      signupCloseAt: iso(24 * HOUR),
      capacity: 5,
      allocation: 'first_come',
    },
    admin,
  );
  const staff = t.db.collection(COLLECTIONS.staff);
  await staff.doc('100040').update({ roles: [{ role: 'club_leader', clubId: otherClub }] });
  await staff.doc('100041').update({ roles: [{ role: 'organizer', eventId: otherEvent }] });
  await staff
    .doc('100042')
    .update({ roles: [{ role: 'distributor', batchId: otherBatch, pointId: 'p1' }] });
  await staff.doc('100043').update({ roles: [{ role: 'care_committee' }] });
  await staff
    .doc('100044')
    .update({ roles: [{ role: 'trip_leader', groupId: 'matrix-other-group' }] });
  await staff
    .doc('100045')
    .update({ roles: [{ role: 'checkup_desk', campaignId: 'matrix-other-campaign' }] });
  await staff.doc('100046').update({
    roles: [
      { role: 'judge', contestId: 'jc-matrix-other' },
      { role: 'judge', contestId: 'qc-matrix-other' },
      { role: 'judge', roundId: 'ar-matrix-other' },
    ],
  });
  // a b01 person (the chair's branch is b06), not one of the callers
  const b01 = await staff.where({ branchId: 'b01', active: true }).limit(20).get();
  const callers = Object.values(OPENIDS).map((o) => o.replace(/^dev-/, ''));
  const person = (b01.data as { staffNo: string; openid?: string }[]).find(
    (p) => p.openid && !['100001', '100002', '100003', ...callers].includes(p.staffNo),
  );
  if (!person?.openid) throw new Error('the demo roster has no bound b01 person');
  // care: an open programme, and the b01 person's own case (submitted: at the branch step)
  const { programmeId: careProgrammeId } = await t.data<{ programmeId: string }>(
    'care',
    {
      action: 'care.createProgramme',
      kind: 'hardship',
      name: '矩阵夹具帮扶',
      year: new Date().getUTCFullYear(),
      budget: 1_000_000,
      membersOnly: false,
    },
    admin,
  );
  const { caseId: careCaseId } = await t.data<{ caseId: string }>(
    'care',
    { action: 'care.apply', programmeId: careProgrammeId, story: '家中突遭变故，生活困难。' },
    person.openid,
  );
  fx = {
    eventId,
    batchId,
    clubId,
    campaignId,
    staffNo: person.staffNo,
    careProgrammeId,
    careCaseId,
  };
}, 60_000);
afterAll(() => t.stop());

describe('the authorization matrix', () => {
  it('has exactly one row for every action of every contract', () => {
    const rows = ROWS.map((r) => r.action);
    const missing = allActions().filter((a) => !rows.includes(a));
    const unknown = rows.filter((a) => !allActions().includes(a));
    const twice = rows.filter((a, i) => rows.indexOf(a) !== i);
    expect({ missing, unknown, twice }).toEqual({ missing: [], unknown: [], twice: [] });
  });

  it('lets through exactly the callers each row allows', async () => {
    const wrong: string[] = [];
    for (const row of ROWS) {
      const fn = row.action.split('.')[0];
      // the admin last: an allowed admin call may change the fixture (call an event off…)
      for (const caller of CALLERS) {
        const env = (await t.call(
          fn,
          { action: row.action, ...row.input(fx) },
          OPENIDS[caller],
        )) as Envelope<unknown>;
        const code = env.ok ? 'ok' : env.error.code;
        if (code === 'validation.failed') {
          wrong.push(
            `${row.action}: the row's input is invalid (${env.ok ? '' : env.error.message})`,
          );
          break;
        }
        const denied = DENIAL.test(code);
        const allowed = row.allow.includes(caller);
        if (denied === allowed)
          wrong.push(
            `${row.action} as ${caller}: ${allowed ? 'should pass' : 'should be refused'}, got ${code}`,
          );
      }
    }
    expect(wrong).toEqual([]);
  }, 240_000);
});
