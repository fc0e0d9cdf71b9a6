// report_cache: one computed report per span, branch and Beijing day (_id = rules.cacheKeyOf), so
// opening the year again the same day costs one read; "刷新" overwrites it.
import { COLLECTIONS } from '../../database/collections';
import { reportOutput, type Report } from '../../domain/report/contract';
import type { Db } from '../_kit';

const col = (db: Db) => db.collection(COLLECTIONS.reportCache);

export async function getCached(db: Db, key: string): Promise<Report | null> {
  const res = await db.collection(COLLECTIONS.reportCache).doc(key).get();
  const doc = (res.data as { report?: unknown }[])[0];
  const parsed = doc ? reportOutput.safeParse(doc.report) : null;
  // a cache written by an older shape is simply recomputed
  return parsed?.success ? parsed.data : null;
}

export async function putCached(db: Db, key: string, report: Report, now: Date): Promise<void> {
  await col(db).doc(key).set({ report, computedAt: now });
}
