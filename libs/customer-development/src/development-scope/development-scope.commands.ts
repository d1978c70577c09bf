import type { Command } from '#app/eventsourcing';

export type DefineDevelopmentScope = Command<
  'DefineDevelopmentScope',
  {
    team: string;
    period: string;
    targetIndustries: string[];
    regions: string[];
    sizeClasses: string[];
    mainDirection: string;
    notes?: string;
  }
>;

export type DevelopmentScopeCommand = DefineDevelopmentScope;
