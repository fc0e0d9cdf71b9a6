// Test-only function for the instance tests: shows its module state, how many invocations it is
// serving at once, the environment it sees, and can throw or crash its instance on request.
import { randomUUID } from 'node:crypto';

const instanceId = randomUUID();
let calls = 0;
let inFlight = 0;
let peakInFlight = 0;

interface ProbeEvent {
  do?: 'state' | 'throw' | 'crash' | 'env';
  waitMs?: number;
  name?: string;
}

export async function main(event: ProbeEvent): Promise<unknown> {
  calls++;
  inFlight++;
  peakInFlight = Math.max(peakInFlight, inFlight);
  try {
    if (event.waitMs) await new Promise((r) => setTimeout(r, event.waitMs));
    if (event.do === 'throw') throw new Error('probe threw');
    if (event.do === 'crash') {
      // an uncaught error outside the invocation's promise: the instance itself dies
      setTimeout(() => {
        throw new Error('probe crashed');
      }, 0);
      await new Promise((r) => setTimeout(r, 1000));
    }
    if (event.do === 'env')
      return { ok: true, data: { value: process.env[event.name ?? ''] ?? null } };
    return { ok: true, data: { instanceId, calls, inFlight, peakInFlight } };
  } finally {
    inFlight--;
  }
}
