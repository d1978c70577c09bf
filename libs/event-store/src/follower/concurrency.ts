/** Runs async sections one at a time, in call order. */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(section: () => Promise<T>): Promise<T> {
    const result = this.tail.then(section);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/**
 * Lets loops sleep until woken or until a timeout; once closed, it never sleeps again. A wake with
 * nobody asleep is remembered for the next `wait`, so news that arrives while a loop is busy is not lost.
 */
export class Wakeup {
  private readonly sleepers = new Set<() => void>();
  private pending = false;
  private closed = false;

  wait(ms: number): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.sleepers.add(done);
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  wake(): void {
    if (this.sleepers.size === 0) this.pending = true;
    for (const done of [...this.sleepers]) done();
  }

  close(): void {
    this.closed = true;
    this.wake();
  }
}

/** Lets timers and I/O callbacks run before the caller goes on; a loop over synchronous store calls awaits it between batches. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
