import { ForbiddenError, type Actor, type Role } from '#app/eventsourcing';
import { SYSTEM_ACTOR } from './system-actor.js';

export function requireRole(actor: Actor, role: Role): void {
  if (!actor.roles.includes(role)) {
    throw new ForbiddenError('AUTH.ROLE_REQUIRED', `This action needs the ${role} role`, { requiredRole: role });
  }
}

export function requireTeam(actor: Actor, team: string): void {
  if (!actor.teams.includes(team)) {
    throw new ForbiddenError('AUTH.TEAM_FORBIDDEN', `You are not a member of team ${team}`, { team });
  }
}

export function requireRoleInTeam(actor: Actor, role: Role, team: string): void {
  requireRole(actor, role);
  requireTeam(actor, team);
}

export function requireAnyRoleInTeam(actor: Actor, roles: readonly Role[], team: string): void {
  if (!roles.some((role) => actor.roles.includes(role))) {
    throw new ForbiddenError('AUTH.ROLE_REQUIRED', `This action needs one of the roles ${roles.join(', ')}`, { requiredRoles: roles });
  }
  requireTeam(actor, team);
}

/** Decision 1: nobody approves what they submitted. */
export function requireNotSubmitter(actor: Actor, submittedBy: string | undefined, what: string): void {
  if (submittedBy !== undefined && actor.id === submittedBy) {
    throw new ForbiddenError('AUTH.SELF_APPROVAL', `You cannot decide on the ${what} you submitted`, { submittedBy });
  }
}

/** Commands only an event-driven process issues (as the system actor), never a person. */
export function requireSystem(actor: Actor, message: string): void {
  if (actor.id !== SYSTEM_ACTOR.id) throw new ForbiddenError('AUTH.SYSTEM_ONLY', message);
}
