import type { Actor, CommandContext, Role } from '#app/eventsourcing';

export const NOW = new Date('2027-02-15T09:00:00.000Z');
export const TEAM = 'north';
export const OTHER_TEAM = 'south';
export const PERIOD = '2027-Q1';

export const actor = (id: string, roles: Role[], teams: string[] = [TEAM]): Actor => ({ id, name: id.toUpperCase(), roles, teams });
export const supervisor = actor('sup-1', ['supervisor']);
export const otherSupervisor = actor('sup-2', ['supervisor']);
export const manager = actor('mgr-1', ['manager']);
export const salesAnn = actor('ann', ['salesperson']);
export const salesBob = actor('bob', ['salesperson']);
export const outsider = actor('olga', ['salesperson', 'supervisor', 'manager'], [OTHER_TEAM]);

let n = 0;
export const ctx = (who: Actor, now: Date = NOW): CommandContext => ({
  actor: who,
  commandId: `cmd-${++n}`,
  correlationId: 'corr-1',
  now,
});
