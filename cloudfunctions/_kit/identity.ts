// Who is calling: the openid from the platform's invocation context (never from the event), and
// the bound staff record with its roles, loaded in one database request.
import { COLLECTIONS } from '../../database/collections';
import { staffDoc, type StaffDoc } from '../../domain/roster/staff';
import { tcb, type Db } from './db';
import { firstOf } from './read';

export interface PlatformIdentity {
  openid: string | null;
  appid: string | null;
}

/** Reads WX_OPENID/WX_APPID from the context the platform passed to this invocation. */
export function platformIdentity(context: unknown): PlatformIdentity {
  if (!context || typeof context !== 'object') return { openid: null, appid: null };
  try {
    const env = tcb.getCloudbaseContext(context as Parameters<typeof tcb.getCloudbaseContext>[0]);
    const openid = typeof env.WX_OPENID === 'string' && env.WX_OPENID ? env.WX_OPENID : null;
    const appid = typeof env.WX_APPID === 'string' && env.WX_APPID ? env.WX_APPID : null;
    return { openid, appid };
  } catch {
    return { openid: null, appid: null };
  }
}

/** The active staff record bound to this openid, or null. One database request. */
export async function loadStaffByOpenid(db: Db, openid: string): Promise<StaffDoc | null> {
  const res = await db.collection(COLLECTIONS.staff).where({ openid }).limit(1).get();
  const doc = firstOf(res);
  if (!doc) return null;
  return staffDoc.parse(doc);
}
