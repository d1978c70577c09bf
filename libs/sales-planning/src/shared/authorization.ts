import { ForbiddenError, type Actor, type Role } from '#app/eventsourcing';

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

/** Decision 1: nobody approves what they submitted. */
export function requireNotSubmitter(actor: Actor, submittedBy: string | undefined, what: string): void {
  if (submittedBy !== undefined && actor.id === submittedBy) {
    throw new ForbiddenError('AUTH.SELF_APPROVAL', `You cannot decide on the ${what} you submitted`, { submittedBy });
  }
}

/** Read access: auditors and analysts everything; others their own teams. */
export function canReadTeam(actor: Actor, team: string): boolean {
  return actor.roles.includes('auditor') || actor.roles.includes('analyst') || actor.teams.includes(team);
}
