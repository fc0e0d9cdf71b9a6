// Demo data for the union office's contact (the `settings` document account.office reads): the
// line the bind page and error screens show. Idempotent: one document with a fixed id.
import { COLLECTIONS } from '../../database/collections';
import { OFFICE_SETTING_ID, type OfficeInfo } from '../../domain/office';
import type { Db } from '../../cloudfunctions/_kit';

export const DEMO_OFFICE: OfficeInfo = {
  name: '校工会办公室',
  phone: '0571-88206012',
  place: '行政楼 2 楼 208 室',
  hours: '工作日 8:30–11:30、14:00–17:00',
};

export async function seedOffice(db: Db, now: Date): Promise<void> {
  const col = db.collection(COLLECTIONS.settings);
  // an office an admin already set is theirs: seeding again never overwrites it
  if ((await col.doc(OFFICE_SETTING_ID).get()).data.length) return;
  await col.doc(OFFICE_SETTING_ID).set({ ...DEMO_OFFICE, updatedBy: 'seed', updatedAt: now });
}
