// Club posts and their likes in the database. A like is a doc with a deterministic _id; only the
// call that creates it adds one to the post's counter, so a repeated like never counts twice.
import { z } from 'zod';
import { COLLECTIONS } from '../../database/collections';
import { likeId } from '../../domain/clubs/rules';
import type { Db } from '../_kit';
import { getById } from '../_kit/read';

export const postDoc = z.object({
  _id: z.string(),
  clubId: z.string(),
  authorNo: z.string(),
  authorName: z.string(),
  text: z.string(),
  photos: z.array(z.string()).default([]),
  likes: z.number().int().default(0),
  hidden: z.boolean().default(false),
  createdAt: z.union([z.date(), z.string(), z.number()]).transform((v) => new Date(v)),
});
export type PostDoc = z.infer<typeof postDoc>;

const posts = (db: Db) => db.collection(COLLECTIONS.clubPosts);
const likes = (db: Db) => db.collection(COLLECTIONS.clubPostLikes);

export async function addPost(db: Db, post: Omit<PostDoc, 'likes' | 'hidden'>): Promise<void> {
  await posts(db).add({ ...post, likes: 0, hidden: false });
}

export async function getPost(db: Db, postId: string): Promise<PostDoc | null> {
  return getById(db, COLLECTIONS.clubPosts, postId, postDoc);
}

/** Recent posts of a club, newest first; hidden ones only when asked for (admins). */
export async function recentPosts(
  db: Db,
  clubId: string,
  withHidden: boolean,
  limit = 20,
): Promise<PostDoc[]> {
  const where = withHidden ? { clubId } : { clubId, hidden: false };
  const res = await posts(db).where(where).orderBy('createdAt', 'desc').limit(limit).get();
  return (res.data as unknown[]).map((d) => postDoc.parse(d));
}

export async function hidePost(db: Db, postId: string, by: string, at: Date): Promise<boolean> {
  const res = await posts(db).doc(postId).update({ hidden: true, hiddenBy: by, hiddenAt: at });
  return res.updated === 1;
}

/** Adds my like once: true when this call created it (and counted it). */
export async function like(db: Db, postId: string, staffNo: string, at: Date): Promise<boolean> {
  try {
    await likes(db).add({ _id: likeId(postId, staffNo), postId, staffNo, at });
  } catch {
    return false;
  }
  await posts(db)
    .doc(postId)
    .update({ likes: db.command.inc(1) });
  return true;
}

/** Which of these posts I liked. */
export async function likedByMe(db: Db, postIds: string[], staffNo: string): Promise<Set<string>> {
  if (postIds.length === 0) return new Set();
  const res = await likes(db)
    .where({ _id: db.command.in(postIds.map((p) => likeId(p, staffNo))) })
    .limit(1000)
    .get();
  return new Set((res.data as { postId: string }[]).map((l) => l.postId));
}
