// The lottery (抽签): applicant ids sorted, then shuffled with a PRNG seeded from a published seed,
// so anyone holding the seed and the applicant list can redo the draw and get the same order.

/** FNV-1a of the seed text → 32-bit state for mulberry32. */
function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast and the same on every JS engine. */
export function seededRandom(seed: string): () => number {
  let a = hashSeed(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The draw order: sorted ids, Fisher–Yates shuffled with the seed. Input order does not matter. */
export function drawOrder(ids: readonly string[], seed: string): string[] {
  const out = [...new Set(ids)].sort();
  const next = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export interface Applicant {
  id: string;
  branchId: string;
}

/**
 * Winners in draw order: the first `capacity` applicants, skipping anyone whose branch quota is
 * used up (a branch without a quota is limited by the total only); the rest, in draw order, make the waitlist.
 */
export function pickWinners(
  order: readonly string[],
  applicants: ReadonlyMap<string, Applicant>,
  capacity: number,
  quotas?: Record<string, number>,
): { winners: string[]; waitlist: string[] } {
  const left = { ...(quotas ?? {}) };
  const winners: string[] = [];
  const waitlist: string[] = [];
  for (const id of order) {
    const a = applicants.get(id);
    if (!a) continue;
    const quotaOk = !quotas || !(a.branchId in left) || left[a.branchId] > 0;
    if (winners.length < capacity && quotaOk) {
      winners.push(id);
      if (quotas && a.branchId in left) left[a.branchId] -= 1;
    } else waitlist.push(id);
  }
  return { winners, waitlist };
}
