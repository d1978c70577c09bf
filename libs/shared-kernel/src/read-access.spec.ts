import { describe, expect, it } from '@jest/globals';
import { ForbiddenError, type Actor, type Role } from '#app/eventsourcing';
import { canReadTeam, readScope, readsOwnRowsOnly, requireReadableRow, requireReadableTeam } from './read-access.js';

const actor = (roles: Role[], teams: string[] = ['north']): Actor => ({ id: 'ann', name: 'Ann', roles, teams });

describe('the read rule', () => {
  it.each<Role>(['auditor', 'analyst'])('lets an %s read every team', (role) => {
    expect(canReadTeam(actor([role], []), 'south')).toBe(true);
    expect(readScope(actor([role], []), {}, 'rows')).toEqual({ teams: 'all' });
  });

  it('lets managers and supervisors read the teams in their token, all of their rows', () => {
    expect(canReadTeam(actor(['manager']), 'north')).toBe(true);
    expect(canReadTeam(actor(['supervisor']), 'south')).toBe(false);
    expect(readScope(actor(['supervisor'], ['north', 'east']), {}, 'rows')).toEqual({ teams: ['north', 'east'] });
    expect(readScope(actor(['manager']), { salesperson: 'bob' }, 'rows')).toEqual({ teams: ['north'], salespersonId: 'bob' });
  });

  it('lets a salesperson read only their own rows', () => {
    expect(readsOwnRowsOnly(actor(['salesperson']))).toBe(true);
    expect(readsOwnRowsOnly(actor(['salesperson', 'supervisor']))).toBe(false);
    expect(readScope(actor(['salesperson']), {}, 'rows')).toEqual({ teams: ['north'], salespersonId: 'ann' });
    expect(() => readScope(actor(['salesperson']), { salesperson: 'bob' }, 'rows')).toThrow(expect.objectContaining({ code: 'AUTH.OWN_ROWS_ONLY' }));
  });

  it('refuses to name a team the reader may not read', () => {
    expect(() => readScope(actor(['manager']), { team: 'south' }, 'rows')).toThrow(ForbiddenError);
    expect(readScope(actor(['manager']), { team: 'north' }, 'rows')).toEqual({ teams: ['north'] });
  });

  it('refuses a document of another team, or another salesperson’s, without saying whose it is', () => {
    const refusal = (read: () => void) => {
      try {
        read();
      } catch (error) {
        return JSON.stringify({ ...(error as ForbiddenError), message: (error as Error).message });
      }
      throw new Error('not refused');
    };
    const team = refusal(() => requireReadableTeam(actor(['manager']), 'south', 'plans'));
    expect(team).toContain('AUTH.TEAM_FORBIDDEN');
    expect(team).not.toContain('south');
    const row = refusal(() => requireReadableRow(actor(['salesperson']), 'bob', 'prospects'));
    expect(row).toContain('AUTH.OWN_ROWS_ONLY');
    expect(row).not.toContain('bob');
  });
});
