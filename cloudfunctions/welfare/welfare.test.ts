// The welfare function through the gateway, the real SDK and the local cloud: stock under races,
// changes of choice, eligibility, the window, close with defaults, pickup codes and hand-over.
import { COLLECTIONS } from '../../database/collections';
import type { BatchView, MyClaim, Progress } from '../../domain/welfare/contract';
import { parseLedger, type LedgerEntry } from '../../domain/welfare/rules';
import { invokeFunction } from '../../local-cloud/gateway/functions';
import { RACE_LATENCY_MS, startTestCloud, type TestCloud } from '../../local-cloud/testing';
import { readXlsx } from '../_kit/xlsx';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ demo: true });
});
afterAll(() => t.stop());
afterEach(() => t.setDbLatency(null));

const HOUR = 3600_000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();
const staffNos = (from: number, n: number) =>
  Array.from({ length: n }, (_v, i) => String(from + i));
const W = 'welfare';

async function create(
  extra: Record<string, unknown> = {},
  options: Record<string, unknown>[] = [
    { name: '五常大米', stock: 100 },
    { name: '农家土鸡蛋', stock: 5 },
    { name: '山区菌菇', stock: 100 },
  ],
) {
  return t.data<{ batchId: string; optionIds: string[] }>(
    W,
    {
      action: 'welfare.createBatch',
      name: '冬季助力乡村振兴慰问品',
      claimOpenAt: iso(-HOUR),
      claimCloseAt: iso(24 * HOUR),
      options,
      ...extra,
    },
    'dev-admin',
  );
}

async function batchDoc(batchId: string) {
  const res = await t.db.collection(COLLECTIONS.welfareBatches).doc(batchId).get();
  const doc = (
    res.data as {
      stock: Record<string, number>;
      stockTotal: Record<string, number>;
      ledger: Record<string, string>;
    }[]
  )[0];
  return {
    ...doc,
    ledger: Object.fromEntries(
      Object.entries(doc.ledger).map(([k, v]) => [k, parseLedger(v) as LedgerEntry]),
    ),
  };
}

/** left + held = total for every option, and nothing negative. */
async function expectStockConsistent(batchId: string) {
  const b = await batchDoc(batchId);
  for (const [o, total] of Object.entries(b.stockTotal)) {
    const held = Object.values(b.ledger).filter((e) => e.o === o).length;
    expect(b.stock[o]).toBeGreaterThanOrEqual(0);
    expect(b.stock[o] + held).toBe(total);
  }
  return b;
}

const claim = (batchId: string, optionId: string, staffNo: string) =>
  t.call<{ claimId: string; optionId: string }>(
    W,
    { action: 'welfare.claim', batchId, optionId },
    `dev-${staffNo}`,
  );

describe('creating a batch', () => {
  it('is for admins only, validates at the edge and writes nothing on bad input', async () => {
    await expect(
      t.call(
        W,
        {
          action: 'welfare.createBatch',
          name: 'x',
          claimOpenAt: iso(0),
          claimCloseAt: iso(HOUR),
          options: [{ name: 'A', stock: 1 }],
        },
        'dev-100010',
      ),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'auth.forbidden' },
    });
    t.resetRequests();
    const r = await t.call(
      W,
      {
        action: 'welfare.createBatch',
        name: '',
        claimOpenAt: iso(HOUR),
        claimCloseAt: iso(0),
        options: [],
      },
      'dev-admin',
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
    expect(t.requests()).toBe(0);
  });

  it('answers the batch id and option ids; a retry with the same id creates nothing new', async () => {
    const a = await create({ batchId: 'retry-test' });
    const b = await create({ batchId: 'retry-test' });
    expect(a).toEqual({ batchId: 'retry-test', optionIds: ['o1', 'o2', 'o3'] });
    expect(b).toEqual(a);
  });

  it('keeps each gift’s picture and value (fen), and shows them on the 福利 tab', async () => {
    const { batchId } = await create({}, [
      { name: '大米', stock: 10, valueFen: 12800, imageUrl: 'https://img.example.com/rice.jpg' },
      { name: '鸡蛋', stock: 10 },
    ]);
    const { batches } = await t.data<{ batches: BatchView[] }>(
      W,
      { action: 'welfare.current' },
      'dev-100010',
    );
    expect(batches.find((b) => b.batchId === batchId)?.options).toMatchObject([
      { name: '大米', valueFen: 12800, imageUrl: 'https://img.example.com/rice.jpg' },
      { name: '鸡蛋', valueFen: null, imageUrl: null },
    ]);
    const bad = await t.call(
      W,
      {
        action: 'welfare.createBatch',
        name: 'x',
        claimOpenAt: iso(0),
        claimCloseAt: iso(HOUR),
        options: [{ name: 'A', stock: 1, valueFen: 1.5, imageUrl: 'javascript:alert(1)' }],
      },
      'dev-admin',
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
  });
});

describe('editing a batch', () => {
  it('changes fields and stock all at once, or (when some stock is held) nothing at all', async () => {
    const { batchId, optionIds } = await create();
    const [rice, eggs] = optionIds;
    expect((await claim(batchId, eggs, '100140')).ok).toBe(true);
    // eggs: 4 left, 1 held — removing 5 must fail, and the rest of the edit with it
    const r = await t.call(
      W,
      {
        action: 'welfare.updateBatch',
        batchId,
        name: '改过的名称',
        addStock: { [rice]: 10, [eggs]: -5 },
      },
      'dev-admin',
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'welfare.stock_in_use' } });
    const after = await expectStockConsistent(batchId);
    expect(after.stockTotal).toMatchObject({ [rice]: 100, [eggs]: 5 });
    expect((after as unknown as { name: string }).name).toBe('冬季助力乡村振兴慰问品');

    const ok = await t.data<{ name: string }>(
      W,
      {
        action: 'welfare.updateBatch',
        batchId,
        name: '改过的名称',
        addStock: { [rice]: 10, [eggs]: -4 },
      },
      'dev-admin',
    );
    expect(ok.name).toBe('改过的名称');
    const done = await expectStockConsistent(batchId);
    expect(done.stockTotal).toMatchObject({ [rice]: 110, [eggs]: 1 });
    expect(done.stock).toMatchObject({ [rice]: 110, [eggs]: 0 });
    // saving again with nothing changed is fine
    await expect(
      t.data(W, { action: 'welfare.updateBatch', batchId, name: '改过的名称' }, 'dev-admin'),
    ).resolves.toMatchObject({ name: '改过的名称' });
  });
});

describe('claiming', () => {
  it('takes a gift in at most 3 database requests besides the identity lookup, and a retry gives the same answer', async () => {
    const { batchId } = await create();
    t.resetRequests();
    const r = await claim(batchId, 'o1', '100010');
    expect(r).toEqual({ ok: true, data: { claimId: `${batchId}:100010`, optionId: 'o1' } });
    expect(t.requests()).toBeLessThanOrEqual(1 + 3);
    await expect(claim(batchId, 'o1', '100010')).resolves.toEqual(r);
    const b = await expectStockConsistent(batchId);
    expect(b.stock.o1).toBe(99);
    const copy = await t.db.collection(COLLECTIONS.welfareClaims).doc(`${batchId}:100010`).get();
    expect(copy.data[0]).toMatchObject({
      batchId,
      staffNo: '100010',
      optionId: 'o1',
      handedOverAt: null,
    });
  });

  it('never oversells a scarce gift under a burst, and everyone gets a clear answer', async () => {
    const { batchId } = await create();
    const people = staffNos(100020, 128);
    t.setDbLatency(RACE_LATENCY_MS);
    const results = await Promise.all(people.map((s) => claim(batchId, 'o2', s)));
    t.setDbLatency(null);
    const won = results.filter((r) => r.ok);
    expect(won).toHaveLength(5);
    expect(
      results
        .filter((r) => !r.ok)
        .every(
          (r) =>
            !r.ok &&
            r.error.code === 'welfare.out_of_stock' &&
            r.error.message.includes('农家土鸡蛋'),
        ),
    ).toBe(true);
    const b = await expectStockConsistent(batchId);
    expect(b.stock.o2).toBe(0);
  });

  it('keeps stock exact under concurrent changes of choice; the old gift comes back exactly once', async () => {
    const { batchId } = await create();
    const people = staffNos(100060, 12);
    await Promise.all(people.map((s) => claim(batchId, 'o1', s)));
    // everyone flips to the scarce gift and back, several calls at once per person
    t.setDbLatency(RACE_LATENCY_MS);
    const flips = people.flatMap((s) => [
      claim(batchId, 'o2', s),
      claim(batchId, 'o3', s),
      claim(batchId, 'o2', s),
    ]);
    const results = await Promise.all(flips);
    expect(
      results.every((r) => r.ok || ['welfare.out_of_stock', 'conflict'].includes(r.error.code)),
    ).toBe(true);
    const b = await expectStockConsistent(batchId);
    expect(Object.values(b.ledger).filter((e) => e.o === 'o2').length).toBeLessThanOrEqual(5);
    expect(Object.keys(b.ledger).sort()).toEqual(people);
    // claim copies agree with the ledger (one per person)
    const copies = await t.db
      .collection(COLLECTIONS.welfareClaims)
      .where({ batchId })
      .limit(100)
      .get();
    expect(copies.data).toHaveLength(people.length);
    for (const c of copies.data as { staffNo: string; optionId: string }[])
      expect(c.optionId).toBe(b.ledger[c.staffNo].o);
  });

  it('refuses when the option is gone, and a change keeps the old gift', async () => {
    const { batchId } = await create({}, [
      { name: 'A', stock: 1 },
      { name: 'B', stock: 1 },
    ]);
    await claim(batchId, 'o1', '100100');
    await claim(batchId, 'o2', '100101');
    await expect(claim(batchId, 'o2', '100100')).resolves.toMatchObject({
      ok: false,
      error: { code: 'welfare.out_of_stock' },
    });
    const b = await expectStockConsistent(batchId);
    expect(b.ledger['100100'].o).toBe('o1');
  });

  it('refuses ineligible staff with the reason', async () => {
    const { batchId } = await create({
      eligibility: { membersOnly: false, includeRetired: true, branchIds: ['b01'] },
    });
    const other = (
      await t.db
        .collection(COLLECTIONS.staff)
        .where({ branchId: 'b03', active: true })
        .limit(1)
        .get()
    ).data[0] as { staffNo: string };
    const r = await claim(batchId, 'o1', other.staffNo);
    expect(r).toMatchObject({ ok: false, error: { code: 'welfare.ineligible' } });
    if (!r.ok) expect(r.error.message).toContain('分工会');
    expect((await batchDoc(batchId)).stock.o1).toBe(100);
  });

  it('refuses before the window opens and after it closes', async () => {
    const early = await create({ claimOpenAt: iso(HOUR), claimCloseAt: iso(2 * HOUR) });
    await expect(claim(early.batchId, 'o1', '100010')).resolves.toMatchObject({
      ok: false,
      error: { code: 'welfare.not_open' },
    });
    const late = await create({ claimOpenAt: iso(-2 * HOUR), claimCloseAt: iso(-HOUR) });
    await expect(claim(late.batchId, 'o1', '100010')).resolves.toMatchObject({
      ok: false,
      error: { code: 'welfare.closed' },
    });
  });

  it('repairs a claim copy that a crash left missing, from the ledger', async () => {
    const { batchId } = await create();
    await claim(batchId, 'o3', '100110');
    await t.db.collection(COLLECTIONS.welfareClaims).doc(`${batchId}:100110`).remove();
    const mine = await t.data<MyClaim>(W, { action: 'welfare.myClaim', batchId }, 'dev-100110');
    expect(mine.optionId).toBe('o3');
    const copy = await t.db.collection(COLLECTIONS.welfareClaims).doc(`${batchId}:100110`).get();
    expect(copy.data[0]).toMatchObject({ optionId: 'o3' });
  });
});

describe('delivery', () => {
  it('keeps the address for the person and the admins only', async () => {
    const { batchId } = await create({ fulfilment: 'both' });
    const delivery = {
      recipient: '王秀英',
      phone: '13812345678',
      address: '上海市徐汇区某路 1 号',
    };
    await expect(
      t.data(W, { action: 'welfare.claim', batchId, optionId: 'o1', delivery }, 'dev-100130'),
    ).resolves.toEqual({ claimId: `${batchId}:100130`, optionId: 'o1' });
    const mine = await t.data<MyClaim>(W, { action: 'welfare.myClaim', batchId }, 'dev-100130');
    expect(mine).toMatchObject({ delivery, point: null });
    const list = await t.data(
      W,
      { action: 'welfare.people', batchId, filter: 'not_collected' },
      'dev-admin',
    );
    expect(JSON.stringify(list)).not.toContain('13812345678');
    const file = await t.data<{ base64: string }>(
      W,
      { action: 'welfare.export', batchId, filter: 'not_collected' },
      'dev-admin',
    );
    const sheet = await readXlsx(Buffer.from(file.base64, 'base64'));
    expect(sheet.rows[0].cells['快递信息']).toContain('上海市徐汇区');
    const bad = await t.call(
      W,
      {
        action: 'welfare.claim',
        batchId,
        optionId: 'o1',
        delivery: { recipient: '王', phone: '123', address: 'x' },
      },
      'dev-100131',
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
  });
});

describe('closing', () => {
  it('applies the default gift once to everyone who never chose (timer and close now), falling back when it runs out', async () => {
    const { batchId } = await create(
      {
        eligibility: { membersOnly: false, includeRetired: true, branchIds: ['b06'] },
        defaultOption: 1,
      },
      [
        { name: 'A', stock: 50 },
        { name: 'B', stock: 2 },
        { name: 'C', stock: 50 },
      ],
    );
    const people = (
      await t.db
        .collection(COLLECTIONS.staff)
        .where({ branchId: 'b06', active: true })
        .limit(100)
        .get()
    ).data as { staffNo: string; openid?: string }[];
    const chooser = people.find((p) => p.openid === `dev-${p.staffNo}`)!;
    await claim(batchId, 'o1', chooser.staffNo);
    const first = await t.data<{ defaulted: number; noStock: number }>(
      W,
      { action: 'welfare.close', batchId },
      'dev-admin',
    );
    expect(first.defaulted).toBe(people.length - 1);
    expect(first.noStock).toBe(0);
    const b = await expectStockConsistent(batchId);
    expect(b.ledger[chooser.staffNo]).toMatchObject({ o: 'o1' });
    expect(Object.values(b.ledger).filter((e) => e.d && e.o === 'o2')).toHaveLength(2);
    // again, by the timer: nobody gets a second gift
    await expect(
      invokeFunction(W, { Type: 'Timer', TriggerName: 'close' }, null),
    ).resolves.toMatchObject({ ok: true });
    const again = await t.data<{ defaulted: number }>(
      W,
      { action: 'welfare.close', batchId },
      'dev-admin',
    );
    expect(again.defaulted).toBe(0);
    expect(await expectStockConsistent(batchId)).toEqual(b); // not even closedAt moves
    const copies = await t.db
      .collection(COLLECTIONS.welfareClaims)
      .where({ batchId })
      .limit(1000)
      .get();
    expect(copies.data).toHaveLength(people.length);
    await expect(claim(batchId, 'o3', chooser.staffNo)).resolves.toMatchObject({
      ok: false,
      error: { code: 'welfare.closed' },
    });
  });
});

describe('pickup code and hand-over', () => {
  let batchId: string;
  beforeAll(async () => {
    ({ batchId } = await create({
      points: [
        { name: '东区领取点', place: '东区工会活动室', hours: '9:00–16:00', branchIds: ['b01'] },
        { name: '西区领取点', place: '西区图书馆一楼', hours: '9:00–16:00' },
      ],
    }));
    await t.db
      .collection(COLLECTIONS.staff)
      .doc('100200')
      .update({ roles: [{ role: 'distributor', batchId, pointId: 'p2' }] });
  });

  async function pass(staffNo: string) {
    await claim(batchId, 'o1', staffNo);
    return t.data<MyClaim>(W, { action: 'welfare.myClaim', batchId }, `dev-${staffNo}`);
  }
  async function staffIn(branchNot: string) {
    const res = await t.db.collection(COLLECTIONS.staff).where({ active: true }).limit(300).get();
    return (res.data as { staffNo: string; branchId: string; openid?: string }[]).filter(
      (s) =>
        s.branchId !== branchNot &&
        s.openid &&
        /^1/.test(s.staffNo) &&
        Number(s.staffNo) > 100150 &&
        Number(s.staffNo) < 100190,
    );
  }

  it('shows my code, where and when; a distributor hands over by token, and a second scan says already', async () => {
    const [p] = await staffIn('b01');
    const mine = await pass(p.staffNo);
    expect(mine).toMatchObject({
      claimId: `${batchId}:${p.staffNo}`,
      optionId: 'o1',
      handedOverAt: null,
      point: { name: '西区领取点', place: '西区图书馆一楼' },
    });
    expect(mine.code).toMatch(/^\d{8,9}$/);
    const first = await t.data<{
      already: boolean;
      handedOverAt: string;
      optionId: string;
      staffNo: string;
    }>(W, { action: 'welfare.handover', batchId, token: mine.token }, 'dev-100200');
    expect(first).toMatchObject({ staffNo: p.staffNo, optionId: 'o1', already: false });
    const second = await t.data<{ already: boolean; handedOverAt: string }>(
      W,
      { action: 'welfare.handover', batchId, token: mine.token },
      'dev-100200',
    );
    expect(second).toMatchObject({ already: true, handedOverAt: first.handedOverAt });
    // after hand-over the choice is final
    await expect(claim(batchId, 'o3', p.staffNo)).resolves.toMatchObject({
      ok: false,
      error: { code: 'welfare.handed_over' },
    });
    const again = await t.data<MyClaim>(
      W,
      { action: 'welfare.myClaim', batchId },
      `dev-${p.staffNo}`,
    );
    expect(again.handedOverAt).toBe(first.handedOverAt);
  });

  it('hands over by typed code, each code only for its own claim', async () => {
    const [, q, r] = await staffIn('b01');
    const mine = await pass(q.staffNo);
    await pass(r.staffNo);
    const res = await t.data<{ staffNo: string; already: boolean }>(
      W,
      { action: 'welfare.handover', batchId, code: mine.code },
      'dev-admin',
    );
    expect(res).toMatchObject({ staffNo: q.staffNo, already: false });
    const wrongCheck =
      mine.code.slice(0, -4) + String((Number(mine.code.slice(-4)) + 1) % 10000).padStart(4, '0');
    await expect(
      t.call(W, { action: 'welfare.handover', batchId, code: wrongCheck }, 'dev-admin'),
    ).resolves.toMatchObject({ ok: false, error: { code: 'welfare.pass_invalid' } });
  });

  it('refuses forged tokens, other batches, wrong points and callers who are not distributors', async () => {
    const [, , , s] = await staffIn('b01');
    const mine = await pass(s.staffNo);
    const forged = mine.token.slice(0, -3) + (mine.token.endsWith('AAA') ? 'BBB' : 'AAA');
    await expect(
      t.call(W, { action: 'welfare.handover', batchId, token: forged }, 'dev-100200'),
    ).resolves.toMatchObject({ ok: false, error: { code: 'welfare.pass_invalid' } });
    await expect(
      t.call(
        W,
        { action: 'welfare.handover', batchId: 'retry-test', token: mine.token },
        'dev-admin',
      ),
    ).resolves.toMatchObject({ ok: false, error: { code: 'welfare.other_batch' } });
    await expect(
      t.call(W, { action: 'welfare.handover', batchId, token: mine.token }, 'dev-100010'),
    ).resolves.toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    // the admin (100001) is in b01: served by the east point, not by the west distributor
    await t.data(W, { action: 'welfare.claim', batchId, optionId: 'o1' }, 'dev-admin');
    const east = await t.data<MyClaim>(W, { action: 'welfare.myClaim', batchId }, 'dev-admin');
    await expect(
      t.call(W, { action: 'welfare.handover', batchId, token: east.token }, 'dev-100200'),
    ).resolves.toMatchObject({ ok: false, error: { code: 'welfare.wrong_point' } });
  });

  it('lets only an admin undo a hand-over, with a reason', async () => {
    const [, , , , u] = await staffIn('b01');
    const mine = await pass(u.staffNo);
    await t.data(W, { action: 'welfare.handover', batchId, token: mine.token }, 'dev-100200');
    await expect(
      t.call(
        W,
        { action: 'welfare.undoHandover', batchId, staffNo: u.staffNo, reason: '误扫' },
        'dev-100200',
      ),
    ).resolves.toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    await expect(
      t.data(
        W,
        { action: 'welfare.undoHandover', batchId, staffNo: u.staffNo, reason: '误扫' },
        'dev-admin',
      ),
    ).resolves.toEqual({ staffNo: u.staffNo, undone: true });
    const again = await t.data<MyClaim>(
      W,
      { action: 'welfare.myClaim', batchId },
      `dev-${u.staffNo}`,
    );
    expect(again.handedOverAt).toBeNull();
  });
});

describe('progress and lists', () => {
  it('counts per option and branch; a branch chair sees only their branch; exports open as .xlsx', async () => {
    const { batchId } = await create();
    const b06 = (
      await t.db
        .collection(COLLECTIONS.staff)
        .where({ branchId: 'b06', active: true })
        .limit(100)
        .get()
    ).data as { staffNo: string; openid?: string }[];
    const chooser = b06.find((p) => p.openid && p.staffNo !== '100003')!;
    await claim(batchId, 'o2', chooser.staffNo);
    await claim(batchId, 'o1', '100010');
    const all = await t.data<Progress>(W, { action: 'welfare.progress', batchId }, 'dev-admin');
    expect(all.options.find((o) => o.optionId === 'o2')).toMatchObject({
      stock: 5,
      left: 4,
      claimed: 1,
      handedOver: 0,
    });
    expect(all.totals.chosen).toBe(2);
    expect(all.branches.length).toBeGreaterThan(10);
    const chair = await t.data<Progress>(W, { action: 'welfare.progress', batchId }, 'dev-chair');
    expect(chair.branches.map((b) => b.branchId)).toEqual(['b06']);
    expect(chair.branches[0]).toMatchObject({
      eligible: b06.length,
      chosen: 1,
      notChosen: b06.length - 1,
    });
    await expect(
      t.call(W, { action: 'welfare.progress', batchId }, 'dev-100010'),
    ).resolves.toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    const list = await t.data<{ total: number; people: { staffNo: string }[] }>(
      W,
      { action: 'welfare.people', batchId, filter: 'not_chosen' },
      'dev-chair',
    );
    expect(list.total).toBe(b06.length - 1);
    expect(JSON.stringify(list)).not.toMatch(/phone|openid/);
    const file = await t.data<{ filename: string; base64: string; rows: number }>(
      W,
      { action: 'welfare.export', batchId, filter: 'not_collected' },
      'dev-admin',
    );
    expect(file.rows).toBe(2);
    const sheet = await readXlsx(Buffer.from(file.base64, 'base64'));
    expect(sheet.headers).toEqual(expect.arrayContaining(['工号', '姓名', '礼包', '领取点']));
    expect(sheet.rows.map((r) => r.cells['工号']).sort()).toEqual(
      [chooser.staffNo, '100010'].sort(),
    );
  });
});
