import { useCallback, useEffect, useState } from 'react';

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Loads again with the same function (after a change elsewhere, or "Try again"). */
  reload: () => void;
  /** Replaces the data locally (an answer of a write that returns the new state). */
  setData: (data: T) => void;
}

/**
 * Loads one thing for a page (a record, a small list) with loading and error state; the call is aborted when the
 * component goes away or `load` changes. Keep `load` stable (useCallback with its inputs as dependencies).
 * While a reload runs the last data stays on screen.
 */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the loading flag belongs to the request started here
    setState((s) => ({ data: s.data, loading: true }));
    load(controller.signal)
      .then((data) => {
        if (!controller.signal.aborted) setState({ data, loading: false });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState((s) => ({ data: s.data, error, loading: false }));
      });
    return () => controller.abort();
  }, [load, attempt]);

  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  const setData = useCallback((data: T) => setState({ data, loading: false }), []);
  return { data: state.data, error: state.error, loading: state.loading, reload, setData };
}
