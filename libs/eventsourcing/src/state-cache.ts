/** A folded state and where in its stream it stands (revision -1: the stream does not exist yet). */
export interface FoldedState<S = unknown> {
  state: S;
  revision: number;
  /** Global position of the event at `revision`, 0 before the first. */
  position: number;
}

/**
 * The folded states of recently used streams, least recently used out first. A stream only grows
 * at its end, so a cached state is always a correct prefix: a reader folds the events after its
 * revision onto it, whoever appended them.
 */
export class StateCache {
  private readonly entries = new Map<string, FoldedState>();

  constructor(private readonly capacity: number) {}

  get<S>(key: string): FoldedState<S> | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry as FoldedState<S> | undefined;
  }

  /** Keeps `entry` unless the cache already holds a later revision of the same stream. */
  set(key: string, entry: FoldedState): void {
    const known = this.entries.get(key);
    if (known && known.revision > entry.revision) return;
    this.entries.delete(key);
    if (this.capacity <= 0) return;
    this.entries.set(key, entry);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}
