import type { Event } from '#app/eventsourcing';

/**
 * What a projection does with each event type of the streams it reads: `apply` it or `ignore` it.
 * Typed over the whole union, so a new event type fails the type check until it is answered.
 */
export type EventHandling<E extends Event> = { readonly [T in E['type']]: 'apply' | 'ignore' };

/** The event types a handling table applies. */
export type Applied<H> = { [T in keyof H]: H[T] extends 'apply' ? T : never }[keyof H] & string;

/** A projection that says, for every event type of the unions it reads, what it does with it. */
export interface Handles<E extends Event> {
  readonly handling: EventHandling<E>;
}

/** The `eventTypes` of a projection: exactly the types its handling table applies. */
export function appliedTypes<H extends Readonly<Record<string, 'apply' | 'ignore'>>>(handling: H): Applied<H>[] {
  return Object.keys(handling).filter((type) => handling[type] === 'apply') as Applied<H>[];
}
