// Demo clubs: the associations of the annual report (女人花协会, 摄影协会, 书画协会, 美食社, 小海鸥读书会)
// with demo members, leaders among demo staff (holding the scoped club_leader role) and a few posts.
// Idempotent: deterministic _ids, only missing documents are added.
import { COLLECTIONS } from '../../database/collections';
import { memberId } from '../../domain/clubs/rules';
import type { Db } from '../../cloudfunctions/_kit';

interface DemoClub {
  _id: string;
  name: string;
  intro: string;
  joinPolicy: 'open' | 'approval';
  memberCap?: number;
  leader: string;
  members: string[];
  /** waiting for the leader */
  pending: string[];
  posts: { text: string; by: string; daysAgo: number }[];
}

const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => String(from + i));

export const DEMO_CLUBS: DemoClub[] = [
  {
    _id: 'club-flowers',
    name: '女人花协会',
    intro: '插花、花艺与绿植养护，每月一次花艺沙龙，女教职工之家的老朋友。',
    joinPolicy: 'open',
    leader: '100020',
    members: range(100021, 14),
    pending: [],
    posts: [
      {
        text: '三八节花艺沙龙圆满结束，感谢大家的巧手！下次我们做干花书签。',
        by: '100020',
        daysAgo: 3,
      },
    ],
  },
  {
    _id: 'club-photo',
    name: '摄影协会',
    intro: '用镜头记录校园四季。新手欢迎，周末外拍，年底办摄影展。',
    joinPolicy: 'approval',
    memberCap: 60,
    leader: '100040',
    members: range(100041, 10),
    pending: ['100060', '100061'],
    posts: [
      { text: '本周六早上 7 点，图书馆前集合拍银杏，记得带长焦。', by: '100040', daysAgo: 1 },
      { text: '上次外拍的作品已整理好，欢迎大家在群里挑选参展照片。', by: '100042', daysAgo: 6 },
    ],
  },
  {
    _id: 'club-calligraphy',
    name: '书画协会',
    intro: '书法与国画交流，退休老师也常来指导。每周三下午活动室开放。',
    joinPolicy: 'open',
    leader: '100070',
    members: range(100071, 8),
    pending: [],
    posts: [{ text: '迎新春写春联活动报名开始啦，笔墨纸砚协会准备。', by: '100070', daysAgo: 2 }],
  },
  {
    _id: 'club-food',
    name: '美食社',
    intro: '家常菜、面点与烘焙，轮流掌勺，分享校园里的好味道。',
    joinPolicy: 'open',
    memberCap: 40,
    leader: '100090',
    members: range(100091, 6),
    pending: [],
    posts: [],
  },
  {
    _id: 'club-seagull',
    name: '小海鸥读书会',
    intro: '青年教职工读书会：每月共读一本书，也组织图书捐赠。',
    joinPolicy: 'approval',
    leader: '100110',
    members: range(100111, 5),
    pending: ['100130'],
    posts: [
      { text: '本月共读《平凡的世界》，周五晚在工会活动室交流读后感。', by: '100110', daysAgo: 4 },
    ],
  },
];

async function missing(db: Db, collection: string, ids: string[]): Promise<Set<string>> {
  const res = await db
    .collection(collection)
    .where({ _id: db.command.in(ids) })
    .field({ _id: true })
    .limit(1000)
    .get();
  const have = new Set((res.data as { _id: string }[]).map((d) => d._id));
  return new Set(ids.filter((id) => !have.has(id)));
}

export async function seedClubs(db: Db, now: Date): Promise<void> {
  const staffNos = [...new Set(DEMO_CLUBS.flatMap((c) => [c.leader, ...c.members, ...c.pending]))];
  const staffRes = await db
    .collection(COLLECTIONS.staff)
    .where({ _id: db.command.in(staffNos) })
    .field({ _id: true, name: true, roles: true })
    .limit(1000)
    .get();
  const staff = new Map(
    (
      staffRes.data as { _id: string; name: string; roles?: { role: string; clubId?: string }[] }[]
    ).map((s) => [s._id, s]),
  );
  const day = 24 * 60 * 60 * 1000;

  const clubsToAdd = await missing(
    db,
    COLLECTIONS.clubs,
    DEMO_CLUBS.map((c) => c._id),
  );
  for (const [i, c] of DEMO_CLUBS.entries()) {
    const memberNos = [c.leader, ...c.members].filter((s) => staff.has(s));
    if (clubsToAdd.has(c._id)) {
      await db.collection(COLLECTIONS.clubs).add({
        _id: c._id,
        name: c.name,
        intro: c.intro,
        joinPolicy: c.joinPolicy,
        ...(c.memberCap ? { memberCap: c.memberCap } : {}),
        memberCount: memberNos.length,
        leaders: [c.leader],
        active: true,
        order: i,
        createdAt: new Date(now.getTime() - 90 * day),
        createdBy: '100001',
      });
    }
    const docs = [
      ...memberNos.map((s, k) => ({
        s,
        status: 'member',
        at: new Date(now.getTime() - (60 - k) * day),
      })),
      ...c.pending
        .filter((s) => staff.has(s))
        .map((s) => ({ s, status: 'pending', at: new Date(now.getTime() - day) })),
    ].map(({ s, status, at }) => ({
      _id: memberId(c._id, s),
      clubId: c._id,
      staffNo: s,
      name: staff.get(s)?.name ?? s,
      status,
      requestedAt: at,
      ...(status === 'member' ? { joinedAt: at } : {}),
    }));
    const docsToAdd = await missing(
      db,
      COLLECTIONS.clubMembers,
      docs.map((d) => d._id),
    );
    const fresh = docs.filter((d) => docsToAdd.has(d._id));
    if (fresh.length > 0) await db.collection(COLLECTIONS.clubMembers).add(fresh);

    const leader = staff.get(c.leader);
    if (
      leader &&
      !(leader.roles ?? []).some((r) => r.role === 'club_leader' && r.clubId === c._id)
    ) {
      const roles = [...(leader.roles ?? []), { role: 'club_leader', clubId: c._id }];
      await db.collection(COLLECTIONS.staff).doc(c.leader).update({ roles });
      leader.roles = roles;
    }

    const posts = c.posts.map((p, k) => ({
      _id: `${c._id}-post-${k + 1}`,
      clubId: c._id,
      authorNo: p.by,
      authorName: staff.get(p.by)?.name ?? '会员',
      text: p.text,
      photos: [],
      likes: 0,
      hidden: false,
      createdAt: new Date(now.getTime() - p.daysAgo * day),
    }));
    if (posts.length > 0) {
      const postsToAdd = await missing(
        db,
        COLLECTIONS.clubPosts,
        posts.map((p) => p._id),
      );
      const newPosts = posts.filter((p) => postsToAdd.has(p._id));
      if (newPosts.length > 0) await db.collection(COLLECTIONS.clubPosts).add(newPosts);
    }
  }
}
