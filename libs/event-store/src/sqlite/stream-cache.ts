import { deepFreeze, type RecordedEvent } from '#app/eventsourcing';

interface CachedStream {
  events: RecordedEvent[];
  /** The database's data version when the events were last known to be the whole stream. */
  version: number;
}

/**
 * Recently used streams, parsed and deep-frozen, up to `capacity` events in all (least recently
 * used streams go first).
 *
 * A stream only grows at its end and revisions run 0, 1, 2 …, so a cached stream is always a
 * correct prefix. Appends of this process are added as they commit; when another connection has
 * committed since (SQLite's `data_version` moved), a read asks the database for the events after
 * the cached ones.
 */
export class StreamCache {
  private readonly streams = new Map<string, CachedStream>();
  private size = 0;

  constructor(private readonly capacity: number) {}

  /** The whole stream as a new array: cached, or topped up with `readFrom(nextRevision)`. */
  read(streamName: string, version: number, readFrom: (fromRevision: number) => RecordedEvent[]): RecordedEvent[] {
    const cached = this.streams.get(streamName);
    if (cached) {
      this.streams.delete(streamName);
      this.size -= cached.events.length;
    }
    const events = cached?.events ?? [];
    if (cached?.version !== version) {
      for (const event of readFrom(events.length)) events.push(deepFreeze(event));
    }
    this.keep(streamName, { events, version });
    return events.slice();
  }

  /**
   * Events this process has just committed to the stream. They extend a cached stream that ends
   * right before them; a cached stream with a gap is dropped and read again next time.
   */
  committed(streamName: string, events: readonly RecordedEvent[]): void {
    const cached = this.streams.get(streamName);
    if (!cached || events.length === 0) return;
    this.streams.delete(streamName);
    this.size -= cached.events.length;
    if (cached.events.length !== events[0]!.revision) return;
    for (const event of events) cached.events.push(deepFreeze(event));
    this.keep(streamName, cached);
  }

  /** Whether the stream is cached, so the events of an append are worth parsing. */
  has(streamName: string): boolean {
    return this.streams.has(streamName);
  }

  private keep(streamName: string, stream: CachedStream) {
    if (stream.events.length === 0 || stream.events.length > this.capacity / 2) return;
    this.streams.set(streamName, stream);
    this.size += stream.events.length;
    for (const [name, oldest] of this.streams) {
      if (this.size <= this.capacity) break;
      this.streams.delete(name);
      this.size -= oldest.events.length;
    }
  }
}

