/** Pauses between retries of failing work: doubling from `initialMs` up to `maxMs`, and back to `initialMs` after a success. */
export class Backoff {
  private failures = 0;

  constructor(
    private readonly initialMs: number,
    private readonly maxMs: number,
  ) {}

  /** The pause before the next retry; each call counts one more failure. */
  next(): number {
    const ms = Math.min(this.maxMs, this.initialMs * 2 ** this.failures);
    if (ms < this.maxMs) this.failures++;
    return ms;
  }

  reset(): void {
    this.failures = 0;
  }
}
