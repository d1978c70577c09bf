import { TooManyRequestsError } from '#app/eventsourcing';

interface Window {
  failures: number;
  resetAt: number;
}

const MAX_TRACKED = 10_000;

/**
 * Counts failed authentications per client IP in fixed windows; past the limit, the IP gets 429
 * `AUTH.TOO_MANY_FAILURES` with Retry-After until its window ends. Successful requests cost nothing
 * (rate limiters at hand count every request, so this small counter is our own).
 */
export class AuthFailureLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Throws while `ip` is over the limit. */
  check(ip: string): void {
    if (this.limit === 0) return;
    const window = this.current(ip);
    if (window && window.failures >= this.limit) {
      const retryAfterSeconds = Math.max(1, Math.ceil((window.resetAt - this.now()) / 1000));
      throw new TooManyRequestsError('AUTH.TOO_MANY_FAILURES', `Too many failed authentications from this address; retry in ${retryAfterSeconds} s`, { retryAfterSeconds });
    }
  }

  failed(ip: string): void {
    if (this.limit === 0) return;
    const window = this.current(ip);
    if (window) window.failures++;
    else {
      if (this.windows.size >= MAX_TRACKED) this.prune();
      this.windows.set(ip, { failures: 1, resetAt: this.now() + this.windowMs });
    }
  }

  private current(ip: string): Window | undefined {
    const window = this.windows.get(ip);
    if (window && window.resetAt <= this.now()) {
      this.windows.delete(ip);
      return undefined;
    }
    return window;
  }

  private prune(): void {
    const now = this.now();
    for (const [ip, window] of this.windows) if (window.resetAt <= now) this.windows.delete(ip);
    if (this.windows.size >= MAX_TRACKED) this.windows.delete(this.windows.keys().next().value!);
  }
}
