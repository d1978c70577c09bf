import { describe, expect, it } from '@jest/globals';
import { ForbiddenError, IllegalStateError, NotFoundError, ValidationError } from '#app/eventsourcing';
import { deciderSpec } from '#testing/eventsourcing';
import { approved, ctx, executing, manager, opened, PERIOD, personalSummary, PLAN_ID, recordedPlanEvents, salesAnn, submitted, system, TEAM, teamSummary, withDecision } from '#testing/sales-planning';
import type { PlanCommand } from './plan.commands.js';
import { planDecider } from './plan.decide.js';
import type { PlanEvent } from './plan.events.js';
import { planConversionStanding } from './plan-conversion.js';

const spec = deciderSpec(planDecider);
const summarised = [...executing, personalSummary('ann'), personalSummary('bob'), teamSummary];
const PROSPECT_ID = '0b7f6c2e-4d1a-4c3e-9a57-2f1d8e6b5a90';

const conversion = (overrides: Partial<{ salespersonId: string; convertedOn: string; prospectId: string }> = {}, who = system): PlanCommand => ({
  type: 'RecordConversionActual',
  data: { planId: PLAN_ID, salespersonId: 'ann', prospectId: PROSPECT_ID, convertedOn: '2027-03-20', ...overrides },
  context: ctx(who),
});

describe('an executing plan', () => {
  it('counts a conversion as one new customer for the converting salesperson, recorded by the system', () => {
    spec.given(executing).when(conversion()).then([
      {
        type: 'ActualRecorded',
        data: {
          planId: PLAN_ID,
          team: TEAM,
          period: PERIOD,
          salespersonId: 'ann',
          metric: 'new_customers',
          amount: 1,
          date: '2027-03-20',
          reference: `prospect:${PROSPECT_ID}`,
          recordedBy: 'system',
        },
      },
    ]);
  });

  it('takes conversions only from the conversion process, never from a person', () => {
    spec.given(executing).when(conversion({}, salesAnn)).thenThrows(ForbiddenError, 'AUTH.SYSTEM_ONLY');
    spec.given(executing).when(conversion({}, manager)).thenThrows(ForbiddenError, 'AUTH.SYSTEM_ONLY');
  });

  it('counts only conversions dated inside its period', () => {
    spec.given(executing).when(conversion({ convertedOn: '2027-04-01' })).thenThrows(IllegalStateError, 'PLAN.DATE_OUTSIDE_PERIOD');
    spec.given(executing).when(conversion({ convertedOn: '2027-02-30' })).thenThrows(ValidationError, 'DATE.INVALID');
  });

  it('counts only for a salesperson with targets on the plan', () => {
    spec.given(executing).when(conversion({ salespersonId: 'carl' })).thenThrows(IllegalStateError, 'PLAN.NOT_ON_PLAN');
  });
});

describe('a plan that is not executing', () => {
  it('does not exist yet', () => {
    spec.given([]).when(conversion()).thenThrows(NotFoundError, 'PLAN.NOT_FOUND');
  });

  it('is not approved yet', () => {
    spec.given([opened, submitted(), approved()]).when(conversion()).thenThrows(IllegalStateError, 'PLAN.NOT_EXECUTING');
  });

  it('is past execution', () => {
    spec.given(summarised).when(conversion()).thenThrows(IllegalStateError, 'PLAN.NOT_EXECUTING');
  });

  it('is published and closed', () => {
    const appraised = withDecision(summarised, { type: 'AppraisePlan', data: { planId: PLAN_ID, rating: 'good', comments: '' }, context: ctx(manager) });
    const published = withDecision(appraised, { type: 'PublishResults', data: { planId: PLAN_ID }, context: ctx(manager) });
    spec.given(published).when(conversion()).thenThrows(IllegalStateError, 'PLAN.CLOSED');
  });
});

describe('what a plan says about a conversion (its standing, as the conversion process reads it)', () => {
  const standing = (events: PlanEvent[], salespersonId = 'ann') => planConversionStanding(PLAN_ID, recordedPlanEvents(events), { prospectId: PROSPECT_ID, salespersonId, convertedOn: '2027-03-20' });

  it('would count it on an executing plan, by the same rule the decider applies', () => {
    expect(standing(executing)).toEqual({ counted: false, refusal: null });
    expect(standing(executing, 'carl').refusal).toMatchObject({ code: 'PLAN.NOT_ON_PLAN' });
    expect(standing([opened, submitted(), approved()]).refusal).toMatchObject({ code: 'PLAN.NOT_EXECUTING', details: { status: 'approved' } });
    expect(standing([]).refusal).toMatchObject({ code: 'PLAN.NOT_FOUND' });
  });

  it('already counts it once the conversion actual is recorded', () => {
    expect(standing(withDecision(executing, conversion()))).toEqual({ counted: true, refusal: null });
  });
});
