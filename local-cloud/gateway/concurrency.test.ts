import { Semaphore } from './concurrency';

it('runs at most max tasks at once and all of them eventually', async () => {
  const s = new Semaphore(3);
  let now = 0;
  let peak = 0;
  const task = async (i: number) => {
    now++;
    peak = Math.max(peak, now);
    await new Promise((r) => setTimeout(r, 2));
    now--;
    return i;
  };
  const results = await Promise.all(Array.from({ length: 20 }, (_, i) => s.run(() => task(i))));
  expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i));
  expect(peak).toBe(3);
});

it('frees its slot when a task throws', async () => {
  const s = new Semaphore(1);
  await expect(s.run(async () => Promise.reject(new Error('x')))).rejects.toThrow('x');
  await expect(s.run(async () => 'next')).resolves.toBe('next');
});
