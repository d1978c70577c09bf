import { CONVERSION_DECISIONS, DEVELOPMENT_SCOPE_DECISIONS, PROSPECT_DECISIONS, PROSPECT_KEY_DECISIONS } from '#app/customer-development';
import type { AuditTrailSealed } from '#app/event-store';
import { PLAN_DECISIONS } from '#app/sales-planning';
import { eventTypesOf, type DecisionTable } from '#app/shared-kernel';

const SEAL_DECISIONS = { AuditTrailSealed: null } as const satisfies DecisionTable<AuditTrailSealed['type']>;

/**
 * Every stream category of the system with its decision table, which names every event type of
 * the category (the compiler asks each context for every type) and says which are decisions. The
 * audit index indexes every event type of every table; the explainers explain their decisions.
 */
export const AUDITED_STREAMS = {
  plan: PLAN_DECISIONS,
  prospect: PROSPECT_DECISIONS,
  devscope: DEVELOPMENT_SCOPE_DECISIONS,
  prospectkey: PROSPECT_KEY_DECISIONS,
  conversion: CONVERSION_DECISIONS,
  auditseal: SEAL_DECISIONS,
} as const;

/** Every event type of the system: the audit index and the seal schedule handle them all. */
export const AUDITED_EVENT_TYPES: readonly string[] = Object.values(AUDITED_STREAMS).flatMap((table: Readonly<Record<string, unknown>>) => eventTypesOf(table));
