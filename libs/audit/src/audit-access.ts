import { ForbiddenError, type Actor } from '#app/eventsourcing';
import { readsEverything } from '#app/shared-kernel';

/** History, time travel, explanations, seals and verification are for auditors. */
export function requireAuditor(actor: Actor): void {
  if (!actor.roles.includes('auditor')) {
    throw new ForbiddenError('AUTH.ROLE_REQUIRED', 'This audit operation needs the auditor role', { requiredRole: 'auditor' });
  }
}

/** Exports cover every team, so they are for those who read everything: analysts and auditors. */
export function requireExporter(actor: Actor): void {
  if (!readsEverything(actor)) {
    throw new ForbiddenError('AUTH.ROLE_REQUIRED', 'Exports need the analyst or auditor role', { requiredRole: 'analyst|auditor' });
  }
}
