// The session's "who am I": loads once, shares one request, drops stale answers, takes bind results.
import type { Me } from '../../../domain/account/contract';
import { CloudError } from '../../services/cloud';
import { createMeStore } from './me-store';
import { viewOf } from './use-me';

const bound: Me = {
  bound: true,
  staffNo: '100001',
  name: '王秀英',
  branch: '机关分工会',
  branchId: 'b01',
  member: true,
  status: '在职',
  phoneMasked: '138****1234',
  roles: ['staff', 'admin'],
  grants: [{ role: 'admin' }],
};

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

it('loads once however many pages ask', async () => {
  let calls = 0;
  const store = createMeStore(async () => {
    calls++;
    return bound;
  });
  expect(viewOf(store.get()).loading).toBe(true);
  await Promise.all([store.ensure(), store.ensure()]);
  await store.ensure();
  expect(calls).toBe(1);
  expect(viewOf(store.get())).toMatchObject({
    loading: false,
    me: bound,
    unbound: false,
    error: null,
  });
});

it('tells unbound from loading', async () => {
  const store = createMeStore(async () => ({ bound: false }));
  await store.ensure();
  expect(viewOf(store.get())).toMatchObject({ loading: false, me: null, unbound: true });
});

it('keeps the CloudError of a failed load, and retries on refresh', async () => {
  let fail = true;
  const store = createMeStore(async () => {
    if (fail) throw new CloudError('network', '网络不太稳定，请稍后再试。');
    return bound;
  });
  await store.ensure();
  expect(store.get()).toMatchObject({ status: 'error', error: { code: 'network' } });
  await store.ensure(); // an error waits for the user's retry
  expect(store.get().status).toBe('error');
  fail = false;
  await store.refresh();
  expect(store.get()).toMatchObject({ status: 'ready', me: bound });
});

it('wraps unknown failures as internal CloudErrors', async () => {
  const store = createMeStore(async () => {
    throw new TypeError('boom');
  });
  await store.ensure();
  expect(store.get().error).toBeInstanceOf(CloudError);
  expect(store.get().error?.code).toBe('internal');
});

it('drops an older answer once a refresh (identity switch) has started', async () => {
  const first = deferred<Me>();
  const second = deferred<Me>();
  const queue = [first.promise, second.promise];
  const store = createMeStore(() => queue.shift() as Promise<Me>);
  void store.ensure();
  const refreshed = store.refresh();
  second.resolve(bound);
  first.resolve({ bound: false });
  await refreshed;
  await first.promise;
  expect(store.get().me).toEqual(bound);
});

it('takes the answer of a bind and tells subscribers', async () => {
  const pending = deferred<Me>();
  const store = createMeStore(() => pending.promise);
  const seen: string[] = [];
  const unsubscribe = store.subscribe(() => seen.push(store.get().status));
  void store.ensure();
  store.set(bound);
  pending.resolve({ bound: false }); // the older load must not undo the bind
  await pending.promise;
  await Promise.resolve();
  expect(store.get().me).toEqual(bound);
  expect(seen).toEqual(['loading', 'ready']);
  unsubscribe();
  store.set(bound);
  expect(seen).toHaveLength(2);
});
