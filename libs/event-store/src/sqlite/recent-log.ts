import { deepFreeze, type RecordedEvent } from '#app/eventsourcing';

/**
 * The newest stretch of the global log, parsed once: every follower of the log in this process
 * (each projection, each process, the live feed's subscription) reads the same batches one after
 * the other, and only the first one pays for the query and the JSON.
 *
 * It holds every event with lo < position ≤ hi (up to twice `capacity`), frozen, as long as no
 * other connection commits (SQLite's `data_version` stays put): any commit elsewhere drops it. It
 * only keeps reads that reached the head, so a follower catching up from far behind (a rebuild)
 * reads straight from SQLite without filling it; `hi` is then the head, and commits of this
 * connection extend it directly.
 */
export class RecentLog {
  private events: RecordedEvent[] = [];
  private lo = 0;
  private hi = 0;
  private atHead = false;
  private version = -1;

  constructor(
    private readonly capacity: number,
    private readonly dataVersion: () => number,
    private readonly query: (after: number, maxCount: number) => RecordedEvent[],
  ) {}

  read(after: number, maxCount: number): RecordedEvent[] {
    const version = this.dataVersion();
    if (version !== this.version) {
      this.forget();
      this.version = version;
    }
    if (after < this.lo || after > this.hi || this.capacity <= 0) {
      const rows = this.query(after, maxCount);
      if (after >= this.hi && rows.length < maxCount && this.capacity > 0) this.restart(after, rows, version);
      return rows;
    }
    const held = this.slice(after, maxCount);
    if (held.length === maxCount || this.atHead) return held;
    const rest = this.query(this.hi, maxCount - held.length);
    if (rest.length < maxCount - held.length) this.extend(rest, true, version);
    return held.length === 0 ? rest : held.concat(rest);
  }

  /** Whether the stretch reaches the head, so that commits of this connection are worth adding. */
  following(): boolean {
    return this.atHead && this.capacity > 0;
  }

  /** Events this connection has just committed, at positions after every other event. */
  committed(events: readonly RecordedEvent[], since: number): void {
    if (events.length === 0 || this.capacity <= 0) return;
    if (!this.atHead || since !== this.version || events[0]!.position <= this.hi) {
      this.atHead = false;
      return;
    }
    this.extend(events, true, since);
  }

  /** Another connection committed: it may have appended, and an operator may have edited or deleted rows (which verification must see). */
  private forget() {
    this.events = [];
    this.lo = 0;
    this.hi = 0;
    this.atHead = false;
  }

  private slice(after: number, maxCount: number): RecordedEvent[] {
    let low = 0;
    let high = this.events.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.events[mid]!.position <= after) low = mid + 1;
      else high = mid;
    }
    return this.events.slice(low, low + maxCount);
  }

  private restart(after: number, rows: readonly RecordedEvent[], version: number) {
    this.events = [];
    this.lo = after;
    this.hi = after;
    this.extend(rows, true, version);
  }

  private extend(rows: readonly RecordedEvent[], atHead: boolean, version: number) {
    for (const event of rows) this.events.push(deepFreeze(event));
    if (rows.length > 0) this.hi = rows[rows.length - 1]!.position;
    this.atHead = atHead && version === this.version;
    if (this.events.length > this.capacity * 2) {
      const excess = this.events.length - this.capacity;
      this.lo = this.events[excess - 1]!.position;
      this.events = this.events.slice(excess);
    }
  }
}

