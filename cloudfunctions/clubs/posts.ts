// Club posts: photo upload (checked by magic bytes and size before anything is stored), posting,
// likes and hiding; and the views of clubs (list, mine, club page) that show posts.
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type {
  ClubSummary,
  MemberStatus,
  postInput,
  PostView,
  uploadInput,
} from '../../domain/clubs/contract';
import { checkPhoto, matchesSearch, memberId } from '../../domain/clubs/rules';
import { VisibleError } from '../../domain/errors';
import { putImage, tempUrls, type CallContext } from '../_kit';
import {
  getMembership,
  listClubs,
  membershipsByIds,
  myMemberships,
  type ClubDoc,
} from './clubs-repo';
import { requireClub } from './membership';
import { clubEvents, openToAll } from './mixer-repo';
import {
  addPost,
  getPost,
  hidePost,
  like,
  likedByMe,
  recentPosts,
  type PostDoc,
} from './posts-repo';
import { allOwnUploads, recordUpload } from './photos-repo';

const folderOf = (clubId: string, staffNo: string) => `clubs/${clubId}/${staffNo}`;

async function requireMember(ctx: CallContext, clubId: string, what: string): Promise<void> {
  if (ctx.can('club_leader', { clubId })) return;
  const mine = await getMembership(ctx.db, clubId, ctx.me().staffNo);
  if (mine?.status !== 'member')
    throw new VisibleError('clubs.not_member', `加入社团后才能${what}。`);
}

export async function uploadPhoto(input: z.output<typeof uploadInput>, ctx: CallContext) {
  const me = ctx.me();
  await requireMember(ctx, input.clubId, '发照片');
  const bytes = Buffer.from(input.base64, 'base64');
  const check = checkPhoto(bytes, input.type);
  if (!check.ok) throw new VisibleError(check.code, check.message);
  const fileId = await putImage({ bytes, type: check.type }, folderOf(input.clubId, me.staffNo));
  await recordUpload(ctx.db, { fileId, clubId: input.clubId, staffNo: me.staffNo }, ctx.now);
  const url = (await tempUrls([fileId])).get(fileId) ?? '';
  return { fileId, url };
}

export async function post(input: z.output<typeof postInput>, ctx: CallContext) {
  const me = ctx.me();
  await requireMember(ctx, input.clubId, '发帖');
  // a photo may be attached only by the member who uploaded it, to the club it was uploaded for:
  // exactly as the upload record says, never by what the id looks like
  if (!(await allOwnUploads(ctx.db, input.photos, input.clubId, me.staffNo))) {
    throw new VisibleError('clubs.photo_unknown', '有照片没有上传成功，请删掉它重新添加。');
  }
  const postId = `p${randomBytes(8).toString('hex')}`;
  await addPost(ctx.db, {
    _id: postId,
    clubId: input.clubId,
    authorNo: me.staffNo,
    authorName: me.name,
    text: input.text,
    photos: input.photos,
    createdAt: ctx.now,
  });
  return { postId };
}

export async function likePost(input: { postId: string }, ctx: CallContext) {
  const me = ctx.me();
  const found = await getPost(ctx.db, input.postId);
  if (!found || found.hidden)
    throw new VisibleError('clubs.post_missing', '这条动态已经看不到了。');
  await requireMember(ctx, found.clubId, '点赞');
  const counted = await like(ctx.db, found._id, me.staffNo, ctx.now);
  return { liked: true as const, likes: found.likes + (counted ? 1 : 0) };
}

export async function hide(input: { postId: string }, ctx: CallContext) {
  if (!(await hidePost(ctx.db, input.postId, ctx.me().staffNo, ctx.now))) {
    const found = await getPost(ctx.db, input.postId);
    if (!found) throw new VisibleError('clubs.post_missing', '没有这条动态。');
  }
  return { hidden: true as const };
}

async function viewPosts(ctx: CallContext, docs: PostDoc[]): Promise<PostView[]> {
  const me = ctx.me();
  const [urls, liked] = await Promise.all([
    tempUrls(docs.flatMap((p) => p.photos)),
    likedByMe(
      ctx.db,
      docs.map((p) => p._id),
      me.staffNo,
    ),
  ]);
  return docs.map((p) => ({
    postId: p._id,
    clubId: p.clubId,
    authorName: p.authorName,
    text: p.text,
    photos: p.photos.map((fileId) => ({ fileId, url: urls.get(fileId) ?? '' })),
    likes: p.likes,
    likedByMe: liked.has(p._id),
    hidden: p.hidden,
    createdAt: p.createdAt.toISOString(),
  }));
}

export async function posts(input: { clubId: string }, ctx: CallContext) {
  const docs = await recentPosts(ctx.db, input.clubId, ctx.can('admin'), 50);
  return { posts: await viewPosts(ctx, docs) };
}

function summary(club: ClubDoc, urls: Map<string, string>, myStatus?: MemberStatus): ClubSummary {
  const coverUrl = club.coverFileId ? urls.get(club.coverFileId) : undefined;
  return {
    ...(coverUrl ? { coverUrl } : {}),
    clubId: club._id,
    name: club.name,
    intro: club.intro,
    joinPolicy: club.joinPolicy,
    ...(club.memberCap === undefined ? {} : { memberCap: club.memberCap }),
    memberCount: club.memberCount,
    ...(myStatus ? { myStatus } : {}),
  };
}

export async function list(input: { q?: string }, ctx: CallContext) {
  const [clubs, mine] = await Promise.all([
    listClubs(ctx.db),
    myMemberships(ctx.db, ctx.me().staffNo),
  ]);
  const status = new Map(mine.map((m) => [m.clubId, m.status]));
  const found = clubs.filter((c) => matchesSearch(c, input.q));
  const urls = await tempUrls(found.map((c) => c.coverFileId));
  return { clubs: found.map((c) => summary(c, urls, status.get(c._id))) };
}

export async function mine(_input: unknown, ctx: CallContext) {
  const me = ctx.me();
  const [clubs, memberships] = await Promise.all([
    listClubs(ctx.db),
    myMemberships(ctx.db, me.staffNo),
  ]);
  const status = new Map(memberships.map((m) => [m.clubId, m.status]));
  const shown = clubs.filter(
    (c) => status.get(c._id) === 'member' || status.get(c._id) === 'pending',
  );
  const urls = await tempUrls(shown.map((c) => c.coverFileId));
  return {
    clubs: shown.map((c) => ({
      ...summary(c, urls, status.get(c._id)),
      leader: c.leaders.includes(me.staffNo),
    })),
  };
}

export async function page(input: { clubId: string }, ctx: CallContext) {
  const me = ctx.me();
  const club = await requireClub(ctx, input.clubId);
  const [mineDoc, leaderDocs, events, postDocs, urls] = await Promise.all([
    getMembership(ctx.db, club._id, me.staffNo),
    membershipsByIds(
      ctx.db,
      club.leaders.map((s) => memberId(club._id, s)),
    ),
    clubEvents(ctx.db, club._id),
    recentPosts(ctx.db, club._id, ctx.can('admin'), 10),
    tempUrls([club.coverFileId]),
  ]);
  const names = new Map(leaderDocs.map((m) => [m.staffNo, m.name]));
  const from = ctx.now.getTime() - 24 * 60 * 60 * 1000;
  const upcoming = events.filter((e) => !e.startAt || e.startAt.getTime() >= from).slice(0, 5);
  const shown = mineDoc?.status === 'declined' || mineDoc?.status === 'removed';
  return {
    club: summary(club, urls, mineDoc?.status),
    leaders: club.leaders.map((staffNo) => ({ staffNo, name: names.get(staffNo) ?? '负责人' })),
    iLead: ctx.can('club_leader', { clubId: club._id }),
    activities: upcoming.map((e) => ({
      eventId: e._id,
      title: e.title,
      ...(e.startAt ? { startAt: e.startAt.toISOString() } : {}),
      openToAll: openToAll(e, club._id),
    })),
    posts: await viewPosts(ctx, postDocs),
    ...(shown && mineDoc?.reason ? { myReason: mineDoc.reason } : {}),
  };
}
