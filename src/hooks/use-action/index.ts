// Doing one thing on a tap: busy while it runs (a second tap is ignored), the error in plain
// Chinese, a short note of what it did, and run again with the same input to retry.
import { useCallback, useRef, useState } from 'react';
import { toCloudError, type CloudError } from '../../services/cloud';

export interface Action<I extends unknown[], T> {
  /** runs the action; resolves to its answer, or undefined when it failed or was already running */
  run: (...input: I) => Promise<T | undefined>;
  busy: boolean;
  error: CloudError | null;
  /** what it did, in words ("已发送给 120 人"), from `done` */
  note: string;
  /** the last input again (for 再试一次) */
  retry: () => void;
  clear: () => void;
}

export function useAction<I extends unknown[], T>(
  act: (...input: I) => Promise<T>,
  done?: (answer: T, ...input: I) => string | void,
): Action<I, T> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CloudError | null>(null);
  const [note, setNote] = useState('');
  const running = useRef(false);
  const last = useRef<I | null>(null);
  const actRef = useRef(act);
  actRef.current = act;
  const doneRef = useRef(done);
  doneRef.current = done;

  const run = useCallback(async (...input: I): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    last.current = input;
    setBusy(true);
    setError(null);
    setNote('');
    try {
      const answer = await actRef.current(...input);
      setNote(doneRef.current?.(answer, ...input) || '');
      return answer;
    } catch (e) {
      setError(toCloudError(e));
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  const retry = useCallback(() => {
    if (last.current) void run(...last.current);
  }, [run]);
  const clear = useCallback(() => {
    setError(null);
    setNote('');
  }, []);
  return { run, busy, error, note, retry, clear };
}
