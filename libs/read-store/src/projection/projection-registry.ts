import type { LeaseKeeper } from '../lease-keeper.js';
import type { ReadDocument, ReadStore, ReadStoreTransaction } from '../read-store.port.js';
import type { Projection } from './projection.js';

/** One physical collection of a projection and the name of its checkpoint. */
export interface ProjectionTarget {
  collection: string;
  version: number;
  checkpoint: string;
}

/** What the registry collection records per projection: the collection queries read, and the one being built. */
export interface RegistryEntry extends ReadDocument {
  active: ProjectionTarget;
  building: ProjectionTarget | null;
  /** Collections switched away from and not yet dropped. */
  retired: string[];
  /** Counts builds, so a rebuild of the active version gets a fresh collection name. */
  generation: number;
}

export function baseCollection(projection: Pick<Projection, 'collection' | 'version'>): string {
  return `${projection.collection}_v${projection.version}`;
}

export function targetFor(projection: Projection, active: ProjectionTarget | null, generation: number): ProjectionTarget {
  const base = baseCollection(projection);
  const collection = active?.collection === base ? `${base}_r${generation}` : base;
  return { collection, version: projection.version, checkpoint: `${projection.name}:${collection}` };
}

/** The registry collection: which physical collection of each projection serves reads, and which is being built. */
export class ProjectionRegistry {
  constructor(
    private readonly readStore: ReadStore,
    readonly collection: string,
  ) {}

  ensure(): Promise<void> {
    return this.readStore.ensureCollection(this.collection);
  }

  get(name: string): Promise<RegistryEntry | null> {
    return this.readStore.get<RegistryEntry>(this.collection, name);
  }

  /** Writes the entry (and whatever else must change with it) in one unit of work, fenced by the projection's lease. */
  save(lease: LeaseKeeper, next: RegistryEntry, alsoWrite?: (tx: ReadStoreTransaction) => void): Promise<void> {
    return this.readStore.transaction((tx) => {
      lease.fence(tx);
      tx.upsert(this.collection, next);
      alsoWrite?.(tx);
    });
  }

  async checkpointOf(target: ProjectionTarget): Promise<number> {
    return (await this.readStore.getCheckpoint(target.checkpoint)) ?? 0;
  }
}
