import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { handleUnauthorized } from './api.js';
import { AppContext, useApi, useApp } from './context.js';
import { applyLocale, currentLocale, initialLocale, LocaleContext, type Locale } from './i18n/locale.js';
import { CATALOGUES, useT } from './i18n/messages.js';
import { LiveClient, useLive, useLiveStatus, type LiveStatus } from './live.js';
import { href, useRoute, type Route } from './router.js';
import { hasRole, loadStoredSession, storeSession, type Session } from './session.js';
import type { PlanSummary } from './types.js';
import { useQuery } from './use-query.js';
import { CustomerDevelopmentView } from './views/customer-development.js';
import { DecisionLogView } from './views/decision-log.js';
import { FollowUpSheetView } from './views/follow-up-sheet.js';
import { PlanView } from './views/plan.js';
import { PlansView } from './views/plans.js';
import { ProspectView } from './views/prospect.js';
import { LineageView, RolloversView } from './views/rollovers.js';
import { SignIn } from './views/sign-in.js';
import { TrackingSheetView } from './views/tracking-sheet.js';

const LIVE_ICON: Record<LiveStatus, string> = { off: '○', connecting: '◌', live: '●', reconnecting: '◌' };

function View({ route }: { route: Route }) {
  const [section, id, sub] = route.segments;
  if (section === 'plans' && id && sub === 'tracking') return <TrackingSheetView planId={id} query={route.query} />;
  if (section === 'plans' && id && sub === 'follow-up') return <FollowUpSheetView planId={id} />;
  if (section === 'plans' && id) return <PlanView key={id} planId={id} />;
  if (section === 'rollovers' && id === 'lines' && sub) return <LineageView lineId={sub} query={route.query} />;
  if (section === 'rollovers') return <RolloversView query={route.query} />;
  if (section === 'customers' && id === 'prospects' && sub) return <ProspectView key={sub} prospectId={sub} />;
  if (section === 'customers') return <CustomerDevelopmentView query={route.query} />;
  if (section === 'decisions') return <DecisionLogView query={route.query} openId={id ?? null} />;
  return <PlansView query={route.query} />;
}

/** The manager's queue, counted in the navigation and kept current by the live feed. */
function useQueueCount(enabled: boolean): number | null {
  const { live } = useApp();
  const get = useApi();
  const queue = useQuery(enabled ? 'nav-approval-queue' : null, (signal) => get<{ items: PlanSummary[] }>('/api/approval-queue', signal));
  useLive(enabled ? live : null, ['plans-list'], queue.reload);
  return queue.data ? queue.data.items.length : null;
}

function LanguageSwitch() {
  const t = useT();
  return (
    <LocaleContext.Consumer>
      {({ locale, setLocale }) => (
        <div class="language" role="group" aria-label={`${t.app.language} / Language`}>
          {(['zh-CN', 'en'] as Locale[]).map((l) => (
            <button key={l} type="button" class="link-button" lang={l === 'zh-CN' ? 'zh-CN' : 'en'} aria-pressed={locale === l} data-locale={l} onClick={() => setLocale(l)}>
              {l === 'zh-CN' ? '中文' : 'English'}
            </button>
          ))}
        </div>
      )}
    </LocaleContext.Consumer>
  );
}

function Shell({ route }: { route: Route }) {
  const { session, live, signOut } = useApp();
  const t = useT();
  const status = useLiveStatus(live);
  const section = route.segments[0] ?? 'plans';
  const main = useRef<HTMLElement>(null);
  const path = route.segments.join('/');
  const manager = hasRole(session, 'manager');
  const waiting = useQueueCount(manager);

  useEffect(() => {
    const heading = main.current?.querySelector<HTMLElement>('h1');
    if (heading && document.activeElement !== heading && !main.current?.contains(document.activeElement)) heading.focus();
  }, [path]);

  useEffect(() => {
    document.title = t.app.title;
  }, [t]);

  const nav = [
    { path: '/plans', label: t.nav.plans, section: 'plans' },
    { path: '/rollovers', label: t.nav.rollovers, section: 'rollovers' },
    { path: '/customers', label: t.nav.customers, section: 'customers' },
    { path: '/decisions', label: t.nav.decisions, section: 'decisions' },
  ];

  return (
    <>
      <a class="skip-link" href="#main" onClick={(e) => (e.preventDefault(), main.current?.querySelector<HTMLElement>('h1')?.focus())}>
        {t.app.skip}
      </a>
      <header class="top">
        <p class="brand">{t.app.name}</p>
        <nav aria-label={t.app.mainNav}>
          <ul>
            {nav.map((item) => (
              <li key={item.path}>
                <a href={href(item.path)} aria-current={section === item.section ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
            {manager && (
              <li>
                <a href={href('/plans', { queue: '1' })} data-testid="nav-queue" aria-label={waiting === null ? t.nav.approvals : `${t.nav.approvals}: ${t.nav.waiting(waiting)}`}>
                  {t.nav.approvals}{' '}
                  <span class={`count${waiting ? ' count-on' : ''}`} data-count={waiting ?? ''} aria-hidden="true">
                    {waiting ?? '…'}
                  </span>
                </a>
              </li>
            )}
          </ul>
        </nav>
        <p class={`live live-${status}`} role="status" data-live={status}>
          <span aria-hidden="true">{LIVE_ICON[status]} </span>
          {t.live[status]}
        </p>
        <LanguageSwitch />
        <div class="user">
          <span data-testid="signed-in-as">
            {session.user.name}{' '}
            <span class="roles">
              ({session.user.roles.map((r) => (t.roles as Record<string, string>)[r] ?? r).join(', ')}
              {session.user.teams.length > 0 ? ` · ${session.user.teams.join(', ')}` : ''})
            </span>
          </span>
          <button type="button" class="link-button" onClick={() => signOut()}>
            {t.app.signOut}
          </button>
        </div>
      </header>
      <main id="main" ref={main}>
        <View route={route} />
      </main>
    </>
  );
}

export function App() {
  const route = useRoute();
  const [locale, setLocaleState] = useState<Locale>(() => {
    const chosen = initialLocale();
    applyLocale(chosen);
    return chosen;
  });
  const setLocale = useCallback((next: Locale) => {
    applyLocale(next);
    setLocaleState(next);
  }, []);
  const localeValue = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  const [session, setSession] = useState<Session | null>(() => loadStoredSession());
  const [notice, setNotice] = useState<string | null>(null);

  const signOut = useCallback((message?: string) => {
    storeSession(null);
    setSession(null);
    setNotice(message ?? null);
  }, []);

  useEffect(() => {
    handleUnauthorized((error) => signOut(CATALOGUES[locale].signIn.signedOut(error.message, error.code)));
  }, [signOut, locale]);

  // Leave when the token runs out, rather than on the first failing request.
  useEffect(() => {
    if (!session?.expiresAt) return;
    const timer = window.setTimeout(() => signOut(CATALOGUES[locale].signIn.tokenExpired), Math.min(session.expiresAt - Date.now(), 2_147_483_647));
    return () => window.clearTimeout(timer);
  }, [session, signOut, locale]);

  const live = useMemo(() => (session ? new LiveClient(session.token, () => signOut(CATALOGUES[currentLocale()].signIn.tokenExpired)) : null), [session, signOut]);
  useEffect(() => () => live?.close(), [live]);

  const value = useMemo(() => (session && live ? { session, live, signOut } : null), [session, live, signOut]);

  return (
    <LocaleContext.Provider value={localeValue}>
      {value ? (
        <AppContext.Provider value={value}>
          <Shell route={route} />
        </AppContext.Provider>
      ) : (
        <SignIn
          notice={notice}
          onSignedIn={(s) => {
            storeSession(s);
            setNotice(null);
            setSession(s);
          }}
          languageSwitch={<LanguageSwitch />}
        />
      )}
    </LocaleContext.Provider>
  );
}
