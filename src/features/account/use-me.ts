// The page-facing "who am I": loads once per app session, shared by home, 我的 and bind.
import { useEffect, useState } from 'react';
import type { BoundMe } from '../../../domain/account/contract';
import type { CloudError } from '../../services/cloud';
import { getMe } from './api';
import { createMeStore, type MeState } from './me-store';

export const meStore = createMeStore(getMe);

export interface UseMe {
  /** true until the first answer (or error) arrives */
  loading: boolean;
  error: CloudError | null;
  /** the bound caller; null while loading, on error, or when not bound */
  me: BoundMe | null;
  /** known to be unbound (answer arrived, bound: false) */
  unbound: boolean;
  refresh: () => Promise<void>;
}

export function viewOf(state: MeState): Omit<UseMe, 'refresh'> {
  return {
    loading: state.status === 'idle' || state.status === 'loading',
    error: state.error,
    me: state.me && state.me.bound ? state.me : null,
    unbound: state.status === 'ready' && state.me !== null && !state.me.bound,
  };
}

export function useMe(): UseMe {
  const [state, setState] = useState<MeState>(meStore.get);
  useEffect(() => {
    const unsubscribe = meStore.subscribe(() => setState(meStore.get()));
    setState(meStore.get());
    void meStore.ensure();
    return unsubscribe;
  }, []);
  return { ...viewOf(state), refresh: meStore.refresh };
}
