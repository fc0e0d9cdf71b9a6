// Loading one thing from the cloud for a page: data, the error in plain Chinese, loading, reload.
import { useCallback, useEffect, useState } from 'react';
import { toCloudError, type CloudError } from '../../services/cloud';

export interface Loaded<T> {
  data: T | null;
  error: CloudError | null;
  loading: boolean;
  reload: () => void;
  /** replace the data after a change the page already knows the answer to */
  setData: (data: T) => void;
}

/** Loads on mount and whenever `deps` change; a stale answer (deps changed meanwhile) is dropped. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<CloudError | null>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps);
  useEffect(() => {
    let live = true;
    setLoading(true);
    setError(null);
    run().then(
      (d) => {
        if (!live) return;
        setData(d);
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setError(toCloudError(e));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [run, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload, setData };
}
