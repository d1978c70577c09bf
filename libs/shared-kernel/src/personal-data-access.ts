import type { Actor, Role } from '#app/eventsourcing';

/**
 * Which roles see personal data in clear (every such read is logged); the others see it masked.
 * Typed over every role, so a new role must say. Analysts work on aggregates and never need a
 * person's name or phone number.
 */
export const PERSONAL_DATA_READERS = {
  salesperson: true,
  supervisor: true,
  manager: true,
  auditor: true,
  analyst: false,
  privacy_officer: true,
} as const satisfies Record<Role, boolean>;

export const canSeePersonalData = (actor: Pick<Actor, 'roles'>): boolean => actor.roles.some((role) => PERSONAL_DATA_READERS[role]);

/** What a reader gets in place of a personal field it may not see, or cannot. */
export const MASKED = '[masked]';
export const ERASED = '[erased]';
export const UNREADABLE = '[unreadable]';
