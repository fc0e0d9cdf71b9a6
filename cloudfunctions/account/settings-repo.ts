// The app-wide settings an admin sets (`settings`, one document per setting): the union office.
import { COLLECTIONS } from '../../database/collections';
import { OFFICE_SETTING_ID, type OfficeInfo } from '../../domain/office';
import type { Db } from '../_kit';

const col = (db: Db) => db.collection(COLLECTIONS.settings);

/** The office contact as last set, or null if nobody has set it (or it reads as damaged). */
export async function getOffice(db: Db): Promise<OfficeInfo | null> {
  const doc = (await col(db).doc(OFFICE_SETTING_ID).get()).data[0] as
    Partial<Record<keyof OfficeInfo, unknown>> | undefined;
  if (!doc) return null;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const o = {
    name: str(doc.name),
    phone: str(doc.phone),
    place: str(doc.place),
    hours: str(doc.hours),
  };
  return o.name ? o : null;
}

export async function setOffice(db: Db, office: OfficeInfo, by: string, now: Date): Promise<void> {
  await col(db)
    .doc(OFFICE_SETTING_ID)
    .set({ ...office, updatedBy: by, updatedAt: now });
}
