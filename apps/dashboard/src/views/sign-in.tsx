import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, request } from '../api.js';
import { ErrorMessage } from '../components/messages.js';
import { formatDateTime } from '../format.js';
import { messages, useT } from '../i18n/messages.js';
import { readToken, TokenProblem, type Session } from '../session.js';
import type { Role } from '../types.js';

/** The development sign-in answers only requests that carry this header (a cross-site form or page cannot send it). */
const DEV_HEADERS = { 'x-salesflow-dev': '1' };

interface Preset {
  sub: string;
  name: string;
  role: Role;
  teams: string;
}

const PRESETS: Preset[] = [
  { sub: 'max', name: 'Max Manager', role: 'manager', teams: 'north, south' },
  { sub: 'sue', name: 'Sue Supervisor', role: 'supervisor', teams: 'north' },
  { sub: 'ann', name: 'Ann Sales', role: 'salesperson', teams: 'north' },
  { sub: 'bob', name: 'Bob Sales', role: 'salesperson', teams: 'north' },
  { sub: 'ada', name: 'Ada Auditor', role: 'auditor', teams: '' },
  { sub: 'ari', name: 'Ari Analyst', role: 'analyst', teams: '' },
];


/** Asks the API whether it accepts the token (any authenticated read will do). */
async function verify(session: Session): Promise<void> {
  await request('/api/plans?limit=1', { token: session.token, quiet401: true });
}

function describe(error: unknown): { code: string; message: string } | null {
  const t = messages().signIn;
  if (error instanceof TokenProblem) {
    const message = error.code === 'AUTH.TOKEN_MISSING' ? t.pasteFirst : error.code === 'AUTH.TOKEN_EXPIRED' && error.expiresAt ? t.expiredOn(formatDateTime(new Date(error.expiresAt).toISOString())) : error.code === 'AUTH.TOKEN_MALFORMED' && error.message.includes('JSON') ? t.unreadable : error.code === 'AUTH.TOKEN_MALFORMED' ? t.notJwt : error.message;
    return { code: error.code, message };
  }
  if (error instanceof ApiError && error.status === 401) {
    const reason = error.code === 'AUTH.TOKEN_EXPIRED' ? t.apiExpired : error.code === 'AUTH.TOKEN_INVALID' ? t.apiInvalid(error.message) : error.message;
    return { code: error.code, message: reason };
  }
  return null;
}

export function SignIn({ notice, onSignedIn, languageSwitch }: { notice: string | null; onSignedIn: (session: Session) => void; languageSwitch?: ComponentChildren }) {
  const t = useT();
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<{ code: string; message: string } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [devMode, setDevMode] = useState<{ roles: Role[] } | null>(null);
  const [preset, setPreset] = useState(0);
  const [dev, setDev] = useState({ sub: PRESETS[0]!.sub, name: PRESETS[0]!.name, role: PRESETS[0]!.role as Role, teams: PRESETS[0]!.teams });
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
    const controller = new AbortController();
    request<{ developmentSecret: boolean; roles: Role[] }>('/api/dev', { token: null, signal: controller.signal, headers: DEV_HEADERS }).then(
      (mode) => setDevMode(mode.developmentSecret ? { roles: mode.roles } : null),
      () => setDevMode(null),
    );
    return () => controller.abort();
  }, []);

  async function attempt(session: () => Promise<Session> | Session) {
    setBusy(true);
    setProblem(null);
    setFailure(null);
    try {
      const candidate = await session();
      await verify(candidate);
      onSignedIn(candidate);
    } catch (error) {
      const known = describe(error);
      if (known) setProblem(known);
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  function choosePreset(index: number) {
    setPreset(index);
    const p = PRESETS[index];
    if (p) setDev({ sub: p.sub, name: p.name, role: p.role, teams: p.teams });
  }

  return (
    <main id="main" class="sign-in">
      {languageSwitch}
      <h1 tabIndex={-1} ref={heading}>
        {t.signIn.heading}
      </h1>
      {notice && (
        <div class="message message-warning" role="alert" data-testid="sign-in-notice">
          <p>
            <span aria-hidden="true">⚠ </span>
            {notice}
          </p>
        </div>
      )}
      {problem && (
        <div class="message message-error" role="alert" data-error-code={problem.code} data-testid="sign-in-problem">
          <p>
            <span aria-hidden="true">⚠ </span>
            <strong>{t.signIn.notSignedIn}</strong> {problem.message}
          </p>
          <p class="message-detail">{problem.code}</p>
        </div>
      )}
      {failure !== null && <ErrorMessage error={failure} what={t.signIn.check} />}

      <section aria-labelledby="paste-heading" class="panel">
        <h2 id="paste-heading">{t.signIn.withToken}</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void attempt(() => readToken(token));
          }}
        >
          <label for="token">{t.signIn.token}</label>
          <textarea id="token" name="token" rows={4} spellcheck={false} autocomplete="off" value={token} onInput={(e) => setToken(e.currentTarget.value)} aria-describedby="token-help" />
          <p id="token-help" class="help">
            {t.signIn.tokenHelp}
          </p>
          <button type="submit" disabled={busy}>
            {t.signIn.submit}
          </button>
        </form>
      </section>

      {devMode && (
        <section aria-labelledby="dev-heading" class="panel panel-dev" data-testid="dev-sign-in">
          <h2 id="dev-heading">{t.signIn.dev}</h2>
          <p class="help">{t.signIn.devHelp}</p>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void attempt(async () => {
                const teams = dev.teams.split(/[\s,]+/).filter(Boolean);
                const { token: minted } = await request<{ token: string }>('/api/dev/tokens', {
                  token: null,
                  headers: DEV_HEADERS,
                  method: 'POST',
                  body: { sub: dev.sub.trim(), name: dev.name.trim() || undefined, roles: [dev.role], teams },
                });
                return readToken(minted);
              });
            }}
          >
            <label for="dev-preset">{t.signIn.preset}</label>
            <select id="dev-preset" value={String(preset)} onChange={(e) => choosePreset(Number(e.currentTarget.value))}>
              {PRESETS.map((p, i) => (
                <option key={p.sub} value={String(i)}>
                  {`${p.name} — ${(t.roles as Record<string, string>)[p.role] ?? p.role}${p.teams ? ` · ${p.teams}` : ''}`}
                </option>
              ))}
            </select>
            <div class="field-row">
              <div>
                <label for="dev-sub">{t.signIn.userId}</label>
                <input id="dev-sub" value={dev.sub} required onInput={(e) => setDev({ ...dev, sub: e.currentTarget.value })} />
              </div>
              <div>
                <label for="dev-name">{t.signIn.name}</label>
                <input id="dev-name" value={dev.name} onInput={(e) => setDev({ ...dev, name: e.currentTarget.value })} />
              </div>
              <div>
                <label for="dev-role">{t.signIn.role}</label>
                <select id="dev-role" value={dev.role} onChange={(e) => setDev({ ...dev, role: e.currentTarget.value as Role })}>
                  {devMode.roles.map((r) => (
                    <option key={r} value={r}>
                      {(t.roles as Record<string, string>)[r] ?? r}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label for="dev-teams">{t.signIn.teams}</label>
                <input id="dev-teams" value={dev.teams} aria-describedby="dev-teams-help" onInput={(e) => setDev({ ...dev, teams: e.currentTarget.value })} />
              </div>
            </div>
            <p id="dev-teams-help" class="help">
              {t.signIn.teamsHelp}
            </p>
            <button type="submit" disabled={busy}>
              {t.signIn.as(dev.name.trim() || dev.sub)}
            </button>
          </form>
        </section>
      )}
    </main>
  );
}
