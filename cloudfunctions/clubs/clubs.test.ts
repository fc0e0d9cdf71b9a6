// The clubs function through the gateway, the real SDK and the local cloud: joining and approval,
// the cap under a burst, leader scoping, photos, likes, hiding, and the mixer's privacy.
import { COLLECTIONS } from '../../database/collections';
import { MAX_PHOTO_BYTES } from '../../domain/clubs/contract';
import { RACE_LATENCY_MS, startTestCloud, type TestCloud } from '../../local-cloud/testing';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud({ demo: true });
});
afterAll(() => t.stop());
afterEach(() => t.setDbLatency(null));

const as = (staffNo: string) => `dev-${staffNo}`;
const ADMIN = 'dev-admin';
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);

async function createClub(input: Record<string, unknown>): Promise<string> {
  const { clubId } = await t.data<{ clubId: string }>(
    'clubs',
    { action: 'clubs.create', ...input },
    ADMIN,
  );
  return clubId;
}

async function club(clubId: string) {
  return (await t.db.collection(COLLECTIONS.clubs).doc(clubId).get()).data[0] as {
    memberCount: number;
    leaders: string[];
  };
}

async function fileCount() {
  return t.cloud.storage.count();
}

describe('clubs.create', () => {
  it('lets an admin create a club with only a name, open by default', async () => {
    const clubId = await createClub({ name: '摄影兴趣组' });
    expect(await club(clubId)).toMatchObject({
      name: '摄影兴趣组',
      joinPolicy: 'open',
      memberCount: 0,
      leaders: [],
    });
  });

  it('refuses staff, and refuses bad input before touching the database', async () => {
    await expect(
      t.call('clubs', { action: 'clubs.create', name: '私人俱乐部' }, as('100040')),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'auth.forbidden' },
    });
    t.resetRequests();
    const r = await t.call('clubs', { action: 'clubs.create', name: '', memberCap: 0 }, ADMIN);
    expect(r).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
    expect(t.requests()).toBe(0);
  });

  it('makes the named leaders members holding the scoped club_leader role', async () => {
    const clubId = await createClub({ name: '书法小组', leaders: ['100010'] });
    expect(await club(clubId)).toMatchObject({ memberCount: 1, leaders: ['100010'] });
    const staff = (await t.db.collection(COLLECTIONS.staff).doc('100010').get()).data[0] as {
      roles: unknown[];
    };
    expect(staff.roles).toContainEqual({ role: 'club_leader', clubId });
    const m = await t.data<{ members: { staffNo: string; name: string }[] }>(
      'clubs',
      { action: 'clubs.members', clubId },
      ADMIN,
    );
    expect(m.members.map((x) => x.staffNo)).toEqual(['100010']);
    expect(Object.keys(m.members[0]).sort()).toEqual(['name', 'staffNo']);
  });

  it('checks every named leader before writing: an unknown 工号 leaves no half-made club', async () => {
    const clubsBefore = (await t.db.collection(COLLECTIONS.clubs).count()).total;
    const r = await t.call(
      'clubs',
      { action: 'clubs.create', name: '半途社团', leaders: ['100012', '999999'] },
      ADMIN,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'clubs.no_staff' } });
    expect((await t.db.collection(COLLECTIONS.clubs).count()).total).toBe(clubsBefore);
    const staff = (await t.db.collection(COLLECTIONS.staff).doc('100012').get()).data[0] as {
      roles?: { role: string }[];
    };
    expect((staff.roles ?? []).some((g) => g.role === 'club_leader')).toBe(false);
  });
});

describe('joining', () => {
  it('joins an open club at once, a repeat is harmless, and leaving gives the seat back', async () => {
    const clubId = await createClub({ name: '健身队' });
    t.resetRequests();
    await expect(t.data('clubs', { action: 'clubs.join', clubId }, as('100050'))).resolves.toEqual({
      status: 'member',
    });
    // identity + club + seat + membership
    expect(t.requests()).toBeLessThanOrEqual(4);
    await expect(t.data('clubs', { action: 'clubs.join', clubId }, as('100050'))).resolves.toEqual({
      status: 'member',
    });
    expect((await club(clubId)).memberCount).toBe(1);
    await expect(t.data('clubs', { action: 'clubs.leave', clubId }, as('100050'))).resolves.toEqual(
      { status: 'left' },
    );
    expect((await club(clubId)).memberCount).toBe(0);
    await expect(t.data('clubs', { action: 'clubs.join', clubId }, as('100050'))).resolves.toEqual({
      status: 'member',
    });
    expect((await club(clubId)).memberCount).toBe(1);
  });

  it('runs the approval flow: pending, seen by the leader, approved, then a member', async () => {
    const clubId = await createClub({
      name: '合唱团',
      joinPolicy: 'approval',
      leaders: ['100011'],
    });
    await expect(t.data('clubs', { action: 'clubs.join', clubId }, as('100060'))).resolves.toEqual({
      status: 'pending',
    });
    const r = await t.data<{ pending: { staffNo: string }[] }>(
      'clubs',
      { action: 'clubs.requests', clubId },
      as('100011'),
    );
    expect(r.pending.map((p) => p.staffNo)).toEqual(['100060']);
    // a pending applicant is not a member yet: no member list, not counted
    await expect(
      t.call('clubs', { action: 'clubs.members', clubId }, as('100060')),
    ).resolves.toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    expect((await club(clubId)).memberCount).toBe(1);
    await expect(
      t.data('clubs', { action: 'clubs.approve', clubId, staffNo: '100060' }, as('100011')),
    ).resolves.toEqual({ status: 'member' });
    // approving twice is harmless
    await expect(
      t.data('clubs', { action: 'clubs.approve', clubId, staffNo: '100060' }, as('100011')),
    ).resolves.toEqual({ status: 'member' });
    expect((await club(clubId)).memberCount).toBe(2);
    const m = await t.data<{ members: { staffNo: string }[] }>(
      'clubs',
      { action: 'clubs.members', clubId },
      as('100060'),
    );
    expect(m.members.map((x) => x.staffNo).sort()).toEqual(['100011', '100060']);
    // the membership doc has exactly the shape the events audience check reads
    const doc = (await t.db.collection(COLLECTIONS.clubMembers).doc(`${clubId}:100060`).get())
      .data[0];
    expect(doc).toMatchObject({ clubId, staffNo: '100060', status: 'member' });
  });

  it('declines with a reason the applicant sees, and removes with a reason', async () => {
    const clubId = await createClub({
      name: '茶艺社',
      joinPolicy: 'approval',
      leaders: ['100012'],
    });
    await t.data('clubs', { action: 'clubs.join', clubId }, as('100061'));
    await expect(
      t.call(
        'clubs',
        { action: 'clubs.decline', clubId, staffNo: '100061', reason: '' },
        as('100012'),
      ),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'validation.failed' },
    });
    await t.data(
      'clubs',
      {
        action: 'clubs.decline',
        clubId,
        staffNo: '100061',
        reason: '本期名额已满，下学期欢迎再来',
      },
      as('100012'),
    );
    const page = await t.data<{ club: { myStatus: string }; myReason: string }>(
      'clubs',
      { action: 'clubs.get', clubId },
      as('100061'),
    );
    expect(page).toMatchObject({
      club: { myStatus: 'declined' },
      myReason: '本期名额已满，下学期欢迎再来',
    });
    // may ask again later
    await expect(t.data('clubs', { action: 'clubs.join', clubId }, as('100061'))).resolves.toEqual({
      status: 'pending',
    });
    await t.data('clubs', { action: 'clubs.approve', clubId, staffNo: '100061' }, as('100012'));
    await t.data(
      'clubs',
      { action: 'clubs.remove', clubId, staffNo: '100061', reason: '长期未参加活动' },
      as('100012'),
    );
    expect((await club(clubId)).memberCount).toBe(1);
    await expect(
      t.call(
        'clubs',
        { action: 'clubs.remove', clubId, staffNo: '100012', reason: 'x' },
        as('100012'),
      ),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'clubs.is_leader' },
    });
  });

  it("lets no one but this club's leaders (or an admin) approve", async () => {
    const clubId = await createClub({
      name: '插花社',
      joinPolicy: 'approval',
      leaders: ['100013'],
    });
    const other = await createClub({ name: '棋牌社', leaders: ['100014'] });
    expect(other).not.toBe(clubId);
    await t.data('clubs', { action: 'clubs.join', clubId }, as('100062'));
    for (const who of [as('100070'), as('100062'), as('100014'), 'dev-organizer']) {
      const r = await t.call('clubs', { action: 'clubs.approve', clubId, staffNo: '100062' }, who);
      expect(r).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    }
    await expect(
      t.call('clubs', { action: 'clubs.requests', clubId }, as('100014')),
    ).resolves.toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    const doc = (await t.db.collection(COLLECTIONS.clubMembers).doc(`${clubId}:100062`).get())
      .data[0] as { status: string };
    expect(doc.status).toBe('pending');
    await expect(
      t.data('clubs', { action: 'clubs.approve', clubId, staffNo: '100062' }, ADMIN),
    ).resolves.toEqual({ status: 'member' });
  });

  it('never goes over the cap when many join at once', async () => {
    const clubId = await createClub({ name: '羽毛球队', memberCap: 3 });
    const people = Array.from({ length: 128 }, (_, i) => String(100100 + i));
    t.setDbLatency(RACE_LATENCY_MS);
    const results = await Promise.all(
      people.map((s) => t.call('clubs', { action: 'clubs.join', clubId }, as(s))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.error.code === 'clubs.full')).toBe(
      true,
    );
    expect((await club(clubId)).memberCount).toBe(3);
    const { total } = await t.db
      .collection(COLLECTIONS.clubMembers)
      .where({ clubId, status: 'member' })
      .count();
    expect(total).toBe(3);
  });

  it('will not approve past the cap', async () => {
    const clubId = await createClub({
      name: '太极队',
      joinPolicy: 'approval',
      memberCap: 2,
      leaders: ['100015'],
    });
    await t.data('clubs', { action: 'clubs.join', clubId }, as('100120'));
    await t.data('clubs', { action: 'clubs.join', clubId }, as('100121'));
    await t.data('clubs', { action: 'clubs.approve', clubId, staffNo: '100120' }, as('100015'));
    await expect(
      t.call('clubs', { action: 'clubs.approve', clubId, staffNo: '100121' }, as('100015')),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'clubs.full' },
    });
    await expect(
      t.call('clubs', { action: 'clubs.join', clubId }, as('100122')),
    ).resolves.toMatchObject({ ok: false, error: { code: 'clubs.full' } });
    expect((await club(clubId)).memberCount).toBe(2);
  });
});

describe('posts and photos', () => {
  let clubId: string;
  beforeAll(async () => {
    clubId = await createClub({ name: '读书会', leaders: ['100016'] });
    await t.data('clubs', { action: 'clubs.join', clubId }, as('100130'));
  });

  it('refuses a photo of the wrong type or over 1 MB, and stores nothing', async () => {
    const before = await fileCount();
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1').toString('base64');
    await expect(
      t.call(
        'clubs',
        { action: 'clubs.uploadPhoto', clubId, type: 'image/jpeg', base64: gif },
        as('100130'),
      ),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'clubs.photo_type' },
    });
    const big = Buffer.alloc(MAX_PHOTO_BYTES + 1);
    JPEG.copy(big);
    await expect(
      t.call(
        'clubs',
        { action: 'clubs.uploadPhoto', clubId, type: 'image/jpeg', base64: big.toString('base64') },
        as('100130'),
      ),
    ).resolves.toMatchObject({ ok: false, error: { code: 'clubs.photo_size' } });
    await expect(
      t.call(
        'clubs',
        { action: 'clubs.uploadPhoto', clubId, type: 'image/gif', base64: gif },
        as('100130'),
      ),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'validation.failed' },
    });
    // not a member: refused too
    await expect(
      t.call(
        'clubs',
        {
          action: 'clubs.uploadPhoto',
          clubId,
          type: 'image/jpeg',
          base64: JPEG.toString('base64'),
        },
        as('100131'),
      ),
    ).resolves.toMatchObject({ ok: false, error: { code: 'clubs.not_member' } });
    expect(await fileCount()).toBe(before);
  });

  it('posts text with a photo that the local cloud then serves', async () => {
    const up = await t.data<{ fileId: string; url: string }>(
      'clubs',
      { action: 'clubs.uploadPhoto', clubId, type: 'image/jpeg', base64: JPEG.toString('base64') },
      as('100130'),
    );
    const served = await fetch(`${t.cloud.url}${up.url}`);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await served.arrayBuffer())).toEqual(JPEG);
    const { postId } = await t.data<{ postId: string }>(
      'clubs',
      { action: 'clubs.post', clubId, text: '本周共读《平凡的世界》', photos: [up.fileId] },
      as('100130'),
    );
    // someone else's photo id cannot be attached
    await expect(
      t.call(
        'clubs',
        { action: 'clubs.post', clubId, text: '借图', photos: [up.fileId] },
        as('100016'),
      ),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'clubs.photo_unknown' },
    });
    const page = await t.data<{ posts: { postId: string; photos: { url: string }[] }[] }>(
      'clubs',
      { action: 'clubs.get', clubId },
      as('100200'),
    );
    expect(page.posts[0]?.postId).toBe(postId);
    const shown = page.posts[0]?.photos[0]?.url ?? '';
    expect(shown.split('?')[0]).toBe(up.url.split('?')[0]);
    expect(Buffer.from(await (await fetch(`${t.cloud.url}${shown}`)).arrayBuffer())).toEqual(JPEG);
  });

  it('attaches only my own uploads for this club, exactly as uploaded (issue 13 item 3)', async () => {
    const other = await createClub({ name: '隐藏相册', leaders: ['100017'] });
    const theirs = await t.data<{ fileId: string }>(
      'clubs',
      {
        action: 'clubs.uploadPhoto',
        clubId: other,
        type: 'image/jpeg',
        base64: JPEG.toString('base64'),
      },
      as('100017'),
    );
    const mine = await t.data<{ fileId: string }>(
      'clubs',
      { action: 'clubs.uploadPhoto', clubId, type: 'image/jpeg', base64: JPEG.toString('base64') },
      as('100130'),
    );
    const tries = [
      `${theirs.fileId}#clubs_${clubId}_100130_`,
      `${theirs.fileId}?clubs/${clubId}/100130/x.jpg`,
      `${theirs.fileId}/clubs/${clubId}/100130/`,
      theirs.fileId,
      `${mine.fileId}#x`,
      `${mine.fileId}?x`,
      mine.fileId.toUpperCase(),
    ];
    for (const photo of tries) {
      const r = await t.call(
        'clubs',
        { action: 'clubs.post', clubId, text: '借图', photos: [photo] },
        as('100130'),
      );
      // ids longer than the contract allows never reach the ownership check
      const code = photo.length > 128 ? 'validation.failed' : 'clubs.photo_unknown';
      expect([photo, r]).toMatchObject([photo, { ok: false, error: { code } }]);
    }
    expect(tries.filter((p) => p.length <= 128).length).toBeGreaterThanOrEqual(4);
    // my upload for this club, but posted to another club: refused as well
    await t.data('clubs', { action: 'clubs.join', clubId: other }, as('100130'));
    await expect(
      t.call(
        'clubs',
        { action: 'clubs.post', clubId: other, text: '串门', photos: [mine.fileId] },
        as('100130'),
      ),
    ).resolves.toMatchObject({ ok: false, error: { code: 'clubs.photo_unknown' } });
    await expect(
      t.data(
        'clubs',
        { action: 'clubs.post', clubId, text: '自己的图', photos: [mine.fileId] },
        as('100130'),
      ),
    ).resolves.toMatchObject({ postId: expect.any(String) });
  });

  it('counts a like once, however often it is sent', async () => {
    const { postId } = await t.data<{ postId: string }>(
      'clubs',
      { action: 'clubs.post', clubId, text: '欢迎新会员' },
      as('100016'),
    );
    const likes = await Promise.all(
      Array.from({ length: 5 }, () =>
        t.call('clubs', { action: 'clubs.like', postId }, as('100130')),
      ),
    );
    expect(likes.every((l) => l.ok)).toBe(true);
    await t.data('clubs', { action: 'clubs.like', postId }, as('100016'));
    const post = (await t.db.collection(COLLECTIONS.clubPosts).doc(postId).get()).data[0] as {
      likes: number;
    };
    expect(post.likes).toBe(2);
    await expect(
      t.call('clubs', { action: 'clubs.like', postId }, as('100201')),
    ).resolves.toMatchObject({ ok: false, error: { code: 'clubs.not_member' } });
  });

  it('lets an admin hide a post from everyone else', async () => {
    const { postId } = await t.data<{ postId: string }>(
      'clubs',
      { action: 'clubs.post', clubId, text: '广告：出售二手书' },
      as('100130'),
    );
    await expect(
      t.call('clubs', { action: 'clubs.hidePost', postId }, as('100016')),
    ).resolves.toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    await t.data('clubs', { action: 'clubs.hidePost', postId }, ADMIN);
    const seen = await t.data<{ posts: { postId: string }[] }>(
      'clubs',
      { action: 'clubs.posts', clubId },
      as('100130'),
    );
    expect(seen.posts.map((p) => p.postId)).not.toContain(postId);
    const admin = await t.data<{ posts: { postId: string; hidden: boolean }[] }>(
      'clubs',
      { action: 'clubs.posts', clubId },
      ADMIN,
    );
    expect(admin.posts.find((p) => p.postId === postId)).toMatchObject({ hidden: true });
  });

  it('lists clubs with search and shows mine', async () => {
    const all = await t.data<{ clubs: { name: string; myStatus?: string }[] }>(
      'clubs',
      { action: 'clubs.list', q: '读书' },
      as('100130'),
    );
    expect(all.clubs.map((c) => c.name)).toEqual(['读书会']);
    expect(all.clubs[0].myStatus).toBe('member');
    const mine = await t.data<{ clubs: { name: string; leader: boolean }[] }>(
      'clubs',
      { action: 'clubs.mine' },
      as('100016'),
    );
    expect(mine.clubs).toEqual([expect.objectContaining({ name: '读书会', leader: true })]);
  });
});

describe('mixer', () => {
  const eventId = 'e-mixer-test';
  const attendeesNos = ['100140', '100141', '100142'];
  const setEnd = (endAt: Date) =>
    t.db.collection(COLLECTIONS.events).doc(eventId).update({ endAt });

  beforeAll(async () => {
    const now = Date.now();
    await t.db.collection(COLLECTIONS.events).add({
      _id: eventId,
      title: '青年教职工联谊会',
      mixer: true,
      audience: { type: 'all' },
      startAt: new Date(now + 86_400_000),
      endAt: new Date(now + 90_000_000),
      mixerAges: { min: 18, max: 80 },
    });
    await t.db.collection(COLLECTIONS.eventSignups).add(
      attendeesNos.map((s) => ({
        _id: `${eventId}:${s}`,
        eventId,
        staffNo: s,
        status: 'confirmed',
      })),
    );
  });

  it("keeps declarations out of every list but the organizer's", async () => {
    for (const s of attendeesNos) {
      await expect(
        t.data(
          'clubs',
          { action: 'clubs.mixerDeclare', eventId, single: true, consent: true },
          as(s),
        ),
      ).resolves.toMatchObject({ declared: true });
    }
    await expect(
      t.call(
        'clubs',
        { action: 'clubs.mixerDeclare', eventId, single: false, consent: true },
        as('100143'),
      ),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'validation.failed' },
    });
    const org = await t.data<{ declarations: { staffNo: string }[] }>(
      'clubs',
      { action: 'clubs.mixerDeclarations', eventId },
      'dev-organizer',
    );
    expect(org.declarations.map((d) => d.staffNo).sort()).toEqual(attendeesNos);
    for (const who of [as('100140'), as('100150')]) {
      await expect(
        t.call('clubs', { action: 'clubs.mixerDeclarations', eventId }, who),
      ).resolves.toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    }
    // nothing else this function answers carries them
    const clubId = await createClub({ name: '青年联谊会', leaders: ['100140'] });
    const answers = await Promise.all([
      t.data('clubs', { action: 'clubs.list' }, as('100141')),
      t.data('clubs', { action: 'clubs.mine' }, as('100140')),
      t.data('clubs', { action: 'clubs.get', clubId }, as('100141')),
      t.data('clubs', { action: 'clubs.members', clubId }, as('100140')),
      t.data('clubs', { action: 'clubs.mixerPeople', eventId }, as('100141')),
      t.data('clubs', { action: 'clubs.mixerMatches', eventId }, as('100141')),
    ]);
    for (const a of answers)
      expect(JSON.stringify(a)).not.toMatch(/single|declar|eligible|phone|birth/);
    const people = answers[4] as { people: Record<string, unknown>[] };
    expect(people.people.map((p) => Object.keys(p).sort())).toEqual([
      ['marked', 'name', 'staffNo'],
      ['marked', 'name', 'staffNo'],
    ]);
  });

  it('reveals a match only when both marked, and only after the event', async () => {
    const mark = (from: string, to: string, like = true) =>
      t.call('clubs', { action: 'clubs.mixerMark', eventId, staffNo: to, like }, as(from));
    await expect(mark('100140', '100141')).resolves.toMatchObject({
      ok: false,
      error: { code: 'clubs.mixer_not_over' },
    });
    await setEnd(new Date(Date.now() - 60_000));
    const matchesOf = async (s: string) =>
      (
        await t.data<{ matches: { staffNo: string }[] }>(
          'clubs',
          { action: 'clubs.mixerMatches', eventId },
          as(s),
        )
      ).matches.map((m) => m.staffNo);

    await expect(mark('100140', '100141')).resolves.toMatchObject({
      ok: true,
      data: { marked: true },
    });
    await expect(mark('100142', '100140')).resolves.toMatchObject({ ok: true });
    expect(await matchesOf('100140')).toEqual([]);
    expect(await matchesOf('100141')).toEqual([]);
    expect(await matchesOf('100142')).toEqual([]);

    await mark('100141', '100140');
    expect(await matchesOf('100140')).toEqual(['100141']);
    expect(await matchesOf('100141')).toEqual(['100140']);
    expect(await matchesOf('100142')).toEqual([]);

    // taking a mark back hides the match again
    await mark('100141', '100140', false);
    expect(await matchesOf('100140')).toEqual([]);
    // only attendees mark, and only attendees
    await expect(mark('100150', '100140')).resolves.toMatchObject({
      ok: false,
      error: { code: 'clubs.not_attendee' },
    });
    await expect(mark('100140', '100150')).resolves.toMatchObject({
      ok: false,
      error: { code: 'clubs.not_attendee' },
    });
  });
});

describe('activities and mixer eligibility', () => {
  it("shows a club's published activities on its page, drafts not", async () => {
    const clubId = await createClub({ name: '登山队' });
    const base = {
      type: '文体活动',
      startAt: new Date(Date.now() + 86_400_000),
      endAt: new Date(Date.now() + 90_000_000),
    };
    await t.db.collection(COLLECTIONS.events).add([
      {
        _id: 'e-hike',
        title: '秋季登山',
        status: 'published',
        audience: [{ kind: 'club', clubId, openToAll: true }],
        ...base,
      },
      {
        _id: 'e-hike-draft',
        title: '冬季登山（草稿）',
        status: 'draft',
        audience: [{ kind: 'club', clubId }],
        ...base,
      },
    ]);
    const page = await t.data<{ activities: { eventId: string; openToAll: boolean }[] }>(
      'clubs',
      { action: 'clubs.get', clubId },
      as('100210'),
    );
    expect(page.activities).toEqual([
      expect.objectContaining({ eventId: 'e-hike', openToAll: true }),
    ]);
  });

  it("keeps no declaration for someone outside the mixer's age range", async () => {
    const now = Date.now();
    await t.db.collection(COLLECTIONS.events).add({
      _id: 'e-mixer-young',
      title: '青年联谊',
      mixer: true,
      status: 'published',
      startAt: new Date(now + 86_400_000),
      endAt: new Date(now + 90_000_000),
      mixerAges: { min: 150, max: 160 },
    });
    const r = await t.data<{ eligible: boolean; why?: string }>(
      'clubs',
      { action: 'clubs.mixerDeclare', eventId: 'e-mixer-young', single: true, consent: true },
      as('100211'),
    );
    expect(r).toMatchObject({ eligible: false, why: expect.stringContaining('150–160') });
    const doc = await t.db
      .collection(COLLECTIONS.mixerDeclarations)
      .doc('e-mixer-young:100211')
      .get();
    expect(doc.data).toHaveLength(0);
  });
});

describe('demo seeder', () => {
  it('seeds the five associations idempotently, with leaders holding their role', async () => {
    const { seedClubs } = await import('../../local-cloud/seed/clubs');
    await seedClubs(t.db, new Date());
    await seedClubs(t.db, new Date());
    const list = await t.data<{ clubs: { clubId: string; name: string; memberCount: number }[] }>(
      'clubs',
      { action: 'clubs.list', q: '协会' },
      ADMIN,
    );
    expect(list.clubs.map((c) => c.name)).toEqual(
      expect.arrayContaining(['女人花协会', '摄影协会', '书画协会']),
    );
    const photo = list.clubs.find((c) => c.clubId === 'club-photo');
    const { total } = await t.db
      .collection(COLLECTIONS.clubMembers)
      .where({ clubId: 'club-photo', status: 'member' })
      .count();
    expect(photo?.memberCount).toBe(total);
    const r = await t.data<{ pending: { staffNo: string }[] }>(
      'clubs',
      { action: 'clubs.requests', clubId: 'club-photo' },
      as('100040'),
    );
    expect(r.pending.map((p) => p.staffNo)).toEqual(['100060', '100061']);
  });
});
