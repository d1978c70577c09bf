import type { LogSignal, LogSource, Wakeup } from '#app/event-store';
import type { LeaseKeeper } from '../lease-keeper.js';
import type { QueryShapes, ReadDocument, ReadStore } from '../read-store.port.js';
import type { DocumentChange } from '../projection/projection-applier.js';

/** A read-model document that changed, its team (null when the document names none) and its owners. */
export interface ChangedDocument {
  id: string;
  team: string | null;
  /**
   * The salespeople whose row the document is, before and after the change (its `salespersonId` or
   * `assignedSalespersonId`; empty when it is nobody's yet); absent for a document of the whole team.
   */
  owners?: string[];
}

/**
 * What a run of commits of one projection changed between two checkpoints, `from` and `position`,
 * in one physical collection; `documents` is null when too many changed to list.
 */
export interface ChangeEntry {
  position: number;
  from: number;
  collection: string;
  documents: readonly ChangedDocument[] | null;
}

interface StoredEntry extends ReadDocument, ChangeEntry {
  projection: string;
  seq: number;
}

export interface ChangeLogOptions {
  /** The collection where entries are kept for other processes; defaults to `projection_changes`. */
  collection?: string;
  /** How long commits are gathered into one stored entry (ms); defaults to 200. */
  flushAfterMs?: number;
}

/** Beyond this many documents, an entry says only that everything may have changed. */
const MAX_DOCUMENTS = 5_000;
/** Entries and documents kept in memory, and slots of the stored ring, per projection. */
const RECENT = 256;
const RECENT_DOCUMENTS = 10_000;
const SLOTS = 256;

/** The queries below as the read store sees them (see QueryShape): a projection's entries in log order, either way. */
export const CHANGE_LOG_QUERIES: QueryShapes = {
  entriesOfProjection: { equal: ['projection'], sort: 'position' },
};

/**
 * The documents one projection's commits changed, as its applier reports them: kept in memory for
 * readers in this process (woken at once), and gathered every `flushAfterMs` into a ring of stored
 * entries (fenced by the projection's lease) for readers in other processes. Entries chain (each
 * starts where the previous ended), so a reader that finds a gap (a holder died before storing its
 * last changes, or the ring came round) knows to start over instead of missing a change.
 */
export class ChangeLog implements LogSignal {
  private readonly recent: ChangeEntry[] = [];
  private pending: ChangeEntry[] = [];
  private readonly listeners = new Set<Wakeup>();
  private readonly collection: string;
  private readonly flushAfterMs: number;
  private seq: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();
  private ensured: Promise<void> | null = null;

  constructor(
    readonly projection: string,
    private readonly readStore: ReadStore,
    private readonly lease: LeaseKeeper,
    options: ChangeLogOptions = {},
  ) {
    this.collection = options.collection ?? 'projection_changes';
    this.flushAfterMs = options.flushAfterMs ?? 200;
  }

  /** Entries after `position`, from memory while this process writes the projection, otherwise from the store. */
  readonly source: LogSource<ChangeEntry> = {
    read: async (after, maxCount) => {
      const first = this.recent.findIndex((entry) => entry.position > after);
      const inMemory = this.lease.holds() && (first < 0 ? this.recent.length > 0 : this.recent[first]!.from <= after);
      if (inMemory) return first < 0 ? [] : this.recent.slice(first, first + maxCount);
      await this.ensure();
      const page = await this.readStore.find<StoredEntry>(this.collection, {
        where: { projection: this.projection },
        range: { position: { gt: after } },
        sort: { field: 'position', direction: 'asc' },
        limit: Math.min(maxCount, 1000),
      });
      return page.items.map(({ position, from, collection, documents }) => ({ position, from, collection, documents }));
    },
  };

  listen(wakeup: Wakeup): () => Promise<void> {
    this.listeners.add(wakeup);
    return async () => void this.listeners.delete(wakeup);
  }

  ensure(): Promise<void> {
    this.ensured ??= this.readStore.ensureCollection(this.collection, { shapes: Object.values(CHANGE_LOG_QUERIES) }).catch((error: unknown) => {
      this.ensured = null;
      throw error;
    });
    return this.ensured;
  }

  /** A batch this process committed to the active collection. */
  committed(collection: string, from: number, position: number, changes: readonly DocumentChange[]): void {
    const documents: ChangedDocument[] = [];
    for (const { id, document, previous } of changes) {
      if (!document && !previous) continue;
      const owners = ownersOf(document, previous);
      documents.push({ id, team: teamOf(document) ?? teamOf(previous), ...(owners ? { owners } : {}) });
    }
    this.add({ position, from, collection, documents: documents.length > MAX_DOCUMENTS ? null : documents });
  }

  /** Another holder may have written since this process last did: find where the stored ring goes on. */
  restart(): void {
    this.seq = null;
  }

  /** Stores what is gathered now (before the lease is released). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.flushing = this.flushing.then(() => this.store()).catch(() => {
      this.seq = null;
    });
    return this.flushing;
  }

  private add(entry: ChangeEntry) {
    merge(this.recent, entry, true);
    while (this.recent.length > 1 && (this.recent.length > RECENT || this.recent.reduce((n, e) => n + (e.documents?.length ?? 0), 0) > RECENT_DOCUMENTS)) this.recent.shift();
    merge(this.pending, entry, false);
    this.timer ??= setTimeout(() => void this.flush(), this.flushAfterMs).unref();
    for (const listener of this.listeners) listener.wake();
  }

  private async store() {
    const entries = this.pending;
    this.pending = [];
    if (entries.length === 0) return;
    if (this.seq === null) {
      const newest = await this.readStore.find<StoredEntry>(this.collection, { where: { projection: this.projection }, sort: { field: 'position', direction: 'desc' }, limit: 1 });
      this.seq = (newest.items[0]?.seq ?? -1) + 1;
    }
    let seq = this.seq;
    await this.readStore.transaction((tx) => {
      this.lease.fence(tx);
      for (const entry of entries) {
        tx.upsert<StoredEntry>(this.collection, { ...entry, id: `${this.projection}:${seq % SLOTS}`, projection: this.projection, seq });
        seq++;
      }
    });
    this.seq = seq;
  }
}

/**
 * Appends `entry`, or folds it into the last entry when it continues it in the same collection:
 * in memory only runs of entries without documents (so a reader never sees a document twice), in
 * what waits to be stored every run.
 */
function merge(entries: ChangeEntry[], entry: ChangeEntry, onlyEmpty: boolean) {
  const last = entries[entries.length - 1];
  const continues = last && last.collection === entry.collection && last.position === entry.from;
  const empty = last?.documents?.length === 0 && entry.documents?.length === 0;
  if (!continues || (onlyEmpty && !empty)) {
    entries.push(entry);
    return;
  }
  const documents = last.documents && entry.documents ? union(last.documents, entry.documents) : null;
  entries[entries.length - 1] = { ...last, position: entry.position, documents: documents && documents.length > MAX_DOCUMENTS ? null : documents };
}

/** One document's two changes as one: its team, and every owner it had (a document of the whole team stays one). */
export function mergeChanged(earlier: ChangedDocument | undefined, later: ChangedDocument): ChangedDocument {
  const owners = earlier?.owners === undefined && later.owners === undefined ? undefined : [...new Set([...(earlier?.owners ?? []), ...(later.owners ?? [])])];
  return { id: later.id, team: later.team ?? earlier?.team ?? null, ...(owners ? { owners } : {}) };
}

function union(a: readonly ChangedDocument[], b: readonly ChangedDocument[]): ChangedDocument[] {
  const byId = new Map(a.map((d) => [d.id, d]));
  for (const d of b) byId.set(d.id, mergeChanged(byId.get(d.id), d));
  return [...byId.values()];
}

const OWNER_FIELDS = ['salespersonId', 'assignedSalespersonId'] as const;

function ownersOf(...documents: (ReadDocument | null)[]): string[] | undefined {
  let owned = false;
  const owners = new Set<string>();
  for (const document of documents) {
    const field = document ? OWNER_FIELDS.find((name) => Object.hasOwn(document, name)) : undefined;
    if (!document || !field) continue;
    owned = true;
    const owner = (document as unknown as Record<string, unknown>)[field];
    if (typeof owner === 'string' && owner !== '') owners.add(owner);
  }
  return owned ? [...owners] : undefined;
}

function teamOf(document: ReadDocument | null): string | null {
  const team = (document as { team?: unknown } | null)?.team;
  return typeof team === 'string' && team !== '' ? team : null;
}
