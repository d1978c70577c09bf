import type { Event } from '#app/eventsourcing';
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

export const DEVELOPMENT_SCOPE_EVENT_TYPES: readonly DevelopmentScopeEvent['type'][] = ['DevelopmentScopeDefined'];
