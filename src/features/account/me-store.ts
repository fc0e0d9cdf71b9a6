// "Who am I" held once per app session: loaded on first use, shared by every page, replaced after
// binding and reloaded after a dev identity switch. Plain TypeScript so it tests without React.
import type { Me } from '../../../domain/account/contract';
import { toCloudError, type CloudError } from '../../services/cloud';

export interface MeState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  me: Me | null;
  error: CloudError | null;
}

export interface MeStore {
  get(): MeState;
  subscribe(listener: () => void): () => void;
  /** Loads unless loaded or loading already. */
  ensure(): Promise<void>;
  /** Loads again, forgetting who we were (after an identity switch, or to retry an error). */
  refresh(): Promise<void>;
  /** Takes an answer we already have (bind returns the new me). */
  set(me: Me): void;
}

export const IDLE: MeState = { status: 'idle', me: null, error: null };

export function createMeStore(fetchMe: () => Promise<Me>): MeStore {
  let state: MeState = IDLE;
  // answers from an older request are dropped once a newer one (or a set()) has started
  let generation = 0;
  let pending: Promise<void> | null = null;
  const listeners = new Set<() => void>();

  const update = (next: MeState) => {
    state = next;
    for (const listener of [...listeners]) listener();
  };

  const load = (): Promise<void> => {
    const mine = ++generation;
    update({ status: 'loading', me: null, error: null });
    const p = fetchMe().then(
      (me) => {
        if (mine === generation) update({ status: 'ready', me, error: null });
      },
      (e: unknown) => {
        if (mine === generation) update({ status: 'error', me: null, error: toCloudError(e) });
      },
    );
    pending = p;
    void p.finally(() => {
      if (pending === p) pending = null;
    });
    return p;
  };

  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ensure() {
      if (state.status === 'idle') return load();
      return pending ?? Promise.resolve();
    },
    refresh: load,
    set(me) {
      generation++;
      update({ status: 'ready', me, error: null });
    },
  };
}
