import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { requestFull, type FullResponse, type RequestOptions } from './api.js';
import type { LiveClient } from './live.js';
import type { Session } from './session.js';
import { useQuery, type QueryState } from './use-query.js';

export interface AppContextValue {
  session: Session;
  live: LiveClient;
  signOut: (message?: string) => void;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside a signed-in app');
  return value;
}

type Get = <T>(path: string, signal?: AbortSignal, options?: Omit<RequestOptions, 'token' | 'signal'>) => Promise<T>;

/** GET with the session's token, answering the body with its status and headers (the ETag of a stream's state). */
export function useApiFull() {
  const { session } = useApp();
  return <T,>(path: string, signal?: AbortSignal, options: Omit<RequestOptions, 'token' | 'signal'> = {}): Promise<FullResponse<T>> =>
    requestFull<T>(path, { ...options, token: session.token, ...(signal ? { signal } : {}) });
}

/** GET with the session's token. */
export function useApi(): Get {
  const full = useApiFull();
  return async <T,>(path: string, signal?: AbortSignal, options?: Omit<RequestOptions, 'token' | 'signal'>) => (await full<T>(path, signal, options)).body;
}

/** A stream's state (a plan, a prospect) with the ETag its GET answered: the If-Match of the commands on what is shown. */
export function useStreamState<T extends { revision: number }>(path: string): QueryState<T & { etag: string }> {
  const get = useApiFull();
  return useQuery(path, async (signal) => {
    const answer = await get<T>(path, signal);
    return { ...answer.body, etag: answer.headers.get('etag') ?? `"${answer.body.revision}"` };
  });
}
