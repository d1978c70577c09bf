import { describe, it } from '@jest/globals';
import { ForbiddenError } from '#app/eventsourcing';
import { deciderSpec } from '#testing/eventsourcing';
import { PROSPECT_ID, ctx, manager } from '#testing/customer-development';
import { system } from '#testing/sales-planning';
import { conversionAttributionDecider, type RecordUnattributedConversion } from './conversion-attribution.decide.js';
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
