import { useEffect, useState } from 'preact/hooks';

export interface Route {
  /** Path segments after `#/`, decoded. */
  segments: string[];
  query: URLSearchParams;
}

/** Hash routes (`#/plans/…`): every view is a link, works with back/forward, and needs no server fallback. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', search = ''] = raw.split('?', 2) as [string?, string?];
  return { segments: path.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(search) };
}

export function href(path: string, query: Record<string, string | undefined | null> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const search = params.toString();
  return `#${path}${search ? `?${search}` : ''}`;
}

export function navigate(path: string, query: Record<string, string | undefined | null> = {}, replace = false): void {
  const target = href(path, query);
  if (replace) history.replaceState(null, '', target);
  if (replace || location.hash === target) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = target;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

/** A route's query as a plain object, for filter forms. */
export function queryObject(query: URLSearchParams): Record<string, string> {
  return Object.fromEntries(query.entries());
}

/** A filter form's fields, reset from the URL whenever the URL changes (back, forward, links). */
export function useFilterForm<K extends string>(query: URLSearchParams, keys: readonly K[]): [Record<K, string>, (next: Record<K, string>) => void] {
  const fromQuery = () => Object.fromEntries(keys.map((k) => [k, query.get(k) ?? ''])) as Record<K, string>;
  const [form, setForm] = useState(fromQuery);
  const search = query.toString();
  useEffect(() => setForm(fromQuery()), [search]);
  return [form, setForm];
}
