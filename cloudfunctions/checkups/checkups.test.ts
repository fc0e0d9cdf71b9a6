// The checkups function through the gateway, the real SDK and the local cloud: setting up,
// packages at the age edge, booking under races (capacity, doubles, a reschedule racing a booking
// for the last place), retiree-only days, the pass and the desk, reminders, repair, access.
import { COLLECTIONS } from '../../database/collections';
import type { Mine, Progress, SlotsOutput } from '../../domain/checkups/contract';
import { holdKeyOf } from '../../domain/checkups/rules';
import { addDays, beijingDay } from '../../domain/time';
import { invokeFunction } from '../../local-cloud/gateway/functions';
import { startTestCloud, type TestCloud } from '../../local-cloud/testing';
import { readXlsx } from '../_kit/xlsx';
import { remind, repair } from './timer';
import { getCampaign } from './campaign-repo';
import { DEMO_CAMPAIGN_ID, seedCheckups } from '../../local-cloud/seed/checkups';

// races and the rush make many calls; a loaded machine needs more than jest's 5 s default
jest.setTimeout(180_000);

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ demo: true, synthetic: 120 });
});
afterAll(() => t.stop());

const F = 'checkups';
const HOUR = 3600_000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();
const today = () => beijingDay(new Date());
const day = (n: number) => addDays(today(), n);

interface StaffRow {
  staffNo: string;
  status: string;
  gender?: string;
  birth?: string;
  branchId: string;
}
let active: StaffRow[] = [];
let retired: StaffRow[] = [];

beforeAll(async () => {
  const res = await t.db
    .collection(COLLECTIONS.staff)
    .where({ active: true })
    .field({ staffNo: true, status: true, gender: true, birth: true, branchId: true, openid: true })
    .limit(1000)
    .get();
  const rows = (res.data as (StaffRow & { openid?: string })[]).filter(
    (s) => s.openid && s.gender && s.birth && !['100001', '100002', '100003'].includes(s.staffNo),
  );
  active = rows.filter((s) => s.status === '在职');
  retired = rows.filter((s) => s.status === '退休');
});

const PACKAGES = [
  { name: '男士A套餐', sex: 'M', maxAge: 45, items: ['血常规', '肝功能'], standardFen: 50000 },
  {
    name: '男士B套餐',
    sex: 'M',
    minAge: 45,
    items: ['血常规', '肝功能', '前列腺彩超'],
    standardFen: 60000,
  },
  { name: '女士A套餐', sex: 'F', maxAge: 45, items: ['血常规', '乳腺彩超'], standardFen: 55000 },
  {
    name: '女士B套餐',
    sex: 'F',
    minAge: 45,
    items: ['血常规', '乳腺彩超', '骨密度'],
    standardFen: 65000,
  },
];

let seq = 0;
async function create(
  days: { date: string; retireesOnly?: boolean; slots: { start: string; capacity: number }[] }[],
  extra: Record<string, unknown> = {},
) {
  seq += 1;
  return t.data<{ campaignId: string; slotIds: string[][] }>(
    F,
    {
      action: 'checkups.createCampaign',
      campaignId: `ck-test-${seq}`,
      name: '2026年教职工体检',
      bookOpenAt: iso(-HOUR),
      bookCloseAt: iso(10 * 24 * HOUR),
      places: [
        { name: '市第一人民医院体检中心', address: '人民路 1 号', shuttle: '7:00 东门发车' },
      ],
      packages: PACKAGES,
      addons: [
        { name: '胃肠镜', priceFen: 80000 },
        { name: '肿瘤标志物', priceFen: 25000 },
      ],
      days,
      elsewhereDeadline: iso(20 * 24 * HOUR),
      ...extra,
    },
    'dev-admin',
  );
}

const as = (staffNo: string) => `dev-${staffNo}`;
const book = (campaignId: string, slotId: string, staffNo: string) =>
  t.call<{ bookingId: string; slotId: string; packageName: string }>(
    F,
    { action: 'checkups.book', campaignId, slotId },
    as(staffNo),
  );
const reschedule = (campaignId: string, slotId: string, staffNo: string) =>
  t.call<{ slotId: string }>(F, { action: 'checkups.reschedule', campaignId, slotId }, as(staffNo));

interface SlotRow {
  _id: string;
  capacity: number;
  left: number;
  holds: Record<string, unknown>;
}

/** For every slot: left ≥ 0, left + holds = capacity, holds = the booked bookings there. */
async function expectConsistent(campaignId: string) {
  const slots = (
    await t.db.collection(COLLECTIONS.checkupSlots).where({ campaignId }).limit(1000).get()
  ).data as SlotRow[];
  const bookings = (
    await t.db
      .collection(COLLECTIONS.checkupBookings)
      .where({ campaignId, status: 'booked' })
      .limit(1000)
      .get()
  ).data as { staffNo: string; slotId: string; releasing: string | null }[];
  for (const s of slots) {
    const holds = Object.keys(s.holds ?? {}).sort();
    const booked = bookings
      .filter((b) => b.slotId === s._id)
      .map((b) => holdKeyOf(b.staffNo))
      .sort();
    expect(s.left).toBeGreaterThanOrEqual(0);
    expect(s.left + holds.length).toBe(s.capacity);
    expect(holds).toEqual(booked);
  }
  expect(bookings.every((b) => b.releasing === null)).toBe(true);
  return { slots, bookings };
}

describe('setting up a campaign', () => {
  it('is for admins only, names the field in Chinese on bad input, writes nothing', async () => {
    const input = {
      action: 'checkups.createCampaign',
      name: '体检',
      bookOpenAt: iso(0),
      bookCloseAt: iso(HOUR),
      packages: [{ name: '通用' }],
      days: [{ date: day(3), slots: [{ start: '07:30', capacity: 25 }] }],
    };
    t.resetRequests();
    expect(await t.call(F, input, 'dev-100291')).toMatchObject({
      ok: false,
      error: { code: 'auth.unbound' },
    });
    expect(await t.call(F, input, as(active[0].staffNo))).toMatchObject({
      ok: false,
      error: { code: 'auth.forbidden' },
    });
    const bad = await t.call(
      F,
      { ...input, days: [{ date: day(3), slots: [{ start: '7:30', capacity: 0 }] }] },
      'dev-admin',
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
    const messages = JSON.stringify(!bad.ok && bad.error.issues);
    expect(messages).toContain('时段开始时间应为 HH:mm');
    expect(messages).toContain('时段名额应为 1 到 500 之间的整数');
    const ages = await t.call(
      F,
      { ...input, packages: [{ name: '错', minAge: 50, maxAge: 40 }] },
      'dev-admin',
    );
    expect(JSON.stringify(!ages.ok && ages.error.issues)).toContain('最小年龄要小于最大年龄');
    // at most the kit's identity lookups: nothing was written
    expect(t.requests()).toBeLessThanOrEqual(4);
    expect((await t.db.collection(COLLECTIONS.checkupCampaigns).count()).total).toBe(0);
  });

  it('answers slot ids per day per slot, and a retry creates nothing new', async () => {
    const days = [
      {
        date: day(3),
        slots: [
          { start: '07:30', capacity: 25 },
          { start: '08:00', capacity: 25 },
        ],
      },
      { date: day(2), retireesOnly: true, slots: [{ start: '07:30', capacity: 30 }] },
    ];
    const a = await create(days);
    expect(a.slotIds).toEqual([
      [
        `${a.campaignId}-${day(3).replace(/-/g, '')}-0730`,
        `${a.campaignId}-${day(3).replace(/-/g, '')}-0800`,
      ],
      [`${a.campaignId}-${day(2).replace(/-/g, '')}-0730`],
    ]);
    seq -= 1;
    const again = await create(days);
    expect(again).toEqual(a);
    const s = await t.data<SlotsOutput>(
      F,
      { action: 'checkups.slots', campaignId: a.campaignId },
      as(active[0].staffNo),
    );
    // days in date order, slots with places left
    expect(s.days.map((d) => d.date)).toEqual([day(2), day(3)]);
    expect(s.days[0]).toMatchObject({ retireesOnly: true, slots: [{ capacity: 30, left: 30 }] });
    expect(s.days[1].slots.map((x) => x.start)).toEqual(['07:30', '08:00']);
  });
});

describe('booking', () => {
  it('books in ≤ 3 requests besides the identity lookup; a retry answers the same booking', async () => {
    const { campaignId, slotIds } = await create([
      { date: day(3), slots: [{ start: '07:30', capacity: 25 }] },
    ]);
    const who = active[1].staffNo;
    t.resetRequests();
    const r = await book(campaignId, slotIds[0][0], who);
    expect(t.requests()).toBeLessThanOrEqual(1 + 3);
    expect(r).toMatchObject({
      ok: true,
      data: { bookingId: `${campaignId}:${who}`, slotId: slotIds[0][0] },
    });
    expect(await book(campaignId, slotIds[0][0], who)).toEqual(r);
    const mine = await t.data<Mine>(F, { action: 'checkups.mine', campaignId }, as(who));
    expect(mine).toMatchObject({
      slotId: slotIds[0][0],
      date: day(3),
      start: '07:30',
      canChange: true,
    });
    expect(mine.packageItems.length).toBeGreaterThan(0);
    const { slots } = await expectConsistent(campaignId);
    expect(slots[0].left).toBe(24);
  });

  it('chooses the package by sex and age on the exam day: a 45th birthday that day counts', async () => {
    const man = active.find((s) => s.gender === '男')!;
    const woman = active.find((s) => s.gender === '女')!;
    const exam = day(3);
    const [y, m, d] = exam.split('-').map(Number);
    const birth45 = `${y - 45}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const dayAfter = addDays(birth45, 1);
    await t.db.collection(COLLECTIONS.staff).doc(man.staffNo).update({ birth: birth45 });
    await t.db.collection(COLLECTIONS.staff).doc(woman.staffNo).update({ birth: dayAfter });
    const { campaignId, slotIds } = await create([
      { date: exam, slots: [{ start: '07:30', capacity: 25 }] },
    ]);
    expect(await book(campaignId, slotIds[0][0], man.staffNo)).toMatchObject({
      ok: true,
      data: { packageName: '男士B套餐' },
    });
    // she turns 45 the day after the exam: still the under-45 package
    expect(await book(campaignId, slotIds[0][0], woman.staffNo)).toMatchObject({
      ok: true,
      data: { packageName: '女士A套餐' },
    });
  });

  it('refuses active staff on a retiree-only day, and days that are today or past', async () => {
    const { campaignId, slotIds } = await create([
      { date: day(2), retireesOnly: true, slots: [{ start: '07:30', capacity: 5 }] },
      { date: today(), slots: [{ start: '07:30', capacity: 5 }] },
    ]);
    expect(await book(campaignId, slotIds[0][0], active[2].staffNo)).toMatchObject({
      ok: false,
      error: { code: 'checkups.day_refused', message: expect.stringContaining('退休') },
    });
    expect(await book(campaignId, slotIds[0][0], retired[0].staffNo)).toMatchObject({ ok: true });
    expect(await book(campaignId, slotIds[1][0], active[2].staffNo)).toMatchObject({
      ok: false,
      error: { code: 'checkups.day_refused' },
    });
    await expectConsistent(campaignId);
  });

  it('refuses outside the window and unbound callers', async () => {
    const { campaignId, slotIds } = await create(
      [{ date: day(30), slots: [{ start: '07:30', capacity: 5 }] }],
      { bookOpenAt: iso(HOUR), bookCloseAt: iso(2 * HOUR) },
    );
    expect(await book(campaignId, slotIds[0][0], active[3].staffNo)).toMatchObject({
      ok: false,
      error: { code: 'checkups.not_open' },
    });
    expect(await book(campaignId, slotIds[0][0], '100291')).toMatchObject({
      ok: false,
      error: { code: 'auth.unbound' },
    });
  });

  it('never overbooks and never books anyone twice when 60 people (and repeats) rush 2 slots of 10', async () => {
    const { campaignId, slotIds } = await create([
      {
        date: day(4),
        slots: [
          { start: '07:30', capacity: 10 },
          { start: '08:00', capacity: 10 },
        ],
      },
    ]);
    const people = active.slice(10, 70).map((s) => s.staffNo);
    const calls = people.flatMap((p, i) => [
      book(campaignId, slotIds[0][i % 2], p),
      // the same person taps the other slot too
      book(campaignId, slotIds[0][(i + 1) % 2], p),
    ]);
    const results = await Promise.all(calls);
    for (const r of results) {
      if (!r.ok) expect(['checkups.full', 'conflict']).toContain(r.error.code);
    }
    const { bookings, slots } = await expectConsistent(campaignId);
    expect(bookings.length).toBe(20);
    expect(new Set(bookings.map((b) => b.staffNo)).size).toBe(20);
    expect(slots.every((s) => s.left === 0)).toBe(true);
    // every person who got an ok got the same booking on both calls
    for (let i = 0; i < people.length; i++) {
      const [a, b] = [results[2 * i], results[2 * i + 1]];
      if (a.ok && b.ok) expect(a.data.slotId).toBe(b.data.slotId);
    }
  });
});

describe('rescheduling and cancelling', () => {
  it('moves the place: the old slot gets its place back in the same step', async () => {
    const { campaignId, slotIds } = await create([
      {
        date: day(3),
        slots: [
          { start: '07:30', capacity: 3 },
          { start: '08:00', capacity: 3 },
        ],
      },
      { date: day(5), slots: [{ start: '07:30', capacity: 3 }] },
    ]);
    const who = active[4].staffNo;
    await book(campaignId, slotIds[0][0], who);
    expect(await reschedule(campaignId, slotIds[1][0], who)).toEqual({
      ok: true,
      data: { slotId: slotIds[1][0] },
    });
    const { slots } = await expectConsistent(campaignId);
    const left = Object.fromEntries(slots.map((s) => [s._id, s.left]));
    expect(left[slotIds[0][0]]).toBe(3);
    expect(left[slotIds[1][0]]).toBe(2);
    // to a full slot: refused, the booking stays where it was
    for (const p of active.slice(80, 83)) await book(campaignId, slotIds[0][1], p.staffNo);
    expect(await reschedule(campaignId, slotIds[0][1], who)).toMatchObject({
      ok: false,
      error: { code: 'checkups.full' },
    });
    expect(await t.data<Mine>(F, { action: 'checkups.mine', campaignId }, as(who))).toMatchObject({
      slotId: slotIds[1][0],
    });
    // cancel gives the place back; a repeat is harmless; booking again works
    expect(await t.data(F, { action: 'checkups.cancel', campaignId }, as(who))).toEqual({
      cancelled: true,
    });
    expect(await t.data(F, { action: 'checkups.cancel', campaignId }, as(who))).toEqual({
      cancelled: false,
    });
    await expectConsistent(campaignId);
    expect(await book(campaignId, slotIds[0][0], who)).toMatchObject({ ok: true });
    await expectConsistent(campaignId);
  });

  it('a reschedule racing a booking for the last place: exactly one gets it, nothing is lost', async () => {
    const outcomes = new Set<string>();
    for (let round = 0; round < 8; round++) {
      const { campaignId, slotIds } = await create([
        {
          date: day(3),
          slots: [
            { start: '07:30', capacity: 1 },
            { start: '08:00', capacity: 5 },
          ],
        },
      ]);
      const [mover, rival] = [active[90 + 2 * round].staffNo, active[91 + 2 * round].staffNo];
      await book(campaignId, slotIds[0][1], mover);
      const [moved, booked] = await Promise.all([
        reschedule(campaignId, slotIds[0][0], mover),
        book(campaignId, slotIds[0][0], rival),
      ]);
      expect(moved.ok !== booked.ok).toBe(true);
      if (!moved.ok) expect(moved.error.code).toBe('checkups.full');
      if (!booked.ok) expect(booked.error.code).toBe('checkups.full');
      outcomes.add(moved.ok ? 'mover' : 'rival');
      const { slots, bookings } = await expectConsistent(campaignId);
      const left = Object.fromEntries(slots.map((s) => [s._id, s.left]));
      expect(left[slotIds[0][0]]).toBe(0);
      expect(left[slotIds[0][1]]).toBe(moved.ok ? 5 : 4);
      expect(bookings.length).toBe(moved.ok ? 1 : 2);
    }
    expect(outcomes.size).toBeGreaterThanOrEqual(1);
  });

  it('no changes on the exam day or later', async () => {
    const { campaignId, slotIds } = await create([
      {
        date: day(3),
        slots: [
          { start: '07:30', capacity: 3 },
          { start: '08:00', capacity: 3 },
        ],
      },
    ]);
    const who = active[5].staffNo;
    const r = await book(campaignId, slotIds[0][0], who);
    expect(r.ok).toBe(true);
    await t.db
      .collection(COLLECTIONS.checkupBookings)
      .doc(`${campaignId}:${who}`)
      .update({ date: today() });
    expect(await reschedule(campaignId, slotIds[0][1], who)).toMatchObject({
      ok: false,
      error: { code: 'checkups.too_late' },
    });
    expect(await t.call(F, { action: 'checkups.cancel', campaignId }, as(who))).toMatchObject({
      ok: false,
      error: { code: 'checkups.too_late' },
    });
  });

  it('repairs a reschedule that stopped half-way, and a place taken without a booking', async () => {
    const { campaignId, slotIds } = await create([
      {
        date: day(3),
        slots: [
          { start: '07:30', capacity: 3 },
          { start: '08:00', capacity: 3 },
        ],
      },
    ]);
    const who = active[6].staffNo;
    const other = active[7].staffNo;
    await book(campaignId, slotIds[0][0], who);
    // simulate a crash after "move the booking" and before "give the old place back"
    const key = holdKeyOf(who);
    const _ = t.db.command;
    await t.db
      .collection(COLLECTIONS.checkupSlots)
      .doc(slotIds[0][1])
      .update({ left: _.inc(-1), [`holds.${key}`]: new Date() });
    await t.db
      .collection(COLLECTIONS.checkupBookings)
      .doc(`${campaignId}:${who}`)
      .update({ slotId: slotIds[0][1], start: '08:00', releasing: slotIds[0][0], version: 1 });
    // and a place taken 5 minutes ago by a call that died before writing its booking
    await t.db
      .collection(COLLECTIONS.checkupSlots)
      .doc(slotIds[0][0])
      .update({
        left: _.inc(-1),
        [`holds.${holdKeyOf(other)}`]: new Date(Date.now() - 5 * 60_000),
      });
    // my next call completes my pending step
    expect(await t.data<Mine>(F, { action: 'checkups.mine', campaignId }, as(who))).toMatchObject({
      slotId: slotIds[0][1],
    });
    const c = await getCampaign(t.db, campaignId);
    // the timer's repair gives back the orphan place
    expect(await repair(t.db, c!, new Date())).toBe(1);
    const { slots } = await expectConsistent(campaignId);
    expect(slots.find((s) => s._id === slotIds[0][0])!.left).toBe(3);
  });
});

describe('a cancel that stopped half-way', () => {
  it('booking the same slot again keeps exactly one place for me', async () => {
    const { campaignId, slotIds } = await create([
      { date: day(3), slots: [{ start: '07:30', capacity: 3 }] },
    ]);
    const who = active[15].staffNo;
    await book(campaignId, slotIds[0][0], who);
    // the booking says cancelled, but the place was not given back yet
    await t.db
      .collection(COLLECTIONS.checkupBookings)
      .doc(`${campaignId}:${who}`)
      .update({ status: 'cancelled', releasing: slotIds[0][0], version: 1 });
    expect(await book(campaignId, slotIds[0][0], who)).toMatchObject({
      ok: true,
      data: { slotId: slotIds[0][0] },
    });
    const { slots } = await expectConsistent(campaignId);
    expect(slots[0].left).toBe(2);
  });
});

describe('add-ons, pass and the desk', () => {
  it('book → reschedule → pass → checked in at the desk (once), desk of another campaign refused', async () => {
    const { campaignId, slotIds } = await create([
      {
        date: day(3),
        slots: [
          { start: '07:30', capacity: 3 },
          { start: '08:00', capacity: 3 },
        ],
      },
    ]);
    const other = await create([{ date: day(3), slots: [{ start: '07:30', capacity: 3 }] }]);
    const who = active[8].staffNo;
    const desk = active[9].staffNo;
    const wrongDesk = active[10].staffNo;
    await t.db
      .collection(COLLECTIONS.staff)
      .doc(desk)
      .update({ roles: [{ role: 'checkup_desk', campaignId }] });
    await t.db
      .collection(COLLECTIONS.staff)
      .doc(wrongDesk)
      .update({ roles: [{ role: 'checkup_desk', campaignId: other.campaignId }] });
    await book(campaignId, slotIds[0][0], who);
    await reschedule(campaignId, slotIds[0][1], who);
    expect(
      await t.data(
        F,
        { action: 'checkups.setAddons', campaignId, addonIds: ['a1', 'a2'] },
        as(who),
      ),
    ).toEqual({ addonIds: ['a1', 'a2'], addonsFen: 105000 });
    const pass = await t.data<{ token: string; code: string; start: string }>(
      F,
      { action: 'checkups.pass', campaignId },
      as(who),
    );
    expect(pass.start).toBe('08:00');
    expect(pass.token).toMatch(/^UH1\.k\./);
    // plain staff and the desk of another campaign may not check in
    expect(
      await t.call(
        F,
        { action: 'checkups.checkin', campaignId, token: pass.token },
        as(active[11].staffNo),
      ),
    ).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    expect(
      await t.call(F, { action: 'checkups.checkin', campaignId, token: pass.token }, as(wrongDesk)),
    ).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    // another day than the booked one: the desk is asked to confirm
    expect(
      await t.call(F, { action: 'checkups.checkin', campaignId, token: pass.token }, as(desk)),
    ).toMatchObject({ ok: false, error: { code: 'checkups.wrong_day' } });
    const first = await t.data<{ already: boolean; addons: string[]; name: string }>(
      F,
      { action: 'checkups.checkin', campaignId, code: pass.code, anyDay: true },
      as(desk),
    );
    expect(first).toMatchObject({ already: false, addons: ['胃肠镜', '肿瘤标志物'] });
    expect(
      await t.data(F, { action: 'checkups.checkin', campaignId, token: pass.token }, as(desk)),
    ).toMatchObject({ already: true });
    // a pass of another kind is refused by the desk
    expect(
      await t.call(
        F,
        { action: 'checkups.checkin', campaignId, token: pass.token.replace('UH1.k.', 'UH1.e.') },
        as(desk),
      ),
    ).toMatchObject({ ok: false, error: { code: 'checkups.pass_invalid' } });
    expect(await t.data<Mine>(F, { action: 'checkups.mine', campaignId }, as(who))).toMatchObject({
      checkedInAt: expect.any(String),
      canChange: false,
    });
    // checked in (here days ahead, at the desk's say-so): no cancelling the place afterwards
    expect(await t.call(F, { action: 'checkups.cancel', campaignId }, as(who))).toMatchObject({
      ok: false,
      error: { code: 'checkups.checked_in' },
    });
  });
});

describe('reminders, nudge, progress, export, elsewhere', () => {
  it('reminds the evening before and the morning once each, through notify; nudges the not booked', async () => {
    const { campaignId, slotIds } = await create(
      [{ date: day(1), slots: [{ start: '07:30', capacity: 5 }] }],
      { bookCloseAt: iso(3 * 24 * HOUR) },
    );
    const who = active[12].staffNo;
    await book(campaignId, slotIds[0][0], who);
    const evening = new Date(`${today()}T19:00:00+08:00`);
    const c = await getCampaign(t.db, campaignId);
    const sent = await remind(t.db, c!, evening);
    expect(sent).toBeGreaterThan(1); // the reminder and the nudges
    const inbox = await t.db
      .collection(COLLECTIONS.notifyInbox)
      .doc(`checkup_reminder:${campaignId}:${who}:${day(1)}:eve`)
      .get();
    const n = (inbox.data as { body: string; title: string }[])[0];
    expect(n.body).toContain('明早空腹，带身份证');
    // nothing twice
    expect(await remind(t.db, (await getCampaign(t.db, campaignId))!, evening)).toBe(0);
    const nudges = await t.db
      .collection(COLLECTIONS.notifyInbox)
      .where({ kind: 'checkup_nudge', subject: campaignId })
      .count();
    expect(nudges.total).toBeGreaterThan(100);
    const mine = await t.db
      .collection(COLLECTIONS.notifyInbox)
      .where({ kind: 'checkup_nudge', subject: campaignId, staffNo: who })
      .count();
    expect(mine.total).toBe(0);
    // the morning of the exam day: once too
    const morning = new Date(`${day(1)}T06:30:00+08:00`);
    expect(await remind(t.db, (await getCampaign(t.db, campaignId))!, morning)).toBe(1);
    expect(await remind(t.db, (await getCampaign(t.db, campaignId))!, morning)).toBe(0);
    // the timer through the gateway runs too
    expect(await invokeFunction(F, { Type: 'Timer', TriggerName: 'tick' }, null)).toMatchObject({
      ok: true,
    });
  });

  it('progress per branch and day (a chair sees only their own branch) and the hospital list', async () => {
    const { campaignId, slotIds } = await create([
      { date: day(3), slots: [{ start: '07:30', capacity: 10 }] },
    ]);
    const b06 = active.filter((s) => s.branchId === 'b06').slice(0, 2);
    const elsewhere = active.find((s) => s.branchId !== 'b06')!;
    for (const s of [...b06, elsewhere]) await book(campaignId, slotIds[0][0], s.staffNo);
    await t.data(
      F,
      { action: 'checkups.setAddons', campaignId, addonIds: ['a2'] },
      as(b06[0].staffNo),
    );
    const all = await t.data<Progress>(F, { action: 'checkups.progress', campaignId }, 'dev-admin');
    expect(all.totals.booked).toBe(3);
    expect(all.days).toEqual([{ date: day(3), capacity: 10, booked: 3, checkedIn: 0 }]);
    const chair = await t.data<Progress>(
      F,
      { action: 'checkups.progress', campaignId },
      'dev-chair',
    );
    expect(chair.branches.map((b) => b.branchId)).toEqual(['b06']);
    expect(chair.totals.booked).toBe(2);
    expect(
      await t.call(F, { action: 'checkups.progress', campaignId, branchId: 'b01' }, 'dev-chair'),
    ).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    expect(
      await t.call(F, { action: 'checkups.progress', campaignId }, as(active[13].staffNo)),
    ).toMatchObject({
      ok: false,
      error: { code: 'auth.forbidden' },
    });
    const file = await t.data<{ base64: string; rows: number }>(
      F,
      { action: 'checkups.exportDay', campaignId, date: day(3) },
      'dev-admin',
    );
    expect(file.rows).toBe(3);
    const sheet = await readXlsx(Buffer.from(file.base64, 'base64'));
    expect(sheet.headers).toEqual(['时段', '姓名', '性别', '年龄', '套餐', '自费加项']);
    expect(sheet.rows.some((r) => r.cells['自费加项'] === '肿瘤标志物')).toBe(true);
    expect(sheet.rows.every((r) => ['男', '女'].includes(r.cells['性别']))).toBe(true);
    expect(
      await t.call(F, { action: 'checkups.exportDay', campaignId, date: day(3) }, 'dev-chair'),
    ).toMatchObject({
      ok: false,
      error: { code: 'auth.forbidden' },
    });
  });

  it('a check-up elsewhere: receipt by the deadline, admin approves up to the standard', async () => {
    const { campaignId } = await create([
      { date: day(3), slots: [{ start: '07:30', capacity: 10 }] },
    ]);
    const who = active.find((s) => s.gender === '女')!;
    // a 1×1 PNG
    const png =
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const sub = await t.data<{ standardFen: number }>(
      F,
      {
        action: 'checkups.submitElsewhere',
        campaignId,
        hospital: '外地医院',
        examDate: day(-5),
        amountFen: 99900,
        receiptType: 'image/png',
        receiptBase64: png,
      },
      as(who.staffNo),
    );
    expect([55000, 65000]).toContain(sub.standardFen);
    expect(
      await t.call(F, { action: 'checkups.listElsewhere', campaignId }, as(active[14].staffNo)),
    ).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    const list = await t.data<{ claims: { staffNo: string; receiptUrl: string | null }[] }>(
      F,
      { action: 'checkups.listElsewhere', campaignId },
      'dev-admin',
    );
    expect(list.claims).toHaveLength(1);
    expect(list.claims[0].receiptUrl).toBeTruthy();
    // the claimant made an admin for a moment: still not the one to approve their own claim
    await t.db
      .collection(COLLECTIONS.staff)
      .doc(who.staffNo)
      .update({ roles: [{ role: 'admin' }] });
    expect(
      await t.call(
        F,
        { action: 'checkups.reviewElsewhere', campaignId, staffNo: who.staffNo, approve: true },
        as(who.staffNo),
      ),
    ).toMatchObject({ ok: false, error: { code: 'checkups.own_claim' } });
    await t.db.collection(COLLECTIONS.staff).doc(who.staffNo).update({ roles: [] });
    const r = await t.data<{ approvedFen: number }>(
      F,
      { action: 'checkups.reviewElsewhere', campaignId, staffNo: who.staffNo, approve: true },
      'dev-admin',
    );
    expect(r.approvedFen).toBe(sub.standardFen);
    expect(
      await t.data<Mine>(F, { action: 'checkups.mine', campaignId }, as(who.staffNo)),
    ).toMatchObject({
      elsewhere: { status: 'approved', approvedFen: sub.standardFen },
    });
  });
});

describe('the demo seed', () => {
  it('is consistent (places = holds = bookings) and idempotent; demo staff can book', async () => {
    await seedCheckups(t.db, new Date());
    await seedCheckups(t.db, new Date());
    const { bookings } = await expectConsistent(DEMO_CAMPAIGN_ID);
    expect(bookings.length).toBeGreaterThan(50);
    const s = await t.data<SlotsOutput>(
      F,
      { action: 'checkups.slots', campaignId: DEMO_CAMPAIGN_ID },
      'dev-100010',
    );
    expect(s.days).toHaveLength(6);
    expect(s.days[0].retireesOnly).toBe(true);
  });
});
