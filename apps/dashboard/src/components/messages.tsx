import type { ComponentChildren } from 'preact';
import { ApiError } from '../api.js';
import { errorSentence } from '../i18n/errors.js';
import { currentLocale } from '../i18n/locale.js';
import { useT } from '../i18n/messages.js';

/** An API error inline: the sentence for its code in the reader's language, the server's detail, the code and the route. */
export function ErrorMessage({ error, what }: { error: unknown; what?: string }) {
  const t = useT();
  if (error instanceof ApiError) {
    const title =
      error.status === 403 ? t.errors.notAllowed : error.status === 404 ? t.errors.notFound : error.status === 0 ? t.errors.unreachable : error.status >= 500 ? t.errors.serverFailed : t.errors.refused;
    const sentence = errorSentence(error.code, currentLocale());
    return (
      <div class="message message-error" role="alert" data-error-code={error.code}>
        <p>
          <span aria-hidden="true">⚠ </span>
          <strong>{title}</strong>
          {what ? t.errors.whileLoading(what) : ''}: {sentence ?? error.message}
        </p>
        {sentence && sentence !== error.message && (
          <p class="message-server" lang="en">
            {error.message}
          </p>
        )}
        {error.fields.length > 0 && (
          <ul>
            {error.fields.map((f) => (
              <li key={f.field}>
                <code>{f.field}</code>: {f.messages.join('; ')}
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
        <strong>{t.errors.wrong}</strong>
        {what ? t.errors.whileLoading(what) : ''}: {error instanceof Error ? error.message : String(error)}
      </p>
    </div>
  );
}

/** A route this server does not (yet) have: the feature is off here, which is not an error of the user's. */
export function NotAvailable({ route, what }: { route: string; what: string }) {
  const t = useT();
  return (
    <div class="message message-unavailable" role="status" data-unavailable={route}>
      <p>
        <span aria-hidden="true">ⓘ </span>
        <strong>{t.errors.notAvailable(what)}</strong> {t.errors.notAvailableHelp(route)}
      </p>
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  const t = useT();
  return (
    <p class="loading" role="status">
      {t.common.loading(what)}
    </p>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="empty">{children}</p>;
}

export function Notice({ kind, children, testId }: { kind: 'success' | 'info' | 'warning'; children: ComponentChildren; testId?: string }) {
  return (
    <div class={`message message-${kind}`} role={kind === 'warning' ? 'alert' : 'status'} data-testid={testId}>
      {children}
    </div>
  );
}

/** What a query shows while loading, on error and when its route is missing. */
export function QueryStatus({ error, loading, hasData, what, route }: { error: unknown; loading: boolean; hasData: boolean; what: string; route?: string }) {
  if (error instanceof ApiError && error.routeMissing && route) return <NotAvailable route={route} what={what} />;
  if (error) return <ErrorMessage error={error} what={what} />;
  if (loading && !hasData) return <Loading what={what} />;
  return null;
}
