// inBatches: every item once, in order of batches, never more than `size` running at a time.
import { inBatches } from './batches';

it('runs every item once, at most `size` at a time, batch after batch', async () => {
  let running = 0;
  let most = 0;
  const seen: number[] = [];
  const items = Array.from({ length: 37 }, (_, i) => i);
  await inBatches(items, 16, async (n) => {
    running += 1;
    most = Math.max(most, running);
    await new Promise((r) => setImmediate(r));
    seen.push(n);
    running -= 1;
  });
  expect(most).toBe(16);
  expect(seen).toHaveLength(37);
  expect(seen.slice(0, 16).sort((a, b) => a - b)).toEqual(items.slice(0, 16));
  expect([...seen].sort((a, b) => a - b)).toEqual(items);
});

it('does nothing for no items', async () => {
  let calls = 0;
  await inBatches([], 16, async () => {
    calls += 1;
  });
  expect(calls).toBe(0);
});
