import { describe, it } from '@jest/globals';
import { ForbiddenError, IllegalStateError, NotFoundError } from '#app/eventsourcing';
import { deciderSpec } from '#testing/eventsourcing';
import { PROSPECT_ID, ctx, manager } from '#testing/customer-development';
import { system } from '#testing/sales-planning';
import { attributeConversion, conversionAttributionDecider, type PlanCandidate, type RecordUnattributedConversion } from './conversion-attribution.decide.js';
import type { ConversionLeftUnattributed } from './conversion-attribution.events.js';

const spec = deciderSpec(conversionAttributionDecider);

const data: ConversionLeftUnattributed['data'] = {
  prospectId: PROSPECT_ID,
  team: 'north',
  salespersonId: 'ann',
  convertedOn: '2027-07-15',
  conversionEventId: 'event-9',
  attempts: [{ period: '2027-07', planId: 'p', outcome: 'no_plan', code: 'PLAN.NOT_FOUND' }],
};
const record = (who = system): RecordUnattributedConversion => ({ type: 'RecordUnattributedConversion', data, context: ctx(who) });

describe('a conversion no plan took', () => {
  it('is recorded as unattributed, with the plans tried', () => {
    spec.given([]).when(record()).then([{ type: 'ConversionLeftUnattributed', data }]);
  });

  it('is recorded once', () => {
    spec.given([{ type: 'ConversionLeftUnattributed', data }]).when(record()).then([]);
  });

  it('is recorded only by the conversion process', () => {
    spec.given([]).when(record(manager)).thenThrows(ForbiddenError, 'AUTH.SYSTEM_ONLY');
  });
});

describe('attributing a conversion to a plan', () => {
  const counts: PlanCandidate['standing'] = { counted: false, refusal: null };
  const noPlan: PlanCandidate['standing'] = { counted: false, refusal: new NotFoundError('PLAN.NOT_FOUND', 'none') };
  const approvedOnly: PlanCandidate['standing'] = { counted: false, refusal: new IllegalStateError('PLAN.NOT_EXECUTING', 'not yet', { status: 'approved' }) };
  const outside: PlanCandidate['standing'] = { counted: false, refusal: new IllegalStateError('PLAN.DATE_OUTSIDE_PERIOD', 'outside') };
  const candidates = (...standings: PlanCandidate['standing'][]): PlanCandidate[] =>
    standings.map((standing, i) => ({ period: ['2027-07', '2027-Q3', '2027'][i]!, planId: `p${i}`, standing }));

  it('goes to the first plan that counts it, most specific first', () => {
    expect(attributeConversion(false, candidates(noPlan, counts, counts))).toEqual({ kind: 'count', period: '2027-Q3', planId: 'p1' });
  });

  it('is recorded nowhere new when a plan already counts it or it was left unattributed', () => {
    expect(attributeConversion(false, candidates(noPlan, { counted: true, refusal: null }, counts))).toEqual({ kind: 'already_recorded' });
    expect(attributeConversion(true, candidates(counts, counts, counts))).toEqual({ kind: 'already_recorded' });
  });

  it('is left unattributed with every plan considered and why, naming any other refusal by its code', () => {
    expect(attributeConversion(false, candidates(noPlan, approvedOnly, outside))).toEqual({
      kind: 'unattributed',
      attempts: [
        { period: '2027-07', planId: 'p0', outcome: 'no_plan', code: 'PLAN.NOT_FOUND' },
        { period: '2027-Q3', planId: 'p1', outcome: 'not_executing', code: 'PLAN.NOT_EXECUTING', planStatus: 'approved' },
        { period: '2027', planId: 'p2', outcome: 'refused', code: 'PLAN.DATE_OUTSIDE_PERIOD' },
      ],
    });
  });
});
