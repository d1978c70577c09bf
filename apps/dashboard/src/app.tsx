import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { handleUnauthorized } from './api.js';
import { AppContext, useApp } from './context.js';
import { LiveClient, useLiveStatus, type LiveStatus } from './live.js';
import { href, useRoute, type Route } from './router.js';
import { loadStoredSession, storeSession, type Session } from './session.js';
import { CustomerDevelopmentView } from './views/customer-development.js';
import { DecisionLogView } from './views/decision-log.js';
import { FollowUpSheetView } from './views/follow-up-sheet.js';
import { PlansView } from './views/plans.js';
import { LineageView, RolloversView } from './views/rollovers.js';
import { SignIn } from './views/sign-in.js';
import { TrackingSheetView } from './views/tracking-sheet.js';

const NAV = [
  { path: '/plans', label: 'Plans', section: 'plans' },
  { path: '/rollovers', label: 'Roll-overs', section: 'rollovers' },
  { path: '/customers', label: 'Customer development', section: 'customers' },
  { path: '/decisions', label: 'Decision log', section: 'decisions' },
];

const LIVE_TEXT: Record<LiveStatus, { icon: string; text: string }> = {
  off: { icon: '○', text: 'Live updates off' },
  connecting: { icon: '◌', text: 'Connecting live updates…' },
  live: { icon: '●', text: 'Live' },
  reconnecting: { icon: '◌', text: 'Reconnecting live updates…' },
};

function View({ route }: { route: Route }) {
  const [section, id, sub] = route.segments;
  if (section === 'plans' && id && sub === 'tracking') return <TrackingSheetView planId={id} query={route.query} />;
  if (section === 'plans' && id && sub === 'follow-up') return <FollowUpSheetView planId={id} />;
  if (section === 'rollovers' && id === 'lines' && sub) return <LineageView lineId={sub} query={route.query} />;
  if (section === 'rollovers') return <RolloversView query={route.query} />;
  if (section === 'customers') return <CustomerDevelopmentView query={route.query} />;
  if (section === 'decisions') return <DecisionLogView query={route.query} openId={id ?? null} />;
  return <PlansView query={route.query} />;
}

function Shell({ route }: { route: Route }) {
  const { session, live, signOut } = useApp();
  const status = useLiveStatus(live);
  const section = route.segments[0] ?? 'plans';
  const main = useRef<HTMLElement>(null);
  const path = route.segments.join('/');

  // After navigation, move focus to the new view's heading so keyboard and screen-reader users start there.
  useEffect(() => {
    const heading = main.current?.querySelector<HTMLElement>('h1');
    if (heading && document.activeElement !== heading && !main.current?.contains(document.activeElement)) heading.focus();
  }, [path]);

  return (
    <>
      <a class="skip-link" href="#main" onClick={(e) => (e.preventDefault(), main.current?.querySelector<HTMLElement>('h1')?.focus())}>
        Skip to content
      </a>
      <header class="top">
        <p class="brand">salesflow</p>
        <nav aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.path}>
                <a href={href(item.path)} aria-current={section === item.section ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p class={`live live-${status}`} role="status" data-live={status}>
          <span aria-hidden="true">{LIVE_TEXT[status].icon} </span>
          {LIVE_TEXT[status].text}
        </p>
        <div class="user">
          <span data-testid="signed-in-as">
            {session.user.name} <span class="roles">({session.user.roles.join(', ')}{session.user.teams.length > 0 ? ` · ${session.user.teams.join(', ')}` : ''})</span>
          </span>
          <button type="button" class="link-button" onClick={() => signOut()}>
            Sign out
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
  const [session, setSession] = useState<Session | null>(() => loadStoredSession());
  const [notice, setNotice] = useState<string | null>(null);

  const signOut = useCallback((message?: string) => {
    storeSession(null);
    setSession(null);
    setNotice(message ?? null);
  }, []);

  useEffect(() => {
    handleUnauthorized((error) => signOut(`You were signed out: ${error.message} (${error.code}). Sign in again.`));
  }, [signOut]);

  // Leave when the token runs out, rather than on the first failing request.
  useEffect(() => {
    if (!session?.expiresAt) return;
    const timer = window.setTimeout(() => signOut('Your token has expired (AUTH.TOKEN_EXPIRED). Sign in again.'), Math.min(session.expiresAt - Date.now(), 2_147_483_647));
    return () => window.clearTimeout(timer);
  }, [session, signOut]);

  const live = useMemo(() => (session ? new LiveClient(session.token, (message) => signOut(`You were signed out: ${message}. Sign in again.`)) : null), [session, signOut]);
  useEffect(() => () => live?.close(), [live]);

  const value = useMemo(() => (session && live ? { session, live, signOut } : null), [session, live, signOut]);

  if (!value) {
    return (
      <SignIn
        notice={notice}
        onSignedIn={(s) => {
          storeSession(s);
          setNotice(null);
          setSession(s);
        }}
      />
    );
  }
  return (
    <AppContext.Provider value={value}>
      <Shell route={route} />
    </AppContext.Provider>
  );
}
