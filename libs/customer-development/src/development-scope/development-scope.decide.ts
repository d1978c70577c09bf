import { IllegalStateError, ValidationError, type Decider } from '#app/eventsourcing';
import { optionalText, parsePeriod, requireOneOf, requireRoleInTeam, requireShape, requireText, requireTextList } from '#app/shared-kernel';
import { SIZE_CLASSES } from '../shared/size-class.js';
import type { DefineDevelopmentScope, DevelopmentScopeCommand } from './development-scope.commands.js';
import type { DevelopmentScopeEvent } from './development-scope.events.js';
import { DEVELOPMENT_SCOPE_COMMAND_SHAPES } from './development-scope.shapes.js';
import {
  evolveDevelopmentScope,
  initialDevelopmentScopeState,
  scopeIdFor,
  type DevelopmentScopeState,
} from './development-scope.js';

export function decideDevelopmentScope(command: DevelopmentScopeCommand, state: DevelopmentScopeState): DevelopmentScopeEvent[] {
  requireShape(DEVELOPMENT_SCOPE_COMMAND_SHAPES[command.type], command.data);
  switch (command.type) {
    case 'DefineDevelopmentScope':
      return defineDevelopmentScope(command, state);
    default: {
      const _exhaustive: never = command.type;
      throw new ValidationError('COMMAND.UNKNOWN', 'Unknown command');
    }
  }
}

/** Redefining an existing scope makes a new version; every version stays in the history (Decision 2). */
function defineDevelopmentScope({ data, context }: DefineDevelopmentScope, state: DevelopmentScopeState): DevelopmentScopeEvent[] {
  requireRoleInTeam(context.actor, 'supervisor', data.team);
  parsePeriod(data.period);
  if (state.status === 'defined' && (state.team !== data.team || state.period !== data.period)) {
    throw new IllegalStateError('SCOPE.STREAM_MISMATCH', `This stream holds the scope of ${state.team} for ${state.period}`, {
      scopeId: state.scopeId,
    });
  }
  const sizeClasses = requireTextList(data.sizeClasses, 'sizeClasses', 'SCOPE.SIZE_CLASSES_REQUIRED').map((size, i) =>
    requireOneOf(size, SIZE_CLASSES, `sizeClasses[${i}]`, 'SIZE_CLASS.INVALID'),
  );
  const notes = optionalText(data.notes, 'notes');
  return [
    {
      type: 'DevelopmentScopeDefined',
      data: {
        scopeId: scopeIdFor(data.team, data.period),
        team: data.team,
        period: data.period,
        version: state.status === 'defined' ? state.version + 1 : 1,
        targetIndustries: requireTextList(data.targetIndustries, 'targetIndustries', 'SCOPE.INDUSTRIES_REQUIRED'),
        regions: requireTextList(data.regions, 'regions', 'SCOPE.REGIONS_REQUIRED'),
        sizeClasses,
        mainDirection: requireText(data.mainDirection, 'mainDirection', 'SCOPE.MAIN_DIRECTION_REQUIRED'),
        ...(notes ? { notes } : {}),
        definedBy: context.actor.id,
      },
    },
  ];
}

export const developmentScopeDecider: Decider<DevelopmentScopeCommand, DevelopmentScopeState, DevelopmentScopeEvent> = {
  decide: decideDevelopmentScope,
  evolve: evolveDevelopmentScope,
  initialState: initialDevelopmentScopeState,
};
