/** Nest's Logger fits this shape; `fields` are structured data of the line (the correlation id of the event it is about). */
export interface FollowerLogger {
  log(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/**
 * One holder's hold on a named lease that lets one follower at a time, among all processes, follow
 * for a client; the read store's LeaseKeeper is one. The client fences its commits with it.
 */
export interface FollowerLease {
  readonly name: string;
  readonly holder: string;
  /** Takes or renews the lease; resolves whether it is held. */
  renew(): Promise<boolean>;
  /** Whether the last renewal succeeded and its term has not run out since, by this holder's clock. */
  holds(): boolean;
  /** Drops the lease locally, after a fenced commit found that another holder took it over. */
  forget(): void;
  release(): Promise<void>;
  /** The lease as recorded (expired or not), or null when nobody holds it. */
  current(): Promise<{ holder: string; expiresAt: number } | null>;
  /** Whether a fenced commit failed because another holder took the lease. */
  isLost(error: unknown): boolean;
}

export function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}
