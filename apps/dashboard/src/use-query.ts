import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export interface QueryState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Fetches again, keeping the current data on screen until the answer arrives. */
  reload: () => void;
}

/**
 * Loads `fetcher` whenever `key` changes (null: load nothing). Reloads asked for while one is in
 * flight are merged into one more fetch after it, so bursts of live changes cost two requests.
 */
export function useQuery<T>(key: string | null, fetcher: (signal: AbortSignal) => Promise<T>): QueryState<T> {
  const [state, setState] = useState<{ data: T | undefined; error: unknown; loading: boolean; key: string | null }>({ data: undefined, error: undefined, loading: key !== null, key });
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;
  const inFlight = useRef<{ controller: AbortController; again: boolean } | null>(null);
  const mounted = useRef(true);

  const run = useCallback((currentKey: string | null, fresh: boolean) => {
    if (currentKey === null) return;
    if (inFlight.current && !fresh) {
      inFlight.current.again = true;
      return;
    }
    inFlight.current?.controller.abort();
    const flight = { controller: new AbortController(), again: false };
    inFlight.current = flight;
    setState((s) => ({ data: fresh ? undefined : s.data, error: fresh ? undefined : s.error, loading: true, key: currentKey }));
    fetcherRef
      .current(flight.controller.signal)
      .then(
        (data) => ({ data, error: undefined }),
        (error: unknown) => ({ data: undefined as T | undefined, error }),
      )
      .then((result) => {
        if (flight.controller.signal.aborted || !mounted.current) return;
        inFlight.current = null;
        setState((s) => ({ data: result.error === undefined ? result.data : s.data, error: result.error, loading: false, key: currentKey }));
        if (flight.again) run(currentKey, false);
      });
  }, []);

  useEffect(() => {
    mounted.current = true;
    run(key, true);
    return () => inFlight.current?.controller.abort();
  }, [key, run]);

  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const reload = useCallback(() => run(key, false), [key, run]);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
