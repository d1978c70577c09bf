import { ValidationError } from './errors.js';

/**
 * Event schema versions live in the type: `PlanApproved` is version 1, `PlanApproved.v2` version 2.
 * A persisted shape is never edited; a breaking change adds the next version and an upcaster from
 * the previous one, and readers are given the newest version whatever the log holds.
 */
export interface EventTypeVersion {
  name: string;
  version: number;
}

const VERSIONED = /^(.+)\.v([1-9]\d*)$/;

export function eventTypeVersion(type: string): EventTypeVersion {
  const match = VERSIONED.exec(type);
  return match ? { name: match[1]!, version: Number(match[2]) } : { name: type, version: 1 };
}

export function versionedType(name: string, version: number): string {
  return version === 1 ? name : `${name}.v${version}`;
}

/** Turns the data of one stored version into the data of the next version of the same event. */
export interface Upcaster {
  /** The stored type it reads, e.g. `TeamSummarySubmitted` (version 1). */
  readonly fromType: string;
  /** The type it produces: the next version of the same name, e.g. `TeamSummarySubmitted.v2`. */
  readonly toType: string;
  /** Pure: gives every field the new version adds its defined default; never reads the clock or other events. */
  upcast(data: unknown, metadata: Readonly<Record<string, unknown>>): unknown;
}

/**
 * The upcasters of the system, keyed by stored type. `upcast` applies them one version at a time
 * until none applies, so a v1 event reaches v3 through v2. Events of other types are returned as
 * they are (the same object), so reading through it costs nothing for them.
 */
export class UpcasterChain {
  private readonly byType = new Map<string, Upcaster>();

  constructor(upcasters: readonly Upcaster[]) {
    for (const upcaster of upcasters) {
      const from = eventTypeVersion(upcaster.fromType);
      const to = eventTypeVersion(upcaster.toType);
      if (from.name !== to.name || to.version !== from.version + 1) {
        throw new ValidationError(
          'UPCASTER.INVALID',
          `An upcaster turns one version into the next of the same event: ${upcaster.fromType} → ${upcaster.toType} does not`,
        );
      }
      if (this.byType.has(upcaster.fromType)) throw new ValidationError('UPCASTER.DUPLICATE', `Two upcasters read ${upcaster.fromType}`);
      this.byType.set(upcaster.fromType, upcaster);
    }
  }

  get size(): number {
    return this.byType.size;
  }

  handles(type: string): boolean {
    return this.byType.has(type);
  }

  upcast<T extends { type: string; data: unknown; metadata?: unknown }>(event: T): T {
    let current = event;
    for (let upcaster = this.byType.get(current.type); upcaster; upcaster = this.byType.get(current.type)) {
      const metadata = (current.metadata ?? {}) as Readonly<Record<string, unknown>>;
      current = { ...current, type: upcaster.toType, data: upcaster.upcast(current.data, metadata) };
    }
    return current;
  }
}
