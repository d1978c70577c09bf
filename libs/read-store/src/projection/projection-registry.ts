import type { ReadDocument } from '../read-store.port.js';
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
