import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, request } from '../api.js';
import { ErrorMessage } from '../components/messages.js';
import { readToken, TokenProblem, type Session } from '../session.js';
import type { Role } from '../types.js';

/** The development sign-in answers only requests that carry this header (a cross-site form or page cannot send it). */
const DEV_HEADERS = { 'x-salesflow-dev': '1' };

interface Preset {
  label: string;
  sub: string;
  name: string;
  role: Role;
  teams: string;
}

const PRESETS: Preset[] = [
  { label: 'Max Manager — manager of north and south', sub: 'max', name: 'Max Manager', role: 'manager', teams: 'north, south' },
  { label: 'Sue Supervisor — supervisor of north', sub: 'sue', name: 'Sue Supervisor', role: 'supervisor', teams: 'north' },
  { label: 'Ann Sales — salesperson in north', sub: 'ann', name: 'Ann Sales', role: 'salesperson', teams: 'north' },
  { label: 'Ada Auditor — auditor (all teams)', sub: 'ada', name: 'Ada Auditor', role: 'auditor', teams: '' },
  { label: 'Ari Analyst — analyst (all teams)', sub: 'ari', name: 'Ari Analyst', role: 'analyst', teams: '' },
];

const ROLE_LABELS: Record<Role, string> = {
  salesperson: 'Salesperson',
  supervisor: 'Supervisor',
  manager: 'Manager',
  auditor: 'Auditor',
  analyst: 'Analyst',
  privacy_officer: 'Privacy officer',
};

/** Asks the API whether it accepts the token (any authenticated read will do). */
async function verify(session: Session): Promise<void> {
  await request('/api/plans?limit=1', { token: session.token, quiet401: true });
}

function describe(error: unknown): { code: string; message: string } | null {
  if (error instanceof TokenProblem) return { code: error.code, message: error.message };
  if (error instanceof ApiError && error.status === 401) {
    const reason =
      error.code === 'AUTH.TOKEN_EXPIRED'
        ? 'The API says this token has expired. Ask for a new one.'
        : error.code === 'AUTH.TOKEN_INVALID'
          ? `The API does not accept this token: ${error.message}. It may be signed for another server, or altered.`
          : error.message;
    return { code: error.code, message: reason };
  }
  return null;
}

export function SignIn({ notice, onSignedIn }: { notice: string | null; onSignedIn: (session: Session) => void }) {
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
      <h1 tabIndex={-1} ref={heading}>
        Sign in to the salesflow dashboard
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
            <strong>Not signed in:</strong> {problem.message}
          </p>
          <p class="message-detail">{problem.code}</p>
        </div>
      )}
      {failure !== null && <ErrorMessage error={failure} what="the sign-in check" />}

      <section aria-labelledby="paste-heading" class="panel">
        <h2 id="paste-heading">With a bearer token</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void attempt(() => readToken(token));
          }}
        >
          <label for="token">Bearer token</label>
          <textarea id="token" name="token" rows={4} spellcheck={false} autocomplete="off" value={token} onInput={(e) => setToken(e.currentTarget.value)} aria-describedby="token-help" />
          <p id="token-help" class="help">
            A JWT from your administrator, or from <code>npm run token -- --sub sue --role supervisor --team north</code>. It is kept in this tab only.
          </p>
          <button type="submit" disabled={busy}>
            Sign in
          </button>
        </form>
      </section>

      {devMode && (
        <section aria-labelledby="dev-heading" class="panel panel-dev" data-testid="dev-sign-in">
          <h2 id="dev-heading">Development sign-in</h2>
          <p class="help">This server uses its development secret, so it can mint a token for any user, role and team. It never offers this when AUTH_JWT_SECRET is set.</p>
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
            <label for="dev-preset">Sign in as</label>
            <select id="dev-preset" value={String(preset)} onChange={(e) => choosePreset(Number(e.currentTarget.value))}>
              {PRESETS.map((p, i) => (
                <option key={p.sub} value={String(i)}>
                  {p.label}
                </option>
              ))}
            </select>
            <div class="field-row">
              <div>
                <label for="dev-sub">User id</label>
                <input id="dev-sub" value={dev.sub} required onInput={(e) => setDev({ ...dev, sub: e.currentTarget.value })} />
              </div>
              <div>
                <label for="dev-name">Name</label>
                <input id="dev-name" value={dev.name} onInput={(e) => setDev({ ...dev, name: e.currentTarget.value })} />
              </div>
              <div>
                <label for="dev-role">Role</label>
                <select id="dev-role" value={dev.role} onChange={(e) => setDev({ ...dev, role: e.currentTarget.value as Role })}>
                  {devMode.roles.map((r) => (
                    <option key={r} value={r}>
                      {ROLE_LABELS[r] ?? r}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label for="dev-teams">Teams</label>
                <input id="dev-teams" value={dev.teams} aria-describedby="dev-teams-help" onInput={(e) => setDev({ ...dev, teams: e.currentTarget.value })} />
              </div>
            </div>
            <p id="dev-teams-help" class="help">
              Team ids, separated by commas. Auditors and analysts read every team.
            </p>
            <button type="submit" disabled={busy}>
              Sign in as {dev.name.trim() || dev.sub}
            </button>
          </form>
        </section>
      )}
    </main>
  );
}
