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

/**
 * Hands out turns of the event loop to loops of synchronous work (followers' batches, a
 * verification's pages): each awaits `next()` before a step, and one waiter is let go per turn, so
 * however many loops run at once, timers and requests wait behind one step at most.
 */
export class LoopTurns {
  private readonly waiting: (() => void)[] = [];
  private scheduled = false;

  /** Resolves in a later turn of the event loop, after the loops that asked earlier had theirs. */
  next(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.schedule();
    });
  }

  private schedule() {
    if (this.scheduled || this.waiting.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.waiting.shift()!();
      this.schedule();
    });
  }
}

/** The turns of this process's one event loop, shared by every loop of synchronous work in it. */
export const eventLoopTurns = new LoopTurns();
