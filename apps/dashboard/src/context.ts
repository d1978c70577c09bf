import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { request, type RequestOptions } from './api.js';
import type { LiveClient } from './live.js';
import type { Session } from './session.js';

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

/** GET with the session's token. */
export function useApi() {
  const { session } = useApp();
  return <T,>(path: string, signal?: AbortSignal, options: Omit<RequestOptions, 'token' | 'signal'> = {}) =>
    request<T>(path, { ...options, token: session.token, ...(signal ? { signal } : {}) });
}
