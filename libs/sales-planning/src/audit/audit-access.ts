import { ForbiddenError, type Actor } from '#app/eventsourcing';

/** History, time travel, explanations, seals and verification are for auditors. */
export function requireAuditor(actor: Actor): void {
  if (!actor.roles.includes('auditor')) {
    throw new ForbiddenError('AUTH.ROLE_REQUIRED', 'This audit operation needs the auditor role', { requiredRole: 'auditor' });
  }
}

/** Exports are for analysts and auditors. */
export function requireExporter(actor: Actor): void {
  if (!actor.roles.includes('analyst') && !actor.roles.includes('auditor')) {
    throw new ForbiddenError('AUTH.ROLE_REQUIRED', 'Exports need the analyst or auditor role', { requiredRole: 'analyst|auditor' });
  }
}
