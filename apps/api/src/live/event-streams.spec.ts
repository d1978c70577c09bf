import { describe, expect, it } from '@jest/globals';
import type { Actor, Role } from '#app/eventsourcing';
import type { ProjectionChange } from '#app/read-store';
import { visibleChange } from './event-streams.js';

const actor = (id: string, roles: Role[], teams: string[] = ['north']): Actor => ({ id, name: id, roles, teams });
const change: ProjectionChange = {
  projection: 'prospect-list',
  position: 9,
  reset: false,
  documents: [
    { id: 'anns', team: 'north', owners: ['ann'] },
    { id: 'bobs', team: 'north', owners: ['bob'] },
    { id: 'reassigned', team: 'north', owners: ['ann', 'bob'] },
    { id: 'unassigned', team: 'north', owners: [] },
    { id: 'team-plan', team: 'north' },
    { id: 'souths', team: 'south', owners: ['sam'] },
  ],
};
const ids = (reader: Actor) => visibleChange(reader, change)?.ids ?? [];

describe('what a live stream tells each reader, by the read rule of the queries', () => {
  it('tells a salesperson of their own rows (now or before a reassignment) and of the team’s documents, never of a teammate’s or an unassigned row', () => {
    expect(ids(actor('ann', ['salesperson']))).toEqual(['anns', 'reassigned', 'team-plan']);
  });

  it('tells a supervisor or manager of every row of their teams', () => {
    expect(ids(actor('sue', ['supervisor']))).toEqual(['anns', 'bobs', 'reassigned', 'unassigned', 'team-plan']);
    expect(ids(actor('max', ['manager'], ['north', 'south']))).toEqual(['anns', 'bobs', 'reassigned', 'unassigned', 'team-plan', 'souths']);
  });

  it('tells auditors and analysts of everything, and another team’s reader nothing of north', () => {
    expect(ids(actor('aud', ['auditor'], []))).toHaveLength(6);
    expect(ids(actor('sam', ['salesperson'], ['south']))).toEqual(['souths']);
    expect(visibleChange(actor('tia', ['salesperson'], ['south']), change)).toBeNull();
  });
});
