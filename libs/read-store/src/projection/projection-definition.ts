import { IllegalStateError, ValidationError } from '#app/eventsourcing';
import { shapesOf } from '../query-shapes.js';
import type { Projection } from './projection.js';

/** Refuses a projection the runner could not run: no name, a bad version or collection name, missing functions. */
export function validateProjection(projection: Projection): void {
  if (typeof projection.name !== 'string' || projection.name.length === 0) throw invalidDefinition('A projection needs a name');
  if (!Number.isInteger(projection.version) || projection.version < 1) {
    throw invalidDefinition(`Projection ${projection.name}: version must be a positive integer`);
  }
  if (!/^[A-Za-z][A-Za-z0-9_]{0,47}$/.test(projection.collection)) {
    throw invalidDefinition(`Projection ${projection.name}: collection must match ^[A-Za-z][A-Za-z0-9_]{0,47}$`);
  }
  shapesOf({ shapes: projection.queries });
  if (typeof projection.keys !== 'function' || typeof projection.evolve !== 'function') {
    throw invalidDefinition(`Projection ${projection.name}: keys and evolve must be functions`);
  }
}

export function invalidDefinition(message: string): ValidationError {
  return new ValidationError('PROJECTION.INVALID_DEFINITION', message);
}

/** The error of an explicit operation (catch-up, rebuild, retry) on a projection or process another process runs. */
export function leaseHeld(label: string, name: string) {
  return (lease: { holder: string; expiresAt: number } | null): IllegalStateError => {
    const holder = lease?.holder ?? 'another process';
    return new IllegalStateError('PROJECTION.LEASE_HELD', `${label} is being applied by ${holder}; run this where it is applied, or stop that process first`, {
      projection: name,
      holder,
      ...(lease ? { leaseExpiresAt: new Date(lease.expiresAt).toISOString() } : {}),
    });
  };
}
