// The events function through the gateway, the real SDK and the local cloud: sign-up under load,
// waitlist promotion, quotas, lottery, passes and check-in, with request budgets.
import { COLLECTIONS } from '../../database/collections';
import { drawOrder } from '../../domain/events/lottery';
import { RACE_LATENCY_MS, startTestCloud, type TestCloud } from '../../local-cloud/testing';
import { issuePass } from '../_kit/pass';
import { readXlsx } from '../_kit/xlsx';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ demo: true, synthetic: 320 });
}, 60_000);
afterAll(() => t.stop());
afterEach(() => t.setDbLatency(null));

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();
const T = (i: number) => `dev-T${String(i).padStart(4, '0')}`;

/** An event whose sign-up is open now. */
function open(over: Record<string, unknown> = {}) {
  return {
    title: '中医养生讲座',
    type: '健康',
    location: '图书馆报告厅',
    startAt: iso(48 * HOUR),
    endAt: iso(50 * HOUR),
    signupOpenAt: iso(-HOUR),
    signupCloseAt: iso(24 * HOUR),
    capacity: 20,
    allocation: 'first_come',
    ...over,
  };
}

async function create(over: Record<string, unknown> = {}, as = 'dev-organizer'): Promise<string> {
  const { eventId } = await t.data<{ eventId: string }>(
    'events',
    { action: 'events.create', ...open(over) },
    as,
  );
  return eventId;
}

async function eventDoc(eventId: string) {
  const res = await t.db.collection(COLLECTIONS.events).doc(eventId).get();
  return (
    res.data as {
      seatsLeft: number;
      holds: Record<string, unknown>;
      lottery?: { seed: string; order: string[] };
    }[]
  )[0];
}

async function signupsOf(eventId: string) {
  const out: {
    _id: string;
    staffNo: string;
    status: string;
    shortNo?: number;
    waitSeq?: number;
    checkedInAt?: Date;
  }[] = [];
  for (let skip = 0; ; skip += 1000) {
    const res = await t.db
      .collection(COLLECTIONS.eventSignups)
      .where({ eventId })
      .skip(skip)
      .limit(1000)
      .get();
    out.push(...(res.data as typeof out));
    if (res.data.length < 1000) return out;
  }
}

const signup = (eventId: string, openid: string) =>
  t.call<{ status: string; shortNo?: number }>(
    'events',
    { action: 'events.signup', eventId },
    openid,
  );

describe('events.create', () => {
  it('lets organizers create (published unless draft) and refuses staff', async () => {
    const eventId = await create();
    expect(eventId).toMatch(/^ev-/);
    const staff = await t.call('events', { action: 'events.create', ...open() }, 'dev-100010');
    expect(staff).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    const draft = await create({ draft: true });
    expect(await signup(draft, 'dev-100011')).toMatchObject({
      ok: false,
      error: { code: 'events.not_found' },
    });
  });

  it('lets a club leader create activities for their own club only', async () => {
    await t.db
      .collection(COLLECTIONS.staff)
      .doc('100030')
      .update({ roles: [{ role: 'club_leader', clubId: 'club-photo' }] });
    const own = { audience: [{ kind: 'club', clubId: 'club-photo' }] };
    await expect(create(own, 'dev-100030')).resolves.toMatch(/^ev-/);
    const other = await t.call(
      'events',
      { action: 'events.create', ...open({ audience: [{ kind: 'club', clubId: 'club-food' }] }) },
      'dev-100030',
    );
    expect(other).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    const anyone = await t.call('events', { action: 'events.create', ...open() }, 'dev-100030');
    expect(anyone).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
  });

  it('rejects bad input with validation.failed and writes nothing', async () => {
    const before = (await t.db.collection(COLLECTIONS.events).count()).total;
    t.resetRequests();
    const r = await t.call(
      'events',
      { action: 'events.create', ...open({ capacity: 0, type: '派对' }) },
      'dev-organizer',
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
    expect(t.requests()).toBe(0);
    expect((await t.db.collection(COLLECTIONS.events).count()).total).toBe(before);
  });
});

describe('events.signup', () => {
  it('confirms within 3 database requests besides the identity lookup, and a retry gets the same answer', async () => {
    const eventId = await create();
    t.resetRequests();
    const first = await signup(eventId, 'dev-100020');
    expect(first).toMatchObject({ ok: true, data: { status: 'confirmed', shortNo: 1 } });
    expect(t.requests()).toBeLessThanOrEqual(1 + 3);
    const again = await signup(eventId, 'dev-100020');
    expect(again).toEqual(first);
    expect((await eventDoc(eventId)).seatsLeft).toBe(19);
  });

  it('refuses ineligible staff and calls outside the window, saying why', async () => {
    const women = await create({ audience: [{ kind: 'women' }] });
    // find a man among the demo staff
    const res = await t.db
      .collection(COLLECTIONS.staff)
      .where({ gender: '男', status: '在职' })
      .limit(5)
      .get();
    const man = (res.data as { staffNo: string; openid?: string }[]).find((s) => s.openid) as {
      openid: string;
    };
    const r = await signup(women, man.openid);
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'events.not_eligible', message: expect.stringContaining('女教职工') },
    });

    const later = await create({ signupOpenAt: iso(2 * HOUR), signupCloseAt: iso(3 * HOUR) });
    expect(await signup(later, 'dev-100021')).toMatchObject({
      ok: false,
      error: { code: 'events.not_open' },
    });
    const closed = await create({ signupOpenAt: iso(-3 * HOUR), signupCloseAt: iso(-HOUR) });
    expect(await signup(closed, 'dev-100021')).toMatchObject({
      ok: false,
      error: { code: 'events.closed' },
    });
  });

  it('club audience needs a club member doc unless open to all', async () => {
    const eventId = await create({ audience: [{ kind: 'club', clubId: 'photo' }] });
    expect(await signup(eventId, 'dev-100030')).toMatchObject({
      ok: false,
      error: { code: 'events.not_eligible' },
    });
    await t.db
      .collection(COLLECTIONS.clubMembers)
      .add({ _id: 'photo:100030', clubId: 'photo', staffNo: '100030', status: 'member' });
    expect(await signup(eventId, 'dev-100030')).toMatchObject({
      ok: true,
      data: { status: 'confirmed' },
    });
  });

  it('a mixer needs an eligible declaration first; the detail says whether I have one', async () => {
    const eventId = await create({ type: '联谊', mixer: true });
    const me = 'dev-100031';
    const before = await t.data<{
      mixer: boolean;
      mixerDeclared?: boolean;
      verdict: { can: string };
    }>('events', { action: 'events.get', eventId }, me);
    expect(before).toMatchObject({ mixer: true, mixerDeclared: false, verdict: { can: 'none' } });
    expect(await signup(eventId, me)).toMatchObject({
      ok: false,
      error: { code: 'events.not_eligible' },
    });
    // the clubs function keeps a declaration only for someone within the default 22–45
    await t.db.collection(COLLECTIONS.staff).doc('100031').update({ birth: '1995-06' });
    const declared = await t.data<{ eligible: boolean }>(
      'clubs',
      { action: 'clubs.mixerDeclare', eventId, single: true, consent: true },
      me,
    );
    expect(declared.eligible).toBe(true);
    const after = await t.data<{ mixerDeclared?: boolean; verdict: { can: string } }>(
      'events',
      { action: 'events.get', eventId },
      me,
    );
    expect(after).toMatchObject({ mixerDeclared: true, verdict: { can: 'signup' } });
    expect(await signup(eventId, me)).toMatchObject({ ok: true, data: { status: 'confirmed' } });
    // an ordinary event says nothing about declarations
    const plain = await create();
    expect(
      await t.data<{ mixerDeclared?: boolean }>(
        'events',
        { action: 'events.get', eventId: plain },
        me,
      ),
    ).not.toHaveProperty('mixerDeclared');
  });

  it('200 callers at once for 20 seats: exactly 20 confirmed, the rest waitlisted in arrival order, retries agree', async () => {
    const eventId = await create({ capacity: 20 });
    const callers = Array.from({ length: 200 }, (_, i) => T(i + 1));
    t.setDbLatency(RACE_LATENCY_MS);
    const results = await Promise.all(callers.map((o) => signup(eventId, o)));
    expect(results.every((r) => r.ok)).toBe(true);
    const statuses = results.map((r) => (r.ok ? r.data.status : 'error'));
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(20);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(180);
    const docs = await signupsOf(eventId);
    expect(docs).toHaveLength(200);
    const confirmed = docs.filter((d) => d.status === 'confirmed');
    expect(new Set(confirmed.map((d) => d.shortNo)).size).toBe(20);
    const seqs = docs.filter((d) => d.status === 'waitlisted').map((d) => d.waitSeq as number);
    expect(new Set(seqs).size).toBe(180);
    expect((await eventDoc(eventId)).seatsLeft).toBe(0);
    // retries (a few of each kind) give the same answers and change nothing
    const sample = [0, 1, 2, 150, 199];
    const retried = await Promise.all(sample.map((i) => signup(eventId, callers[i])));
    retried.forEach((r, k) => expect(r).toEqual(results[sample[k]]));
    expect(await signupsOf(eventId)).toHaveLength(200);
    // 200 invocations with database latency through a few instances: slow on a shared 2-core box
  }, 120_000);

  it('says full when there is no waitlist', async () => {
    const eventId = await create({ capacity: 1, waitlist: false });
    expect(await signup(eventId, 'dev-100040')).toMatchObject({
      ok: true,
      data: { status: 'confirmed' },
    });
    expect(await signup(eventId, 'dev-100041')).toMatchObject({
      ok: false,
      error: { code: 'events.full' },
    });
  });

  it('honours per-branch quotas in the same conditional update', async () => {
    // synthetic staff T0001.. are spread over b01..b23 in order: T0001 b01, T0024 b01, T0047 b01
    const eventId = await create({ capacity: 10, quotas: { b01: 2 } });
    expect((await signup(eventId, T(1))).ok && (await signup(eventId, T(24))).ok).toBe(true);
    expect(await signup(eventId, T(47))).toMatchObject({
      ok: true,
      data: { status: 'waitlisted' },
    });
    expect(await signup(eventId, T(2))).toMatchObject({ ok: true, data: { status: 'confirmed' } });
    expect((await eventDoc(eventId)).seatsLeft).toBe(7);
  });
});

describe('events.cancel and promotion', () => {
  it('several cancelling at once promote the first waitlisted, each exactly once', async () => {
    const eventId = await create({ capacity: 5 });
    for (let i = 101; i <= 105; i++)
      expect(await signup(eventId, T(i))).toMatchObject({
        ok: true,
        data: { status: 'confirmed' },
      });
    for (let i = 106; i <= 110; i++)
      expect(await signup(eventId, T(i))).toMatchObject({
        ok: true,
        data: { status: 'waitlisted' },
      });
    t.setDbLatency(RACE_LATENCY_MS);
    const cancels = await Promise.all(
      [101, 102, 103].map((i) => t.call('events', { action: 'events.cancel', eventId }, T(i))),
    );
    expect(cancels.every((c) => c.ok)).toBe(true);
    const docs = await signupsOf(eventId);
    const st = (i: number) => docs.find((d) => d.staffNo === `T0${i}`)?.status;
    expect([106, 107, 108].map(st)).toEqual(['confirmed', 'confirmed', 'confirmed']);
    expect([109, 110].map(st)).toEqual(['waitlisted', 'waitlisted']);
    expect(docs.filter((d) => d.status === 'confirmed')).toHaveLength(5);
    expect((await eventDoc(eventId)).seatsLeft).toBe(0);
    const notices = await t.db
      .collection(COLLECTIONS.notifyInbox)
      .where({ subject: eventId, kind: 'signup_result' })
      .get();
    expect(notices.data.map((n: { staffNo: string }) => n.staffNo).sort()).toEqual([
      'T0106',
      'T0107',
      'T0108',
    ]);
    // a repeat cancel is harmless; the event page shows my waitlist place
    expect(await t.call('events', { action: 'events.cancel', eventId }, T(101))).toMatchObject({
      ok: true,
      data: { promoted: 0 },
    });
    const detail = await t.data<{ verdict: { line: string }; mine: { waitPosition: number } }>(
      'events',
      { action: 'events.get', eventId },
      T(110),
    );
    expect(detail.mine.waitPosition).toBe(2);
    expect(detail.verdict.line).toContain('候补第 2 位');
  });

  it('refuses to cancel after the cutoff', async () => {
    const eventId = await create({ cancelCutoffAt: iso(-1000), signupOpenAt: iso(-2 * HOUR) });
    await signup(eventId, 'dev-100050');
    expect(
      await t.call('events', { action: 'events.cancel', eventId }, 'dev-100050'),
    ).toMatchObject({ ok: false, error: { code: 'events.cutoff' } });
  });
});

describe('repair path', () => {
  it('a seat taken without its sign-up (a crash) is completed by the retry, or by the timer', async () => {
    const eventId = await create({ capacity: 3 });
    const _ = t.db.command;
    // what a crash between "take the seat" and "write the sign-up" leaves behind
    for (const no of ['100060', '100061']) {
      await t.db
        .collection(COLLECTIONS.events)
        .where({ _id: eventId })
        .update({
          seatsLeft: _.inc(-1),
          ticketSeq: _.inc(1),
          [`holds.s${no}`]: new Date(Date.now() - 5 * 60_000),
        });
    }
    expect(await signup(eventId, 'dev-100060')).toMatchObject({
      ok: true,
      data: { status: 'confirmed' },
    });
    expect((await eventDoc(eventId)).seatsLeft).toBe(1);
    const r = await t.data<{ fixed: number }>(
      'events',
      { Type: 'Timer', TriggerName: 'tick' },
      null,
    );
    expect(r.fixed).toBeGreaterThanOrEqual(1);
    const docs = await signupsOf(eventId);
    expect(docs.map((d) => [d.staffNo, d.status]).sort()).toEqual([
      ['100060', 'confirmed'],
      ['100061', 'confirmed'],
    ]);
    expect((await eventDoc(eventId)).seatsLeft).toBe(1);
  });
});

describe('lottery', () => {
  it('draws once at close, reproducibly from the published seed; losers queue in draw order', async () => {
    const eventId = await create({
      title: '疗休养',
      type: '疗休养',
      capacity: 3,
      allocation: 'lottery',
    });
    for (let i = 201; i <= 210; i++)
      expect(await signup(eventId, T(i))).toMatchObject({ ok: true, data: { status: 'pending' } });
    expect(
      await t.call('events', { action: 'events.draw', eventId }, 'dev-organizer'),
    ).toMatchObject({ ok: false, error: { code: 'events.not_closed' } });
    // close sign-up now
    await t.db
      .collection(COLLECTIONS.events)
      .doc(eventId)
      .update({ signupCloseAt: new Date(Date.now() - 1000) });
    const drawn = await t.data<{ seed: string; order: string[]; winners: number }>(
      'events',
      { action: 'events.draw', eventId, seed: 'union-2026' },
      'dev-organizer',
    );
    const ids = Array.from({ length: 10 }, (_, k) => `${eventId}:T0${201 + k}`);
    expect(drawn.order).toEqual(drawOrder(ids, 'union-2026'));
    expect(drawn.winners).toBe(3);
    // a second draw (timer or another organizer) changes nothing
    const again = await t.data<{ order: string[] }>(
      'events',
      { action: 'events.draw', eventId, seed: 'other' },
      'dev-organizer',
    );
    expect(again.order).toEqual(drawn.order);
    const docs = await signupsOf(eventId);
    const byId = new Map(docs.map((d) => [d._id, d]));
    expect(drawn.order.slice(0, 3).map((id) => byId.get(id)?.status)).toEqual([
      'confirmed',
      'confirmed',
      'confirmed',
    ]);
    expect(drawn.order.slice(3).map((id) => byId.get(id)?.waitSeq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect((await eventDoc(eventId)).seatsLeft).toBe(0);
    const notices = await t.db
      .collection(COLLECTIONS.notifyInbox)
      .where({ subject: eventId, kind: 'lottery_result' })
      .count();
    expect(notices.total).toBe(10);
  });
});

describe('pass and check-in', () => {
  let eventId: string;
  let other: string;
  beforeAll(async () => {
    eventId = await create({ title: '名师有约·品茶论道', capacity: 5 });
    other = await create({ title: '午间恳谈·校长有约', capacity: 5 });
    for (const o of ['dev-100070', 'dev-100071', 'dev-100072']) await signup(eventId, o);
    await signup(other, 'dev-100073');
  });
  const checkin = (input: Record<string, unknown>, as = 'dev-organizer') =>
    t.call<{ staffNo: string; name: string; checkedInAt: string; already: boolean }>(
      'events',
      { action: 'events.checkin', eventId, ...input },
      as,
    );

  it('checks in by scanned token once; a replay answers already with the first time', async () => {
    const p = await t.data<{ token: string; code: string; expiresAt: string }>(
      'events',
      { action: 'events.pass', eventId },
      'dev-100070',
    );
    expect(new Date(p.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const first = await checkin({ token: p.token });
    expect(first).toMatchObject({ ok: true, data: { staffNo: '100070', already: false } });
    const replay = await checkin({ token: p.token });
    expect(replay).toMatchObject({ ok: true, data: { staffNo: '100070', already: true } });
    if (first.ok && replay.ok) expect(replay.data.checkedInAt).toBe(first.data.checkedInAt);
  });

  it('checks in by the typed code', async () => {
    const p = await t.data<{ code: string }>(
      'events',
      { action: 'events.pass', eventId },
      'dev-100071',
    );
    expect(await checkin({ code: p.code })).toMatchObject({
      ok: true,
      data: { staffNo: '100071', already: false },
    });
    expect(await checkin({ code: '99990000' })).toMatchObject({
      ok: false,
      error: { code: 'events.code_invalid' },
    });
  });

  it('refuses forged, expired and other-event passes, and people not signed up', async () => {
    const p = await t.data<{ token: string }>(
      'events',
      { action: 'events.pass', eventId },
      'dev-100072',
    );
    const forged = p.token.slice(0, -2) + (p.token.endsWith('AA') ? 'BB' : 'AA');
    expect(await checkin({ token: forged })).toMatchObject({
      ok: false,
      error: { code: 'events.pass_forged' },
    });
    const old = issuePass('e', `${eventId}:100072`, 3, new Date(Date.now() - 10 * 60_000));
    expect(await checkin({ token: old.token })).toMatchObject({
      ok: false,
      error: { code: 'events.pass_expired' },
    });
    const theirs = await t.data<{ token: string }>(
      'events',
      { action: 'events.pass', eventId: other },
      'dev-100073',
    );
    expect(await checkin({ token: theirs.token })).toMatchObject({
      ok: false,
      error: { code: 'events.other_event' },
    });
    expect(await checkin({ staffNo: '100079' })).toMatchObject({
      ok: false,
      error: { code: 'events.not_signed_up' },
    });
    expect(await t.call('events', { action: 'events.pass', eventId }, 'dev-100079')).toMatchObject({
      ok: false,
      error: { code: 'events.no_pass' },
    });
  });

  it('lets only organizers check in; attendance lists who came', async () => {
    expect(await checkin({ staffNo: '100072' }, 'dev-100073')).toMatchObject({
      ok: false,
      error: { code: 'auth.forbidden' },
    });
    expect(await checkin({ staffNo: '100072' })).toMatchObject({
      ok: true,
      data: { already: false },
    });
    const a = await t.data<{
      confirmed: number;
      checkedIn: number;
      list: { staffNo: string; checkedInAt?: string }[];
    }>('events', { action: 'events.attendance', eventId }, 'dev-organizer');
    expect(a).toMatchObject({ confirmed: 3, checkedIn: 3 });
    expect(a.list.every((r) => r.checkedInAt)).toBe(true);
    expect(JSON.stringify(a)).not.toMatch(/phone|openid|birth/);
    const x = await t.data<{ filename: string; base64: string; rows: number }>(
      'events',
      { action: 'events.export', eventId },
      'dev-organizer',
    );
    expect(x.rows).toBe(3);
    expect(Buffer.from(x.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });

  it('exports a 签到号 only for people who checked in (D21)', async () => {
    await signup(other, 'dev-100074');
    await t.call(
      'events',
      { action: 'events.checkin', eventId: other, staffNo: '100074' },
      'dev-organizer',
    );
    const x = await t.data<{ base64: string }>(
      'events',
      { action: 'events.export', eventId: other },
      'dev-organizer',
    );
    const { rows } = await readXlsx(Buffer.from(x.base64, 'base64'));
    const by = new Map(rows.map((r) => [r.cells['工号'], r.cells]));
    expect(by.get('100073')).toMatchObject({ 签到号: '', 签到时间: '未签到' });
    expect(by.get('100074')?.['签到号']).toMatch(/^\d+$/);
  });

  it('tells the pass which event it is for and the server clock it was issued on (D1)', async () => {
    const p = await t.data<{
      expiresAt: string;
      serverNow: string;
      event: { title: string; location: string; startAt: string };
    }>('events', { action: 'events.pass', eventId: other }, 'dev-100073');
    expect(p.event).toMatchObject({ title: '午间恳谈·校长有约' });
    const now = new Date(p.serverNow).getTime();
    const exp = new Date(p.expiresAt).getTime();
    expect(Math.abs(now - Date.now())).toBeLessThan(60_000);
    // the pass runs to the end of the server's current 30-second window
    expect(exp % 30_000).toBe(0);
    expect(exp - now).toBeGreaterThan(0);
    expect(exp - now).toBeLessThanOrEqual(30_000);
  });
});

describe('organizer approval (events.decide)', () => {
  const decide = (
    eventId: string,
    staffNo: string,
    approve: boolean,
    reason?: string,
    as = 'dev-organizer',
  ) =>
    t.call<{ status: string }>(
      'events',
      { action: 'events.decide', eventId, staffNo, approve, ...(reason ? { reason } : {}) },
      as,
    );
  const noticesOf = async (eventId: string, staffNo: string) =>
    (
      await t.db
        .collection(COLLECTIONS.notifyInbox)
        .where({ subject: eventId, staffNo, kind: 'signup_result' })
        .get()
    ).data as { title: string; body: string }[];

  it('approving takes a seat and respects capacity; declining frees nothing and tells the person why', async () => {
    const eventId = await create({ title: '茶艺体验课', capacity: 1, approval: true });
    for (const no of ['100120', '100121', '100122'])
      expect(await signup(eventId, `dev-${no}`)).toMatchObject({
        ok: true,
        data: { status: 'pending' },
      });
    expect((await eventDoc(eventId)).seatsLeft).toBe(1);

    // only an organizer of this event decides
    expect(await decide(eventId, '100120', true, undefined, 'dev-100123')).toMatchObject({
      ok: false,
      error: { code: 'auth.forbidden' },
    });
    expect(await decide(eventId, '100120', true)).toMatchObject({
      ok: true,
      data: { status: 'confirmed' },
    });
    const after = await eventDoc(eventId);
    expect(after.seatsLeft).toBe(0);
    expect(Object.keys(after.holds)).toEqual(['s100120']);
    // a repeat answers the same and takes nothing more
    expect(await decide(eventId, '100120', true)).toMatchObject({
      ok: true,
      data: { status: 'confirmed' },
    });
    expect((await eventDoc(eventId)).seatsLeft).toBe(0);
    expect(await noticesOf(eventId, '100120')).toHaveLength(1);

    // no seat left: the second approval is refused and the sign-up stays pending
    expect(await decide(eventId, '100121', true)).toMatchObject({
      ok: false,
      error: { code: 'events.full' },
    });
    // declining needs a reason (nothing written without one)
    expect(await decide(eventId, '100121', false)).toMatchObject({
      ok: false,
      error: { code: 'validation.failed' },
    });
    expect((await signupsOf(eventId)).find((x) => x.staffNo === '100121')?.status).toBe('pending');

    t.resetRequests();
    expect(await decide(eventId, '100121', false, '名额已满，欢迎参加下一期')).toMatchObject({
      ok: true,
      data: { status: 'rejected' },
    });
    // identity, event, sign-up, the conditional move, the notice
    expect(t.requests()).toBeLessThanOrEqual(1 + 4);
    const declined = await eventDoc(eventId);
    expect(declined.seatsLeft).toBe(0);
    expect(Object.keys(declined.holds)).toEqual(['s100120']);
    const notices = await noticesOf(eventId, '100121');
    expect(notices).toHaveLength(1);
    expect(notices[0].body).toContain('名额已满，欢迎参加下一期');
    // a repeat tells nobody twice; the person's sign-up now says so
    await decide(eventId, '100121', false, '名额已满，欢迎参加下一期');
    expect(await noticesOf(eventId, '100121')).toHaveLength(1);
    expect(await signup(eventId, 'dev-100121')).toMatchObject({
      ok: false,
      error: { code: 'events.rejected' },
    });

    // the organizer's list counts who still waits, with their branch
    const a = await t.data<{
      pending: number;
      list: { staffNo: string; status: string; branchName?: string }[];
    }>('events', { action: 'events.attendance', eventId }, 'dev-organizer');
    expect(a.pending).toBe(1);
    const waiting = a.list.filter((r) => r.status === 'pending');
    expect(waiting.map((r) => r.staffNo)).toEqual(['100122']);
    expect(waiting[0].branchName).toBeTruthy();
  });

  it('an organizer can switch approval on for an event already published', async () => {
    const eventId = await create({ title: '书法沙龙' });
    await t.data('events', { action: 'events.update', eventId, approval: true }, 'dev-organizer');
    expect(await signup(eventId, 'dev-100124')).toMatchObject({
      ok: true,
      data: { status: 'pending' },
    });
  });
});

describe('mixer age range', () => {
  const birthAged = (age: number) => `${new Date().getFullYear() - age - 1}-01`;

  it('stores 22–45 by default and refuses a bad or misplaced range', async () => {
    const eventId = await create({ type: '联谊', mixer: true });
    const doc = (await eventDoc(eventId)) as unknown as { mixerAges?: unknown };
    expect(doc.mixerAges).toEqual({ min: 22, max: 45 });
    for (const mixerAges of [
      { min: 40, max: 30 },
      { min: 17, max: 30 },
      { min: 30, max: 81 },
      { min: 25.5, max: 30 },
    ]) {
      expect(
        await t.call(
          'events',
          { action: 'events.create', ...open({ type: '联谊', mixer: true, mixerAges }) },
          'dev-organizer',
        ),
      ).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
    }
    expect(
      await t.call(
        'events',
        { action: 'events.create', ...open({ mixerAges: { min: 25, max: 30 } }) },
        'dev-organizer',
      ),
    ).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
    const plain = await create();
    expect(
      await t.call(
        'events',
        { action: 'events.update', eventId: plain, mixerAges: { min: 25, max: 30 } },
        'dev-organizer',
      ),
    ).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
  });

  it('clubs.mixerDeclare refuses someone outside a custom range; widening the range lets them in', async () => {
    const eventId = await create({ type: '联谊', mixer: true, mixerAges: { min: 25, max: 30 } });
    const me = 'dev-100125';
    // 35: inside the default 22–45, outside this event's 25–30
    await t.db
      .collection(COLLECTIONS.staff)
      .doc('100125')
      .update({ birth: birthAged(35) });
    const detail = await t.data<{ mixerAges?: unknown }>(
      'events',
      { action: 'events.get', eventId },
      me,
    );
    expect(detail.mixerAges).toEqual({ min: 25, max: 30 });
    const declare = () =>
      t.data<{ eligible: boolean; why?: string }>(
        'clubs',
        { action: 'clubs.mixerDeclare', eventId, single: true, consent: true },
        me,
      );
    expect(await declare()).toMatchObject({
      eligible: false,
      why: expect.stringContaining('25–30'),
    });
    expect(await signup(eventId, me)).toMatchObject({
      ok: false,
      error: { code: 'events.not_eligible' },
    });
    await t.data(
      'events',
      { action: 'events.update', eventId, mixerAges: { min: 25, max: 40 } },
      'dev-organizer',
    );
    expect(await declare()).toMatchObject({ eligible: true });
    expect(await signup(eventId, me)).toMatchObject({ ok: true, data: { status: 'confirmed' } });
  });
});

describe('lists', () => {
  it('lists upcoming events with my status, and mine', async () => {
    const eventId = await create({ title: '三八表彰会', type: '庆典/表彰' });
    await signup(eventId, 'dev-100090');
    const up = await t.data<{ items: { eventId: string; mine?: { status: string } }[] }>(
      'events',
      { action: 'events.list', scope: 'upcoming' },
      'dev-100090',
    );
    expect(up.items.find((i) => i.eventId === eventId)?.mine?.status).toBe('confirmed');
    const mine = await t.data<{ items: { eventId: string }[] }>(
      'events',
      { action: 'events.list', scope: 'mine' },
      'dev-100090',
    );
    expect(mine.items.map((i) => i.eventId)).toContain(eventId);
  });
});
