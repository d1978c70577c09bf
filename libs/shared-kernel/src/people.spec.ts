import { describe, expect, it } from '@jest/globals';
import { readablePeople, withActor } from './people.js';

describe('the people who acted on a stream', () => {
  it('adds an actor once, keeps the first-seen order and takes the name of their latest event', () => {
    let people = withActor([], { actorId: 'sue', actorName: 'Sue', actorRole: 'supervisor' });
    people = withActor(people, { actorId: 'max', actorName: 'Max', actorRole: 'manager' });
    people = withActor(people, { actorId: 'sue', actorName: 'Sue Supervisor', actorRole: 'supervisor' });
    expect(people).toEqual([
      { id: 'sue', name: 'Sue Supervisor', role: 'supervisor' },
      { id: 'max', name: 'Max', role: 'manager' },
    ]);
  });

  it('leaves out system processes and events without an actor, and falls back to the id for a missing name', () => {
    expect(withActor([], { actorId: 'carry-over', actorName: 'Carry-over', actorRole: 'system' })).toEqual([]);
    expect(withActor([], {})).toEqual([]);
    expect(withActor([], { actorId: 'ann', actorName: '', actorRole: 'salesperson' })).toEqual([{ id: 'ann', name: 'ann', role: 'salesperson' }]);
  });

  it('shows a salesperson the supervisors, managers and themself, never another salesperson; the team’s leads see everyone', () => {
    let people = withActor([], { actorId: 'sue', actorName: 'Sue', actorRole: 'supervisor' });
    people = withActor(people, { actorId: 'ann', actorName: 'Ann', actorRole: 'salesperson' });
    people = withActor(people, { actorId: 'bob', actorName: 'Bob', actorRole: 'salesperson' });
    const reader = (id: string, roles: string[]) => ({ id, name: id, roles, teams: ['north'] }) as Parameters<typeof readablePeople>[0];
    expect(readablePeople(reader('ann', ['salesperson']), people).map((p) => p.id)).toEqual(['sue', 'ann']);
    expect(readablePeople(reader('sue', ['supervisor']), people).map((p) => p.id)).toEqual(['sue', 'ann', 'bob']);
  });
});
