// Bench `signup`: 2,000 synthetic staff sign up at once, over HTTP through the gateway, for an
// event with 40 seats. Prints latency percentiles, throughput, database requests per sign-up, and
// checks the invariants: exactly 40 confirmed, no duplicates, every caller a clear answer, the
// waitlist in real arrival order (a caller answered before another one started is ahead of them),
// and retries getting the same answer.
import { COLLECTIONS } from '../../database/collections';
import type { Envelope } from '../../domain/errors';
import { startTestCloud } from '../../local-cloud/testing';

const PEOPLE = 2000;
const SEATS = 40;
// all 2,000 at once by default: the local gateway queues them the way the platform's instances would
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 2000);

function pct(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return (
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10
  );
}

type Answer = Envelope<{ status: string; shortNo?: number }>;

export async function benchSignup(): Promise<Record<string, unknown>> {
  const t = await startTestCloud({ synthetic: PEOPLE });
  try {
    await t.db
      .collection(COLLECTIONS.staff)
      .doc('T0001')
      .update({ roles: [{ role: 'organizer' }] });
    const now = Date.now();
    const { eventId } = await t.data<{ eventId: string }>(
      'events',
      {
        action: 'events.create',
        title: '压测：名师有约·品茶论道',
        type: '讲座',
        location: '教工之家',
        startAt: new Date(now + 48 * 3600_000).toISOString(),
        endAt: new Date(now + 50 * 3600_000).toISOString(),
        signupOpenAt: new Date(now - 60_000).toISOString(),
        signupCloseAt: new Date(now + 24 * 3600_000).toISOString(),
        capacity: SEATS,
        allocation: 'first_come',
      },
      'dev-T0001',
    );
    const staff = Array.from({ length: PEOPLE }, (_v, i) => `T${String(i + 1).padStart(4, '0')}`);
    const sentAt = new Map<string, number>();
    const doneAt = new Map<string, number>();
    const answers = new Map<string, Answer>();
    t.resetRequests();
    const instancesBefore = t.instances().functions.find((f) => f.name === 'events');
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    // 2,000 callers released at once, at most IN_FLIGHT connections open (like a gateway's pool)
    let next = 0;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < staff.length) {
          const no = staff[next++];
          sentAt.set(no, performance.now());
          const r = (await t
            .call('events', { action: 'events.signup', eventId }, `dev-${no}`)
            .catch(() => null)) as Answer | null;
          doneAt.set(no, performance.now());
          answers.set(no, r ?? { ok: false, error: { code: 'network', message: 'fetch failed' } });
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const instances = t.instances();
    const events = instances.functions.find((f) => f.name === 'events');
    const requests = t.requests();
    const latencies = staff
      .map((no) => (doneAt.get(no) as number) - (sentAt.get(no) as number))
      .sort((a, b) => a - b);

    const res: { staffNo: string; status: string; shortNo?: number; waitSeq?: number }[] = [];
    for (let skip = 0; ; skip += 1000) {
      const page = await t.db
        .collection(COLLECTIONS.eventSignups)
        .where({ eventId })
        .skip(skip)
        .limit(1000)
        .get();
      res.push(...(page.data as typeof res));
      if (page.data.length < 1000) break;
    }
    const event = (await t.db.collection(COLLECTIONS.events).doc(eventId).get()).data[0] as {
      seatsLeft: number;
    };
    const confirmed = res.filter((d) => d.status === 'confirmed');
    const waitlisted = res
      .filter((d) => d.status === 'waitlisted')
      .sort((a, b) => (a.waitSeq as number) - (b.waitSeq as number));
    const unclear = [...answers.values()].filter(
      (a) => !a.ok || !['confirmed', 'waitlisted'].includes(a.data.status),
    ).length;

    // arrival order is real: walking the waitlist from the back, nobody later in line may have been
    // answered before someone ahead of them even sent their request
    let minDoneBehind = Infinity;
    let orderViolations = 0;
    for (let i = waitlisted.length - 1; i >= 0; i--) {
      const no = waitlisted[i].staffNo;
      if (minDoneBehind < (sentAt.get(no) as number)) orderViolations++;
      minDoneBehind = Math.min(minDoneBehind, doneAt.get(no) as number);
    }

    // retries: 100 callers (confirmed and waitlisted) ask again and must get the same answer
    const retryNos = [
      ...confirmed.slice(0, 20),
      ...waitlisted.slice(0, 40),
      ...waitlisted.slice(-40),
    ].map((d) => d.staffNo);
    const retried = await Promise.all(
      retryNos.map((no) => t.call('events', { action: 'events.signup', eventId }, `dev-${no}`)),
    );
    const retryMismatches = retried.filter(
      (r, i) => JSON.stringify(r) !== JSON.stringify(answers.get(retryNos[i])),
    ).length;

    const errors: Record<string, number> = {};
    for (const a of answers.values())
      if (!a.ok) errors[a.error.code] = (errors[a.error.code] ?? 0) + 1;
    const checks = {
      exactlyFortyConfirmed: confirmed.length === SEATS && event.seatsLeft === 0,
      noDuplicates: res.length === PEOPLE && new Set(res.map((d) => d.staffNo)).size === PEOPLE,
      uniqueShortNumbers: new Set(confirmed.map((d) => d.shortNo)).size === SEATS,
      everyoneClearAnswer: unclear === 0,
      waitlistUniqueArrivalNumbers:
        new Set(waitlisted.map((d) => d.waitSeq)).size === waitlisted.length,
      waitlistInArrivalOrder: orderViolations === 0,
      retriesSameAnswer: retryMismatches === 0,
    };
    return {
      callers: PEOPLE,
      seats: SEATS,
      confirmed: confirmed.length,
      waitlisted: waitlisted.length,
      seconds: Math.round(seconds * 100) / 100,
      throughputPerSecond: Math.round(PEOPLE / seconds),
      latencyMs: { p50: pct(latencies, 50), p95: pct(latencies, 95), p99: pct(latencies, 99) },
      // CPU of the whole process (gateway, emulator and every instance's thread) over wall time
      cpuSeconds: Math.round(((cpu.user + cpu.system) / 1e6) * 100) / 100,
      coresBusy: Math.round(((cpu.user + cpu.system) / 1e6 / seconds) * 100) / 100,
      instances: {
        isolation: instances.isolation,
        limit: instances.limit,
        coldStarts: (events?.coldStarts ?? 0) - (instancesBefore?.coldStarts ?? 0),
        peakRunning: events?.peakRunning ?? 0,
        peakQueued: events?.peakQueued ?? 0,
      },
      dbLatencyMs: process.env.LOCAL_DB_LATENCY_MS ?? 'off',
      // includes the kit's one identity lookup per call; waitlisted calls cost one more (arrival number)
      errors,
      dbRequestsPerSignup: Math.round((requests / PEOPLE) * 100) / 100,
      checks,
      invariantsHold: Object.values(checks).every(Boolean),
    };
  } finally {
    await t.stop();
  }
}
