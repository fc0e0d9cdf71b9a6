// useLoad: loading → data or a plain error; reload runs it again; a stale answer is dropped.
import { CloudError } from '../../services/cloud';
import { act, flush, renderHook } from '../render-hook';
import { useLoad } from '.';

it('loads, then shows the data', async () => {
  const h = await renderHook(() => useLoad(async () => 42, []), {});
  await flush();
  expect(h.current()).toMatchObject({ data: 42, error: null, loading: false });
  h.unmount();
});

it('turns a failure into a CloudError with a plain message, and reload tries again', async () => {
  let calls = 0;
  const h = await renderHook(
    () =>
      useLoad(async () => {
        calls += 1;
        if (calls === 1) throw new CloudError('network', '网络不太稳定，请稍后再试。');
        if (calls === 2) throw new TypeError('x is undefined');
        return 'ok';
      }, []),
    {},
  );
  await flush();
  expect(h.current().error).toMatchObject({
    code: 'network',
    message: '网络不太稳定，请稍后再试。',
  });
  await act(async () => h.current().reload());
  await flush();
  // an unexpected error never shows its raw text
  expect(h.current().error?.code).toBe('internal');
  expect(h.current().error?.message).not.toContain('undefined');
  await act(async () => h.current().reload());
  await flush();
  expect(h.current()).toMatchObject({ data: 'ok', error: null, loading: false });
  expect(calls).toBe(3);
  h.unmount();
});

it('drops an answer that arrives after the inputs changed', async () => {
  const resolvers = new Map<string, (v: string) => void>();
  const h = await renderHook(
    ({ id }: { id: string }) =>
      useLoad(() => new Promise<string>((r) => resolvers.set(id, r)), [id]),
    { id: 'a' },
  );
  await h.rerender({ id: 'b' });
  resolvers.get('b')?.('B');
  await flush();
  resolvers.get('a')?.('A');
  await flush();
  expect(h.current().data).toBe('B');
  h.unmount();
});
