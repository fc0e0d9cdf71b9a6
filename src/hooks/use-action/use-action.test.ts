// useAction: busy while running, a second tap ignored, a note of what it did, errors in plain
// Chinese, retry with the same input.
import { CloudError } from '../../services/cloud';
import { act, flush, renderHook } from '../render-hook';
import { useAction } from '.';

it('runs once at a time and says what it did', async () => {
  let release: () => void = () => undefined;
  let runs = 0;
  const h = await renderHook(
    () =>
      useAction(
        (n: number) =>
          new Promise<number>((r) => {
            runs += 1;
            release = () => r(n * 2);
          }),
        (answer) => `已发送给 ${answer} 人`,
      ),
    {},
  );
  let first: Promise<number | undefined> = Promise.resolve(undefined);
  await act(async () => {
    first = h.current().run(60);
  });
  expect(h.current().busy).toBe(true);
  // a second tap while it runs does nothing
  let second: number | undefined = 0;
  await act(async () => {
    second = await h.current().run(1);
  });
  expect(second).toBeUndefined();
  expect(runs).toBe(1);
  let answer: number | undefined;
  await act(async () => {
    release();
    answer = await first;
  });
  expect(answer).toBe(120);
  expect(h.current()).toMatchObject({ busy: false, error: null, note: '已发送给 120 人' });
  h.unmount();
});

it('keeps the error in plain words and retries with the same input', async () => {
  const seen: string[] = [];
  let fail = true;
  const h = await renderHook(
    () =>
      useAction(async (who: string) => {
        seen.push(who);
        if (fail) throw new CloudError('events.full', '名额已满，可以排队候补。');
        return who;
      }),
    {},
  );
  await act(async () => {
    await h.current().run('100070');
  });
  expect(h.current().error).toMatchObject({
    code: 'events.full',
    message: '名额已满，可以排队候补。',
  });
  fail = false;
  await act(async () => h.current().retry());
  await flush();
  expect(seen).toEqual(['100070', '100070']);
  expect(h.current().error).toBeNull();
  h.unmount();
});
