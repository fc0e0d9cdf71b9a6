// Mixer (联谊) data: the events and sign-ups it reads (owned by the events function, parsed
// leniently), and its own declarations and private marks.
import { z } from 'zod';
import { COLLECTIONS } from '../../database/collections';
import { declarationId, markId } from '../../domain/clubs/rules';
import type { Db } from '../_kit';
import { firstOf } from '../_kit/read';

const instant = z
  .union([z.date(), z.string(), z.number()])
  .transform((v) => new Date(v))
  .refine((d) => !Number.isNaN(d.getTime()));

/** The fields of an event this function relies on; the events function owns the rest. */
export const eventView = z.object({
  _id: z.string(),
  title: z.string().default('活动'),
  mixer: z.boolean().default(false),
  /** events' audience rules; a club activity names { kind: 'club', clubId, openToAll } */
  audience: z
    .array(
      z
        .object({
          kind: z.string(),
          clubId: z.string().optional(),
          openToAll: z.boolean().optional(),
        })
        .passthrough(),
    )
    .default([])
    .catch([]),
  startAt: instant.optional().catch(undefined),
  endAt: instant.optional().catch(undefined),
  mixerAges: z
    .object({ min: z.number().int().optional(), max: z.number().int().optional() })
    .optional()
    .catch(undefined),
  organizers: z.array(z.string()).optional().catch(undefined),
  createdBy: z.string().optional().catch(undefined),
  status: z.string().optional().catch(undefined),
});
export type EventView = z.infer<typeof eventView>;

/** The sign-up status that means "taking part" (not pending, waitlisted, cancelled or rejected). */
const ATTENDING = 'confirmed';

export async function getEvent(db: Db, eventId: string): Promise<EventView | null> {
  const doc = firstOf(await db.collection(COLLECTIONS.events).doc(eventId).get());
  if (!doc) return null;
  const parsed = eventView.safeParse(doc);
  return parsed.success ? parsed.data : null;
}

/** Does this club's audience rule let every staff member sign up too? */
export function openToAll(event: EventView, clubId: string): boolean {
  return event.audience.some(
    (r) => r.kind === 'club' && r.clubId === clubId && r.openToAll === true,
  );
}

/** A club's published activities: events whose audience names this club, soonest first. */
export async function clubEvents(db: Db, clubId: string): Promise<EventView[]> {
  const res = await db
    .collection(COLLECTIONS.events)
    .where({ 'audience.clubId': clubId })
    .limit(100)
    .get();
  return (res.data as unknown[])
    .map((d) => eventView.safeParse(d))
    .flatMap((p) =>
      p.success && (p.data.status === undefined || p.data.status === 'published') ? [p.data] : [],
    )
    .sort((a, b) => (a.startAt?.getTime() ?? 0) - (b.startAt?.getTime() ?? 0));
}

/** Who takes part in an event: staffNos of sign-ups that are not cancelled or waiting. */
export async function attendees(db: Db, eventId: string): Promise<string[]> {
  const res = await db.collection(COLLECTIONS.eventSignups).where({ eventId }).limit(1000).get();
  return (res.data as { staffNo?: unknown; status?: unknown }[])
    .filter((s) => typeof s.staffNo === 'string' && s.status === ATTENDING)
    .map((s) => s.staffNo as string);
}

export async function staffNames(db: Db, staffNos: string[]): Promise<Map<string, string>> {
  if (staffNos.length === 0) return new Map();
  const res = await db
    .collection(COLLECTIONS.staff)
    .where({ _id: db.command.in(staffNos) })
    .field({ _id: true, name: true })
    .limit(1000)
    .get();
  return new Map((res.data as { _id: string; name: string }[]).map((s) => [s._id, s.name]));
}

export const declarationDoc = z.object({
  _id: z.string(),
  eventId: z.string(),
  staffNo: z.string(),
  name: z.string(),
  single: z.literal(true),
  eligible: z.boolean(),
  declaredAt: instant,
});
export type DeclarationDoc = z.infer<typeof declarationDoc>;

export async function putDeclaration(db: Db, d: Omit<DeclarationDoc, '_id'>): Promise<void> {
  await db
    .collection(COLLECTIONS.mixerDeclarations)
    .doc(declarationId(d.eventId, d.staffNo))
    .set(d);
}

export async function removeDeclaration(db: Db, eventId: string, staffNo: string): Promise<void> {
  await db.collection(COLLECTIONS.mixerDeclarations).doc(declarationId(eventId, staffNo)).remove();
}

export async function declarationsOf(db: Db, eventId: string): Promise<DeclarationDoc[]> {
  const res = await db
    .collection(COLLECTIONS.mixerDeclarations)
    .where({ eventId })
    .limit(1000)
    .get();
  return (res.data as unknown[]).map((d) => declarationDoc.parse(d));
}

export async function setMark(
  db: Db,
  eventId: string,
  from: string,
  to: string,
  on: boolean,
  at: Date,
): Promise<void> {
  const doc = db.collection(COLLECTIONS.mixerMarks).doc(markId(eventId, from, to));
  if (on) await doc.set({ eventId, from, to, at });
  else await doc.remove();
}

/** My marks (from me) and the marks on me (to me) for one event. */
export async function marksAround(
  db: Db,
  eventId: string,
  staffNo: string,
): Promise<{ mine: string[]; onMe: string[] }> {
  const marks = db.collection(COLLECTIONS.mixerMarks);
  const [mine, onMe] = await Promise.all([
    marks.where({ eventId, from: staffNo }).limit(1000).get(),
    marks.where({ eventId, to: staffNo }).limit(1000).get(),
  ]);
  return {
    mine: (mine.data as { to: string }[]).map((m) => m.to),
    onMe: (onMe.data as { from: string }[]).map((m) => m.from),
  };
}
