import type { DevelopmentScopeEvent } from '../development-scope/development-scope.events.js';
import { scopeIdFor } from '../development-scope/development-scope.js';
import { PERIOD, TEAM } from './actors.js';

export const SCOPE_ID = scopeIdFor(TEAM, PERIOD);

export const scopeDefined = (version = 1, definedBy = 'sup-1'): DevelopmentScopeEvent => ({
  type: 'DevelopmentScopeDefined',
  data: {
    scopeId: SCOPE_ID,
    team: TEAM,
    period: PERIOD,
    version,
    targetIndustries: ['Food processing', 'Cold chain logistics'],
    regions: ['Shandong', 'Hebei'],
    sizeClasses: ['medium', 'large'],
    mainDirection: 'Win regional processors with the new freezer line',
    definedBy,
  },
});
