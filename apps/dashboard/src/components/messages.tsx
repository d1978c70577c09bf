import type { ComponentChildren } from 'preact';
import { ApiError } from '../api.js';

/** An API error inline, naming its code and the route, so a user can report it. */
export function ErrorMessage({ error, what }: { error: unknown; what?: string }) {
  if (error instanceof ApiError) {
    const title =
      error.status === 403
        ? 'Not allowed'
        : error.status === 404
          ? 'Not found'
          : error.status === 0
            ? 'The API is unreachable'
            : error.status >= 500
              ? 'The server failed'
              : 'The request was refused';
    return (
      <div class="message message-error" role="alert" data-error-code={error.code}>
        <p>
          <span aria-hidden="true">⚠ </span>
          <strong>{title}</strong>
          {what ? ` while loading ${what}` : ''}: {error.message}
        </p>
        {error.fields.length > 0 && (
          <ul>
            {error.fields.map((f) => (
              <li key={f.field}>
                {f.field}: {f.messages.join('; ')}
              </li>
            ))}
          </ul>
        )}
        <p class="message-detail">
          {error.code} · HTTP {error.status || '—'} · {error.route}
        </p>
      </div>
    );
  }
  return (
    <div class="message message-error" role="alert" data-error-code="CLIENT.ERROR">
      <p>
        <span aria-hidden="true">⚠ </span>
        <strong>Something went wrong</strong>
        {what ? ` while loading ${what}` : ''}: {error instanceof Error ? error.message : String(error)}
      </p>
    </div>
  );
}

/** A route this server does not (yet) have: the feature is off here, which is not an error of the user's. */
export function NotAvailable({ route, what }: { route: string; what: string }) {
  return (
    <div class="message message-unavailable" role="status" data-unavailable={route}>
      <p>
        <span aria-hidden="true">ⓘ </span>
        <strong>{what} is not available on this server.</strong> It answers <code>{route}</code> with 404 (no such route); the view fills in once the API provides it.
      </p>
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p class="loading" role="status">
      Loading {what}…
    </p>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="empty">{children}</p>;
}

/** What a query shows while loading, on error and when its route is missing. */
export function QueryStatus({ error, loading, hasData, what, route }: { error: unknown; loading: boolean; hasData: boolean; what: string; route?: string }) {
  if (error instanceof ApiError && error.routeMissing && route) return <NotAvailable route={route} what={what.charAt(0).toUpperCase() + what.slice(1)} />;
  if (error) return <ErrorMessage error={error} what={what} />;
  if (loading && !hasData) return <Loading what={what} />;
  return null;
}
