import type { Event } from '#app/eventsourcing';
import { eventTypesOf, type DecisionTable } from '#app/shared-kernel';

/** The persisted contract of the conversion streams. A shape here is never edited: add `<Type>.v2` and an upcaster. */

/** Why a plan did not take a conversion; `refused` names any other refusal by its code. */
export const ATTRIBUTION_OUTCOMES = ['no_plan', 'not_executing', 'closed', 'no_targets', 'refused'] as const;
export type AttributionOutcome = (typeof ATTRIBUTION_OUTCOMES)[number];

/** One plan the conversion process tried, in the order it tried them (month, quarter, year). */
export interface PlanAttempt {
  period: string;
  planId: string;
  outcome: AttributionOutcome;
  /** The plan decider's error code, e.g. PLAN.NOT_FOUND. */
  code: string;
  /** The plan's status when it exists but is not executing. */
  planStatus?: string;
}

/** No plan executing for the conversion date took the conversion: kept so it is never silently dropped. */
export type ConversionLeftUnattributed = Event<
  'ConversionLeftUnattributed',
  {
    prospectId: string;
    team: string;
    salespersonId: string;
    convertedOn: string;
    /** The ProspectConverted event this answers. */
    conversionEventId: string;
    attempts: PlanAttempt[];
  }
>;

export type ConversionEvent = ConversionLeftUnattributed;

/** Every event type of the conversion streams; none is a decision an auditor explains. */
export const CONVERSION_DECISIONS = { ConversionLeftUnattributed: null } as const satisfies DecisionTable<ConversionEvent['type']>;

export const CONVERSION_EVENT_TYPES: readonly ConversionEvent['type'][] = eventTypesOf<ConversionEvent['type']>(CONVERSION_DECISIONS);

export const conversionStream = (prospectId: string): string => `conversion-${prospectId}`;
