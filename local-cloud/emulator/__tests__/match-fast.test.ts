// The fast matcher agrees with mingo (MongoDB semantics) on every document it decides.
import { Query } from 'mingo';
import { fastMatcher } from '../match-fast';
import type { Doc, Value } from '../values';

const VALUES: (Value | undefined)[] = [
  undefined,
  null,
  0,
  1,
  -2.5,
  7,
  '',
  'a',
  'b',
  '7',
  true,
  false,
  new Date(0),
  new Date(5000),
  [1, 7],
  ['a'],
  { x: 1 },
  { nested: { deep: 1 } },
  /a/,
  NaN,
];
const OPERANDS: Value[] = [
  null,
  0,
  1,
  7,
  -2.5,
  'a',
  'b',
  '7',
  true,
  new Date(0),
  new Date(5000),
  NaN,
];

function pick<T>(xs: T[], r: () => number): T {
  return xs[Math.floor(r() * xs.length)];
}

it('answers like mingo on random simple queries', () => {
  let seed = 42;
  const r = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  let decided = 0;
  for (let i = 0; i < 4000; i++) {
    const doc: Doc = { _id: 'd' };
    for (const f of ['a', 'b']) {
      const v = pick(VALUES, r);
      if (v !== undefined) doc[f] = v;
    }
    if (r() < 0.3) doc.o = { p: pick(VALUES, r) ?? null };
    const field = pick(['a', 'b', 'o.p', 'a.0', 'missing'], r);
    const op = pick(
      ['eq', '$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$in', '$nin', '$exists'],
      r,
    );
    const operand = pick(OPERANDS, r);
    const cond: Value =
      op === 'eq'
        ? operand
        : op === '$in' || op === '$nin'
          ? { [op]: [operand, pick(OPERANDS, r)] }
          : op === '$exists'
            ? { $exists: r() < 0.5 }
            : { [op]: operand };
    const query: Doc = { [field]: cond, ...(r() < 0.3 ? { _id: 'd' } : {}) };
    const fast = fastMatcher(query);
    if (!fast) continue;
    const verdict = fast(doc);
    if (verdict === undefined) continue;
    decided += 1;
    expect({ query, doc, verdict }).toEqual({ query, doc, verdict: new Query(query).test(doc) });
  }
  expect(decided).toBeGreaterThan(1000);
});
