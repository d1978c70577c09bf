import { ForbiddenError, type Actor, type Role } from '#app/eventsourcing';

const PRIVACY_READERS: readonly Role[] = ['auditor', 'privacy_officer'];

/** Data-subject reports and the access log are for auditors and privacy officers. */
export function requirePrivacyReader(actor: Actor): void {
  if (!PRIVACY_READERS.some((role) => actor.roles.includes(role))) {
    throw new ForbiddenError('AUTH.ROLE_REQUIRED', 'This needs the auditor or privacy_officer role', { requiredRoles: PRIVACY_READERS });
  }
}
