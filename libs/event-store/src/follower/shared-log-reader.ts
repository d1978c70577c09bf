import type { LogSource, Positioned } from './log-follower.js';

/**
 * One reading of a log for many followers (the projections and processes of a runner catching up
 * together): keeps the last `capacity` items read as one unbroken run of the log and serves every
 * read that starts inside it from memory, reading from the source only what lies past its end.
 * A read that starts before the run (a rebuild from 0 beside followers at the head) goes to the
 * source and leaves the run as it is. Items are frozen: they are shared.
 */
export class SharedLogReader<T extends Positioned> implements LogSource<T> {
  private run: T[] = [];
  /** The run holds every item with `from < position <= to`. */
  private from = 0;
  private to = 0;
  private empty = true;

  constructor(
    private readonly source: LogSource<T>,
    private readonly capacity = 10_000,
  ) {}

  async read(after: number, maxCount: number): Promise<T[]> {
    if (this.empty || after > this.to) {
      const items = await this.source.read(after, maxCount);
      this.restart(after, items);
      return items;
    }
    if (after < this.from) return this.source.read(after, maxCount);
    const start = this.indexAfter(after);
    const served = this.run.slice(start, start + maxCount);
    if (served.length === maxCount) return served;
    const to = this.to;
    const more = await this.source.read(to, maxCount - served.length);
    if (this.to === to) this.extend(more);
    return served.concat(more.map(freeze));
  }

  private restart(after: number, items: readonly T[]) {
    this.run = items.map(freeze);
    this.from = after;
    this.to = items.at(-1)?.position ?? after;
    this.empty = false;
  }

  private extend(items: readonly T[]) {
    if (items.length === 0) return;
    for (const item of items) this.run.push(freeze(item));
    this.to = items.at(-1)!.position;
    const excess = this.run.length - this.capacity;
    if (excess > 0) {
      this.from = this.run[excess - 1]!.position;
      this.run = this.run.slice(excess);
    }
  }

  /** The index of the first item after `position`. */
  private indexAfter(position: number): number {
    let low = 0;
    let high = this.run.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.run[middle]!.position <= position) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

function freeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const nested of Object.values(value)) freeze(nested);
  }
  return value;
}
