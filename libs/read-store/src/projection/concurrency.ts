/** Runs async sections one at a time, in call order. */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(section: () => Promise<T>): Promise<T> {
    const result = this.tail.then(section);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/** Lets loops sleep until woken or until a timeout; once closed, it never sleeps again. */
export class Wakeup {
  private readonly sleepers = new Set<() => void>();
  private closed = false;

  wait(ms: number): Promise<void> {
    if (this.closed) return Promise.resolve();
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
    for (const done of [...this.sleepers]) done();
  }

  close(): void {
    this.closed = true;
    this.wake();
  }
}
