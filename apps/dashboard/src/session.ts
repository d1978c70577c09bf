import type { Role } from './types.js';

export interface Session {
  token: string;
  user: { id: string; name: string; roles: Role[]; teams: string[] };
  /** Epoch milliseconds, when the token says. */
  expiresAt: number | null;
}

const STORAGE_KEY = 'salesflow.session.token';
const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

export class TokenProblem extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly expiresAt?: number,
  ) {
    super(message);
  }
}

function decodePart(part: string): unknown {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/**
 * Reads what a token says about its user, to show it; the API alone decides whether the token is
 * valid. Throws TokenProblem for what is visibly wrong (not a JWT, expired).
 */
export function readToken(input: string, now = Date.now()): Session {
  const token = input.trim().replace(/^Bearer\s+/i, '');
  if (token === '') throw new TokenProblem('AUTH.TOKEN_MISSING', 'Paste a bearer token first.');
  if (!JWT.test(token)) throw new TokenProblem('AUTH.TOKEN_MALFORMED', 'That is not a bearer token: a token is three dot-separated parts (a JWT).');
  let claims: Record<string, unknown>;
  try {
    claims = decodePart(token.split('.')[1]!) as Record<string, unknown>;
  } catch {
    throw new TokenProblem('AUTH.TOKEN_MALFORMED', 'That token cannot be read: its middle part is not JSON.');
  }
  const expiresAt = typeof claims.exp === 'number' ? claims.exp * 1000 : null;
  if (expiresAt !== null && expiresAt <= now) {
    throw new TokenProblem('AUTH.TOKEN_EXPIRED', `This token expired on ${new Date(expiresAt).toISOString()}. Ask for a new one.`, expiresAt);
  }
  const id = typeof claims.sub === 'string' ? claims.sub : '';
  return {
    token,
    user: {
      id,
      name: typeof claims.name === 'string' && claims.name !== '' ? claims.name : id,
      roles: Array.isArray(claims.roles) ? (claims.roles.filter((r) => typeof r === 'string') as Role[]) : [],
      teams: Array.isArray(claims.teams) ? claims.teams.filter((t): t is string => typeof t === 'string') : [],
    },
    expiresAt,
  };
}

/** Kept per tab (sessionStorage): closing the tab signs out. */
export function loadStoredSession(): Session | null {
  try {
    const token = sessionStorage.getItem(STORAGE_KEY);
    return token ? readToken(token) : null;
  } catch {
    sessionStorage.removeItem(STORAGE_KEY);
    return null;
  }
}

export function storeSession(session: Session | null): void {
  if (session) sessionStorage.setItem(STORAGE_KEY, session.token);
  else sessionStorage.removeItem(STORAGE_KEY);
}

export const hasRole = (session: Session, role: Role) => session.user.roles.includes(role);
export const readsEverything = (session: Session) => hasRole(session, 'auditor') || hasRole(session, 'analyst');
