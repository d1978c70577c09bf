import {
  CONVERSION_DECISIONS,
  CONVERSION_PERSONAL_DATA,
  DEVELOPMENT_SCOPE_DECISIONS,
  DEVELOPMENT_SCOPE_PERSONAL_DATA,
  PROSPECT_DECISIONS,
  PROSPECT_KEY_DECISIONS,
  PROSPECT_KEY_PERSONAL_DATA,
  PROSPECT_PERSONAL_DATA,
} from '#app/customer-development';
import type { AuditTrailSealed } from '#app/event-store';
import { DATA_SUBJECT_DECISIONS, DATA_SUBJECT_PERSONAL_DATA, type PersonalDataTables } from '#app/personal-data';
import { PLAN_DECISIONS, PLAN_PERSONAL_DATA } from '#app/sales-planning';
import { NOT_PERSONAL as N, eventTypesOf, type DecisionTable, type PersonalDataTable } from '#app/shared-kernel';

const SEAL_DECISIONS = { AuditTrailSealed: null } as const satisfies DecisionTable<AuditTrailSealed['type']>;

const SEAL_PERSONAL_DATA = {
  AuditTrailSealed: { eventsHash: N, previousSealHash: N, sealHash: N, sealedBy: N },
} as const satisfies PersonalDataTable<AuditTrailSealed>;

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
  personaldata: DATA_SUBJECT_DECISIONS,
} as const;

type Category = keyof typeof AUDITED_STREAMS;

/**
 * Every stream category with the classification of its events' text fields: which are personal
 * data, and whose. A category must have one, and each names every event type of its decision
 * table, so nothing is stored unclassified.
 */
export const PERSONAL_DATA_BY_STREAM = {
  plan: PLAN_PERSONAL_DATA,
  prospect: PROSPECT_PERSONAL_DATA,
  devscope: DEVELOPMENT_SCOPE_PERSONAL_DATA,
  prospectkey: PROSPECT_KEY_PERSONAL_DATA,
  conversion: CONVERSION_PERSONAL_DATA,
  auditseal: SEAL_PERSONAL_DATA,
  personaldata: DATA_SUBJECT_PERSONAL_DATA,
} as const satisfies { readonly [C in Category]: { readonly [T in keyof (typeof AUDITED_STREAMS)[C]]: object } };

/** Every event type of the system: the audit index and the seal schedule handle them all. */
export const AUDITED_EVENT_TYPES: readonly string[] = Object.values(AUDITED_STREAMS).flatMap((table: Readonly<Record<string, unknown>>) => eventTypesOf(table));

/** The classification of every event type of the system, by type (what PersonalDataEventStore applies at append). */
export const PERSONAL_DATA_TABLES: PersonalDataTables = Object.assign({}, ...Object.values(PERSONAL_DATA_BY_STREAM));
