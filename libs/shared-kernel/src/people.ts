/** Someone who acted on a stream, with the name the metadata of their latest event gave. */
export interface Person {
  id: string;
  name: string;
}

/** `people` with the actor of an event in it, under the name this event gives; system processes are not people. */
export function withActor(people: readonly Person[], metadata: { actorId?: unknown; actorName?: unknown; actorRole?: unknown }): Person[] {
  const { actorId, actorName, actorRole } = metadata;
  if (typeof actorId !== 'string' || actorId === '' || actorRole === 'system') return [...people];
  const person = { id: actorId, name: typeof actorName === 'string' && actorName !== '' ? actorName : actorId };
  return people.some((p) => p.id === actorId) ? people.map((p) => (p.id === actorId ? person : p)) : [...people, person];
}
