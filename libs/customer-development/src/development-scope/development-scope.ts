import { deterministicUuid } from '#app/eventsourcing';
import type { SizeClass } from '../shared/size-class.js';
import type { DevelopmentScopeEvent } from './development-scope.events.js';

export interface DefinedDevelopmentScope {
  status: 'defined';
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

export type DevelopmentScopeState = { status: 'none' } | DefinedDevelopmentScope;

export const initialDevelopmentScopeState = (): DevelopmentScopeState => ({ status: 'none' });

/** One scope per team × period (step 1): the id is derived from them, so a redefinition lands on the same stream. */
export const scopeIdFor = (team: string, period: string): string => deterministicUuid(`devscope:${team}:${period}`);

export const developmentScopeStream = (scopeId: string): string => `devscope-${scopeId}`;

export function evolveDevelopmentScope(state: DevelopmentScopeState, event: DevelopmentScopeEvent): DevelopmentScopeState {
  switch (event.type) {
    case 'DevelopmentScopeDefined':
      return { status: 'defined', ...event.data };
    default: {
      const _exhaustive: never = event.type;
      return state;
    }
  }
}
