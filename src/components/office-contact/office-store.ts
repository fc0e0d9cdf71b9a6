// The union office's contact as the admin set it (account.office), read once per session and
// kept in this module; until it answers, or if it cannot, the built-in default is shown.
import { UNION_OFFICE, type OfficeInfo } from '../../../domain/office';

export type OfficeLoader = () => Promise<OfficeInfo>;

let known: OfficeInfo | null = null;
let pending: Promise<OfficeInfo> | null = null;
const listeners = new Set<(o: OfficeInfo) => void>();

/** What to show now: the contact read this session, or the built-in default. */
export function currentOffice(): OfficeInfo {
  return known ?? UNION_OFFICE;
}

/** Reads the contact once per session (concurrent callers share the one request). */
export function loadOffice(loader: OfficeLoader): Promise<OfficeInfo> {
  if (known) return Promise.resolve(known);
  if (!pending)
    pending = loader()
      .then((o) => {
        known = { name: o.name, phone: o.phone, place: o.place, hours: o.hours };
        for (const l of listeners) l(known);
        return known;
      })
      .catch(() => {
        // offline or a fault: the default now, another try on the next screen that shows it
        pending = null;
        return UNION_OFFICE;
      });
  return pending;
}

/** Called with the contact once it is read (returns the unsubscribe). */
export function onOffice(listener: (o: OfficeInfo) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tests only: forget what was read. */
export function resetOfficeForTest(): void {
  known = null;
  pending = null;
  listeners.clear();
}
