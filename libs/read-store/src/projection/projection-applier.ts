import { deepFreeze, type Event, type RecordedEvent } from '#app/eventsourcing';
import type { LogCursor } from '#app/event-store';
import type { LeaseKeeper } from '../lease-keeper.js';
import type { ReadDocument, ReadStore, ReadStoreTransaction } from '../read-store.port.js';
import type { ParkedEvents } from './parked-events.js';
import type { ParkedEvent, Projection, RecordedOf } from './projection.js';
import type { ProjectionRegistry, ProjectionTarget } from './projection-registry.js';

/** A document a committed batch wrote (`document`) or deleted (null), and what it was before the batch. */
export interface DocumentChange {
  id: string;
  document: ReadDocument | null;
  previous: ReadDocument | null;
}

/** What one unit of work of a projection committed: its documents, from `after` to `checkpoint`. */
export interface AppliedBatch {
  projection: string;
  target: ProjectionTarget;
  after: number;
  checkpoint: number;
  changes: readonly DocumentChange[];
}

/**
 * Applies batches of the log to one physical collection of a projection: loads the documents the
 * batch touches once, folds the events with the projection's pure `evolve`, and commits documents,
 * parked events and the new checkpoint in one unit of work fenced by the lease, so a crash at any
 * point resumes exactly after the last committed batch. Events `evolve` or `keys` throws on are parked.
 */
export class ProjectionApplier {
  private readonly handled: ReadonlySet<string>;
  private readonly label: string;

  constructor(
    private readonly projection: Projection,
    private readonly readStore: ReadStore,
    private readonly registry: ProjectionRegistry,
    private readonly lease: LeaseKeeper,
    private readonly parked: ParkedEvents,
    private readonly committed: (batch: AppliedBatch) => void,
  ) {
    this.handled = new Set(projection.eventTypes);
    this.label = `Projection ${projection.name}`;
  }

  /** The cursor of the collection `target()` names when asked; null names none to follow now. */
  cursor(target: () => ProjectionTarget | null): LogCursor {
    return {
      checkpoint: async () => {
        const current = target();
        return current ? this.registry.checkpointOf(current) : null;
      },
      apply: (events, after) => this.apply(target()!, events, after),
    };
  }

  async apply(target: ProjectionTarget, events: readonly RecordedEvent[], after: number): Promise<void> {
    const { changes, parked } = await this.fold(target, events);
    const checkpoint = events[events.length - 1]!.position;
    await this.readStore.transaction((tx) => {
      this.lease.fence(tx);
      write(tx, target, changes);
      this.parked.write(tx, parked);
      tx.setCheckpoint(target.checkpoint, checkpoint);
    });
    this.parked.report(this.label, parked, events);
    this.committed({ projection: this.projection.name, target, after, checkpoint, changes });
  }

  /** The writes that apply one event to the current documents of `target`; throws what `keys` or `evolve` throw. */
  async reapply(target: ProjectionTarget, event: RecordedEvent): Promise<(tx: ReadStoreTransaction) => void> {
    if (!this.handled.has(event.type)) return () => undefined;
    const ids = keysOf(this.projection, event);
    const current = new Map((await this.readStore.getMany(target.collection, ids)).map((d) => [d.id, deepFreeze(d)]));
    const changes = ids.map((id): DocumentChange => ({ id, document: evolveOne(this.projection, current.get(id) ?? null, event, id), previous: current.get(id) ?? null }));
    return (tx) => write(tx, target, changes);
  }

  private async fold(target: ProjectionTarget, events: readonly RecordedEvent[]) {
    const parked: ParkedEvent[] = [];
    const touching: { event: RecordedEvent; ids: string[] }[] = [];
    for (const event of events) {
      if (!this.handled.has(event.type)) continue;
      try {
        touching.push({ event, ids: keysOf(this.projection, event) });
      } catch (error) {
        parked.push(this.parked.record(this.projection.name, target.collection, event, error));
      }
    }
    const loaded = new Map<string, ReadDocument>();
    const ids = [...new Set(touching.flatMap((t) => t.ids))];
    for (const document of await this.readStore.getMany(target.collection, ids)) loaded.set(document.id, deepFreeze(document));
    const documents = new Map<string, ReadDocument | null>(loaded);
    const changed = new Set<string>();
    for (const { event, ids } of touching) {
      try {
        const next = ids.map((id) => [id, evolveOne(this.projection, documents.get(id) ?? null, event, id)] as const);
        for (const [id, document] of next) {
          documents.set(id, document);
          changed.add(id);
        }
      } catch (error) {
        parked.push(this.parked.record(this.projection.name, target.collection, event, error));
      }
    }
    const changes = [...changed].map((id): DocumentChange => ({ id, document: documents.get(id) ?? null, previous: loaded.get(id) ?? null }));
    return { changes, parked };
  }
}

function write(tx: ReadStoreTransaction, target: ProjectionTarget, changes: readonly DocumentChange[]) {
  for (const { id, document } of changes) {
    if (document) tx.upsert(target.collection, document);
    else tx.delete(target.collection, id);
  }
}

function keysOf(projection: Projection, event: RecordedEvent): string[] {
  const keys: unknown = projection.keys(event as unknown as RecordedOf<Event>);
  if (!Array.isArray(keys) || keys.some((k) => typeof k !== 'string' || k.length === 0)) {
    throw new TypeError(`keys() must return an array of non-empty strings, got ${JSON.stringify(keys)}`);
  }
  return [...new Set(keys as string[])];
}

function evolveOne(projection: Projection, document: ReadDocument | null, event: RecordedEvent, id: string): ReadDocument | null {
  const next: unknown = projection.evolve(document, event as unknown as RecordedOf<Event>, id);
  if (next === null) return null;
  if (typeof next !== 'object' || Array.isArray(next)) throw new TypeError(`evolve() must return a document or null, got ${String(next)}`);
  // Freezing (not a JSON round trip) keeps unchanged sub-objects shared, so a batch costs what it changes;
  // the store serialises once at commit.
  return deepFreeze({ ...(next as ReadDocument), id });
}

