// The clubs function's actions: clubs (社团/协会), joining and leaving, the leader's member
// management, posts with photos, and the mixer (联谊) declarations and private after-event marks.
import { z } from 'zod';
import { defineContract, empty, id, isoInstant } from '../contract';
import { coverOutput, imageBase64 } from '../storage/schema';

export const JOIN_POLICIES = ['open', 'approval'] as const;
/** membership doc statuses; only "member" counts for events' club audience */
export const MEMBER_STATUSES = [
  'member',
  'pending',
  'joining',
  'declined',
  'removed',
  'left',
] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const MAX_PHOTOS = 9;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];
/** after the app has resized it */
export const MAX_PHOTO_BYTES = 1024 * 1024;

const staffNo = z.string({ message: '请填写工号' }).trim().min(1, '请填写工号').max(20, '工号太长');
const reason = z
  .string({ message: '请写明原因' })
  .trim()
  .min(1, '请写明原因，对方会看到')
  .max(100, '原因请写在 100 字以内');

export const createInput = z.object({
  name: z
    .string({ message: '请填写社团名称' })
    .trim()
    .min(1, '请填写社团名称')
    .max(30, '社团名称太长'),
  intro: z.string().trim().max(300, '简介请写在 300 字以内').default(''),
  joinPolicy: z.enum(JOIN_POLICIES, { message: '加入方式只能是直接加入或需审核' }).default('open'),
  memberCap: z
    .number({ message: '人数上限应为数字' })
    .int('人数上限应为整数')
    .min(1, '人数上限至少 1 人')
    .max(10_000, '人数上限太大')
    .optional(),
  leaders: z.array(staffNo).max(5, '负责人最多 5 位').default([]),
});

export const clubRef = z.object({ clubId: id });
export const memberRef = z.object({ clubId: id, staffNo });

export const clubSummary = z.object({
  clubId: z.string(),
  name: z.string(),
  intro: z.string(),
  joinPolicy: z.enum(JOIN_POLICIES),
  memberCap: z.number().int().optional(),
  memberCount: z.number().int(),
  /** the caller's membership, if any */
  myStatus: z.enum(MEMBER_STATUSES).optional(),
  /** the club's cover picture (a temporary URL), when it has one */
  coverUrl: z.string().optional(),
});
export type ClubSummary = z.infer<typeof clubSummary>;

export const person = z.object({ staffNo: z.string(), name: z.string() });

export const activity = z.object({
  eventId: z.string(),
  title: z.string(),
  startAt: isoInstant.optional(),
  openToAll: z.boolean(),
});

export const postView = z.object({
  postId: z.string(),
  clubId: z.string(),
  authorName: z.string(),
  text: z.string(),
  photos: z.array(z.object({ fileId: z.string(), url: z.string() })),
  likes: z.number().int(),
  likedByMe: z.boolean(),
  hidden: z.boolean(),
  createdAt: isoInstant,
});
export type PostView = z.infer<typeof postView>;

export const clubPage = z.object({
  club: clubSummary,
  leaders: z.array(person),
  iLead: z.boolean(),
  activities: z.array(activity),
  posts: z.array(postView),
  /** what a decline or removal said, shown to the person it concerns */
  myReason: z.string().optional(),
});

export const statusOutput = z.object({ status: z.enum(MEMBER_STATUSES) });

export const postInput = z.object({
  clubId: id,
  text: z
    .string({ message: '请写点内容' })
    .trim()
    .min(1, '请写点内容')
    .max(1000, '内容请写在 1000 字以内'),
  photos: z.array(id).max(MAX_PHOTOS, `照片最多 ${MAX_PHOTOS} 张`).default([]),
});

export const uploadInput = z.object({
  clubId: id,
  type: z.enum(PHOTO_TYPES, { message: '只能上传 JPEG、PNG 或 WebP 照片' }),
  /** the resized picture, base64 */
  base64: z
    .string({ message: '缺少照片内容' })
    .min(1, '缺少照片内容')
    .max(Math.ceil((MAX_PHOTO_BYTES * 4) / 3) + 8, '照片太大，请换一张或裁小一些'),
});

export const postRef = z.object({ postId: id });

export const setCoverInput = z.object({ clubId: id, imageBase64: imageBase64('社团封面') });

export const mixerDeclareInput = z.object({
  eventId: id,
  single: z.literal(true, { message: '联谊活动只面向单身教职工，请确认你目前单身' }),
  /** agrees that the organizer (only) sees this declaration */
  consent: z.literal(true, { message: '请同意由组织者核对你的声明' }),
});

export const mixerMarkInput = z.object({
  eventId: id,
  staffNo,
  /** true: I'd like to meet again; false: take the mark back */
  like: z.boolean(),
});

export const clubsContract = defineContract({
  'clubs.list': {
    input: z.object({ q: z.string().trim().max(30, '搜索词太长').optional() }),
    output: z.object({ clubs: z.array(clubSummary) }),
  },
  'clubs.mine': {
    input: empty,
    output: z.object({ clubs: z.array(clubSummary.extend({ leader: z.boolean() })) }),
  },
  'clubs.get': { input: clubRef, output: clubPage },
  'clubs.create': { input: createInput, output: z.object({ clubId: z.string() }) },
  'clubs.grantLeader': { input: memberRef, output: z.object({ leaders: z.array(person) }) },
  'clubs.join': { input: clubRef, output: z.object({ status: z.enum(['member', 'pending']) }) },
  'clubs.leave': { input: clubRef, output: statusOutput },
  'clubs.approve': { input: memberRef, output: statusOutput },
  'clubs.decline': { input: memberRef.extend({ reason }), output: statusOutput },
  'clubs.remove': { input: memberRef.extend({ reason }), output: statusOutput },
  'clubs.members': { input: clubRef, output: z.object({ members: z.array(person) }) },
  'clubs.requests': {
    input: clubRef,
    output: z.object({ pending: z.array(person.extend({ requestedAt: isoInstant })) }),
  },
  'clubs.setCover': { input: setCoverInput, output: coverOutput },
  'clubs.uploadPhoto': {
    input: uploadInput,
    output: z.object({ fileId: z.string(), url: z.string() }),
  },
  'clubs.post': { input: postInput, output: z.object({ postId: z.string() }) },
  'clubs.posts': { input: clubRef, output: z.object({ posts: z.array(postView) }) },
  'clubs.like': {
    input: postRef,
    output: z.object({ liked: z.literal(true), likes: z.number().int() }),
  },
  'clubs.hidePost': { input: postRef, output: z.object({ hidden: z.literal(true) }) },
  'clubs.mixerDeclare': {
    input: mixerDeclareInput,
    output: z.object({
      declared: z.literal(true),
      eligible: z.boolean(),
      why: z.string().optional(),
    }),
  },
  'clubs.mixerDeclarations': {
    input: z.object({ eventId: id }),
    output: z.object({
      declarations: z.array(person.extend({ eligible: z.boolean(), declaredAt: isoInstant })),
    }),
  },
  'clubs.mixerPeople': {
    input: z.object({ eventId: id }),
    output: z.object({
      people: z.array(person.extend({ marked: z.boolean() })),
      open: z.boolean(),
    }),
  },
  'clubs.mixerMark': { input: mixerMarkInput, output: z.object({ marked: z.boolean() }) },
  'clubs.mixerMatches': {
    input: z.object({ eventId: id }),
    output: z.object({ matches: z.array(person) }),
  },
});
export type ClubsContract = typeof clubsContract;
