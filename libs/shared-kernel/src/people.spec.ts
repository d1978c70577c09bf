import { describe, expect, it } from '@jest/globals';
import { withActor } from './people.js';

describe('the people who acted on a stream', () => {
  it('adds an actor once, keeps the first-seen order and takes the name of their latest event', () => {
    let people = withActor([], { actorId: 'sue', actorName: 'Sue', actorRole: 'supervisor' });
    people = withActor(people, { actorId: 'max', actorName: 'Max', actorRole: 'manager' });
    people = withActor(people, { actorId: 'sue', actorName: 'Sue Supervisor', actorRole: 'supervisor' });
    expect(people).toEqual([
      { id: 'sue', name: 'Sue Supervisor' },
      { id: 'max', name: 'Max' },
    ]);
  });

  it('leaves out system processes and events without an actor, and falls back to the id for a missing name', () => {
    expect(withActor([], { actorId: 'carry-over', actorName: 'Carry-over', actorRole: 'system' })).toEqual([]);
    expect(withActor([], {})).toEqual([]);
    expect(withActor([], { actorId: 'ann', actorName: '', actorRole: 'salesperson' })).toEqual([{ id: 'ann', name: 'ann' }]);
  });
});
