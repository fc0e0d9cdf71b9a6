// Bench `trips`: 2,000 synthetic staff apply at once (3 preferences over 5 groups, 400 places),
// the admin allocates (database requests counted), then 400 offered people answer at once — half
// confirm, half give up, each twice — and the freed places go down the waitlists. Checks: no group
// over capacity, every counter equal to the places actually held, nobody holding two places.
import { COLLECTIONS } from '../../database/collections';
import type { Envelope } from '../../domain/errors';
import type { ApplicationDoc, GroupDoc } from '../../domain/trips/model';
import { startTestCloud, type TestCloud } from '../../local-cloud/testing';

const PEOPLE = 2000;
const CAPS = [100, 100, 80, 60, 60];
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 2000);

function pct(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);
}

async function burst(
  t: TestCloud,
  events: { event: Record<string, unknown>; openid: string }[],
): Promise<{ ms: number[]; answers: Envelope<unknown>[]; seconds: number }> {
  const ms: number[] = [];
  const answers: Envelope<unknown>[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(IN_FLIGHT, events.length) }, async () => {
      while (next < events.length) {
        const e = events[next++];
        const at = performance.now();
        answers.push(
          await t
            .call('trips', e.event, e.openid)
            .catch(() => ({ ok: false as const, error: { code: 'network', message: '' } })),
        );
        ms.push(performance.now() - at);
      }
    }),
  );
  return { ms: ms.sort((a, b) => a - b), answers, seconds: (performance.now() - started) / 1000 };
}

async function all<T>(t: TestCloud, collection: string, where: Record<string, unknown>) {
  const out: T[] = [];
  for (let skip = 0; ; skip += 1000) {
    const res = await t.db.collection(collection).where(where).skip(skip).limit(1000).get();
    out.push(...(res.data as T[]));
    if (res.data.length < 1000) return out;
  }
}

function codes(answers: Envelope<unknown>[]): Record<string, number> {
  const out: Record<string, number> = Object.create(null);
  for (const a of answers) if (!a.ok) out[a.error.code] = (out[a.error.code] ?? 0) + 1;
  return { ...out };
}

export async function benchTrips(): Promise<Record<string, unknown>> {
  const t = await startTestCloud({ synthetic: PEOPLE });
  try {
    await t.db
      .collection(COLLECTIONS.staff)
      .doc('T0001')
      .update({ roles: [{ role: 'admin' }] });
    const now = Date.now();
    const day = 86_400_000;
    const { planId, groupIds } = await t.data<{ planId: string; groupIds: string[][] }>(
      'trips',
      {
        action: 'trips.createPlan',
        name: '压测：2027 年度教职工疗休养',
        applyOpenAt: new Date(now - 3600_000).toISOString(),
        applyCloseAt: new Date(now + day).toISOString(),
        serviceYears: 0,
        cycleYears: 4,
        routes: CAPS.map((cap, i) => ({
          name: `路线${i + 1}`,
          groups: [
            {
              departAt: new Date(now + (60 + i * 7) * day).toISOString(),
              returnAt: new Date(now + (63 + i * 7) * day).toISOString(),
              capacity: cap,
            },
          ],
        })),
      },
      'dev-T0001',
    );
    const ids = groupIds.map((g) => g[0]);
    const staff = Array.from({ length: PEOPLE }, (_v, i) => `T${String(i + 1).padStart(4, '0')}`);
    t.resetRequests();
    const applied = await burst(
      t,
      staff.map((no, i) => ({
        event: {
          action: 'trips.apply',
          planId,
          choices: [ids[i % 5], ids[(i + 1) % 5], ids[(i + 3) % 5]],
        },
        openid: `dev-${no}`,
      })),
    );
    const applyRequests = t.requests();
    t.resetRequests();
    const a0 = performance.now();
    const alloc = await t.data<{ assigned: number; waitlisted: number }>(
      'trips',
      { action: 'trips.allocate', planId, seed: 'bench', force: true },
      'dev-T0001',
    );
    const allocMs = Math.round(performance.now() - a0);
    const allocRequests = t.requests();

    const offered = (
      await all<ApplicationDoc>(t, COLLECTIONS.tripApplications, { planId, status: 'assigned' })
    ).map((a) => a.staffNo);
    t.resetRequests();
    const answered = await burst(
      t,
      offered.flatMap((no, i) => {
        const event =
          i % 2
            ? { action: 'trips.respond', planId, accept: false }
            : { action: 'trips.respond', planId, accept: true };
        return [
          { event, openid: `dev-${no}` },
          { event, openid: `dev-${no}` },
        ];
      }),
    );
    const answerRequests = t.requests();

    const apps = await all<ApplicationDoc>(t, COLLECTIONS.tripApplications, { planId });
    const groups = await all<GroupDoc>(t, COLLECTIONS.tripGroups, { planId });
    let overCapacity = 0;
    let counterOff = 0;
    for (const g of groups) {
      const held = apps.filter(
        (a) => a.groupId === g._id && (a.status === 'assigned' || a.status === 'confirmed'),
      ).length;
      if (held > g.capacity) overCapacity++;
      if (g.left !== g.capacity - held) counterOff++;
    }
    const unclear = [...applied.answers, ...answered.answers].filter(
      (a) => !a.ok && !a.error.message,
    ).length;
    return {
      people: PEOPLE,
      places: CAPS.reduce((a, b) => a + b, 0),
      apply: {
        perSecond: Math.round(PEOPLE / applied.seconds),
        p50ms: pct(applied.ms, 50),
        p95ms: pct(applied.ms, 95),
        requestsPerCall: Math.round((applyRequests / PEOPLE) * 10) / 10,
        failedByCode: codes(applied.answers),
      },
      allocate: { ...alloc, ms: allocMs, requests: allocRequests },
      answers: {
        calls: answered.answers.length,
        p50ms: pct(answered.ms, 50),
        p95ms: pct(answered.ms, 95),
        requestsPerCall: Math.round((answerRequests / answered.answers.length) * 10) / 10,
        confirmed: apps.filter((a) => a.status === 'confirmed').length,
        declined: apps.filter((a) => a.status === 'declined').length,
        offeredFromWaitlist: apps.filter((a) => a.status === 'assigned').length,
        failedByCode: codes(answered.answers),
      },
      invariants: { overCapacity, counterOff, unclear },
    };
  } finally {
    await t.stop();
  }
}
