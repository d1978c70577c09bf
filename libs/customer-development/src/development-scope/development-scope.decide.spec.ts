import { describe, expect, it } from '@jest/globals';
import { ForbiddenError, IllegalStateError, ValidationError } from '#app/eventsourcing';
import { deciderSpec } from '#testing/eventsourcing';
import { OTHER_TEAM, PERIOD, SCOPE_ID, TEAM, actor, ctx, manager, salesAnn, scopeDefined, supervisor } from '#testing/customer-development';
import type { DefineDevelopmentScope } from './development-scope.commands.js';
import { developmentScopeDecider } from './development-scope.decide.js';
import { developmentScopeStream, scopeIdFor } from './development-scope.js';

const spec = deciderSpec(developmentScopeDecider);

const define = (overrides: Partial<DefineDevelopmentScope['data']> = {}, who = supervisor): DefineDevelopmentScope => ({
  type: 'DefineDevelopmentScope',
  data: {
    team: TEAM,
    period: PERIOD,
    targetIndustries: ['Food processing', 'Cold chain logistics'],
    regions: ['Shandong', 'Hebei'],
    sizeClasses: ['medium', 'large'],
    mainDirection: 'Win regional processors with the new freezer line',
    ...overrides,
  },
  context: ctx(who),
});

describe('development scope identity', () => {
  it('derives one scope id per team × period and names its stream devscope-<id>', () => {
    expect(scopeIdFor(TEAM, PERIOD)).toBe(SCOPE_ID);
    expect(scopeIdFor(TEAM, '2027-Q2')).not.toBe(SCOPE_ID);
    expect(scopeIdFor(OTHER_TEAM, PERIOD)).not.toBe(SCOPE_ID);
    expect(developmentScopeStream(SCOPE_ID)).toBe(`devscope-${SCOPE_ID}`);
  });
});

describe('a scope not yet defined', () => {
  it('is defined by a supervisor of the team as version 1', () => {
    spec.given([]).when(define()).then([scopeDefined(1)]);
  });

  it('trims and de-duplicates the lists and keeps notes when given', () => {
    spec
      .given([])
      .when(define({ targetIndustries: [' Food processing ', 'Food processing', '', 'Cold chain logistics'], notes: ' Focus on Q1 fairs ' }))
      .then([{ type: 'DevelopmentScopeDefined', data: { ...scopeDefined(1).data, notes: 'Focus on Q1 fairs' } }]);
  });

  it('is defined only by a supervisor of that team', () => {
    spec.given([]).when(define({}, salesAnn)).thenThrows(ForbiddenError, 'AUTH.ROLE_REQUIRED');
    spec.given([]).when(define({}, manager)).thenThrows(ForbiddenError, 'AUTH.ROLE_REQUIRED');
    spec.given([]).when(define({ team: OTHER_TEAM })).thenThrows(ForbiddenError, 'AUTH.TEAM_FORBIDDEN');
  });

  it('needs a valid period', () => {
    spec.given([]).when(define({ period: '2027-Q5' })).thenThrows(ValidationError, 'PERIOD.INVALID');
    spec.given([]).when(define({ period: '2027-3' })).thenThrows(ValidationError, 'PERIOD.INVALID');
  });

  it('needs industries, regions, size classes and a main direction', () => {
    spec.given([]).when(define({ targetIndustries: [' '] })).thenThrows(ValidationError, 'SCOPE.INDUSTRIES_REQUIRED');
    spec.given([]).when(define({ regions: [] })).thenThrows(ValidationError, 'SCOPE.REGIONS_REQUIRED');
    spec.given([]).when(define({ sizeClasses: [] })).thenThrows(ValidationError, 'SCOPE.SIZE_CLASSES_REQUIRED');
    spec.given([]).when(define({ mainDirection: '  ' })).thenThrows(ValidationError, 'SCOPE.MAIN_DIRECTION_REQUIRED');
  });

  it('accepts only the known size classes', () => {
    spec.given([]).when(define({ sizeClasses: ['huge'] })).thenThrows(ValidationError, 'SIZE_CLASS.INVALID');
  });
});

describe('a defined scope', () => {
  it('is redefined as a new version, the earlier one staying in the history', () => {
    spec.given([scopeDefined(1)]).when(define({ regions: ['Shandong'] })).then([
      { type: 'DevelopmentScopeDefined', data: { ...scopeDefined(2).data, regions: ['Shandong'] } },
    ]);
    spec.given([scopeDefined(1), scopeDefined(2)]).when(define()).thenProduces((events) => {
      expect(events[0]!.data.version).toBe(3);
    });
  });

  it('may be redefined by another supervisor of the team', () => {
    spec.given([scopeDefined(1)]).when(define({}, actor('sup-2', ['supervisor']))).thenProduces((events) => {
      expect(events[0]!.data).toMatchObject({ version: 2, definedBy: 'sup-2' });
    });
  });

  it('refuses a definition for another team or period on its stream', () => {
    spec.given([scopeDefined(1)]).when(define({ period: '2027-Q2' })).thenThrows(IllegalStateError, 'SCOPE.STREAM_MISMATCH');
  });
});
