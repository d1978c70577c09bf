import { ROLES, type Actor, type Role } from '#app/eventsourcing';
import { readsOwnRowsOnly } from './read-access.js';

/** Someone who acted on a stream, with the name and role the metadata of their latest event gave. */
export interface Person {
  id: string;
  name: string;
  role: Role;
}

/** The actor's name as an event's metadata gives it (stored encrypted: personal data), or `fallback` (their id) without one. */
export const actorNameOf = (metadata: { actorName?: unknown }, fallback: string): string =>
  typeof metadata.actorName === 'string' && metadata.actorName !== '' ? metadata.actorName : fallback;

/** `people` with the actor of an event in it, under the name and role this event gives; system processes are not people. */
export function withActor(people: readonly Person[], metadata: { actorId?: unknown; actorName?: unknown; actorRole?: unknown }): Person[] {
  const { actorId, actorName, actorRole } = metadata;
  if (typeof actorId !== 'string' || actorId === '' || !ROLES.includes(actorRole as Role)) return [...people];
  const person = { id: actorId, name: actorNameOf({ actorName }, actorId), role: actorRole as Role };
  return people.some((p) => p.id === actorId) ? people.map((p) => (p.id === actorId ? person : p)) : [...people, person];
}

/** The people this reader may see: a salesperson sees the team's supervisors and managers and themself, not the other salespeople (canReadRow). */
export const readablePeople = (actor: Actor, people: readonly Person[]): Person[] =>
  readsOwnRowsOnly(actor) ? people.filter((p) => p.role !== 'salesperson' || p.id === actor.id) : [...people];
