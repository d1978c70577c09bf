import type { Event } from '#app/eventsourcing';
import { eventTypesOf, type DecisionTable } from '#app/shared-kernel';
import type { SizeClass } from '../shared/size-class.js';

/** The persisted contract of the development-scope stream. A shape here is never edited: add `<Type>.v2` and an upcaster. */

export type DevelopmentScopeDefined = Event<
  'DevelopmentScopeDefined',
  {
    scopeId: string;
    team: string;
    period: string;
    version: number;
    targetIndustries: string[];
    regions: string[];
    sizeClasses: SizeClass[];
    mainDirection: string;
    notes?: string;
    definedBy: string;
  }
>;

export type DevelopmentScopeEvent = DevelopmentScopeDefined;

/** Every event type of the development scope stream; none is a decision an auditor explains. */
export const DEVELOPMENT_SCOPE_DECISIONS = { DevelopmentScopeDefined: null } as const satisfies DecisionTable<DevelopmentScopeEvent['type']>;

export const DEVELOPMENT_SCOPE_EVENT_TYPES: readonly DevelopmentScopeEvent['type'][] = eventTypesOf<DevelopmentScopeEvent['type']>(DEVELOPMENT_SCOPE_DECISIONS);
