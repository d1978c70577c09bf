import { describe, expect, it } from '@jest/globals';
import type { ActualRecorded } from '#app/sales-planning';
import { PROSPECT_ID, prospectConverted as converted } from '#testing/customer-development';
import type { ConversionLeftUnattributed } from '../../application/conversion-attribution.events.js';
import type { ProspectConverted } from '../../prospect/prospect.events.js';
import { conversionLedgerProjection, type ConversionLedgerEvent } from './conversion-ledger.projection.js';
import { history, project, projectTwice } from '../testing/recorded-events.js';

const PLAN_ID = 'c5a1a1f0-0000-8000-8000-000000000001';

const actual = (over: Partial<ActualRecorded['data']> = {}): ActualRecorded => ({
  type: 'ActualRecorded',
  data: {
    planId: PLAN_ID,
    team: 'north',
    period: '2027-Q1',
    salespersonId: 'ann',
    metric: 'new_customers',
    amount: 1,
    date: '2027-03-20',
    reference: `prospect:${PROSPECT_ID}`,
    recordedBy: 'system',
    ...over,
  },
});

const unattributed: ConversionLeftUnattributed = {
  type: 'ConversionLeftUnattributed',
  data: {
    prospectId: PROSPECT_ID,
    team: 'north',
    salespersonId: 'ann',
    convertedOn: '2027-03-20',
    conversionEventId: 'event-1',
    attempts: [
      { period: '2027-03', planId: 'p-month', outcome: 'no_plan', code: 'PLAN.NOT_FOUND' },
      { period: '2027-Q1', planId: 'p-quarter', outcome: 'not_executing', code: 'PLAN.NOT_EXECUTING', planStatus: 'submitted' },
      { period: '2027', planId: 'p-year', outcome: 'no_plan', code: 'PLAN.NOT_FOUND' },
    ],
  },
};

const prospectConverted = converted as ProspectConverted;
const ledger = (events: ConversionLedgerEvent[]) => project(conversionLedgerProjection, history(events), PROSPECT_ID);

describe('the conversion ledger projection', () => {
  it('records a conversion waiting for the conversion process (ProspectConverted)', () => {
    expect(ledger([prospectConverted])).toEqual({
      id: PROSPECT_ID,
      prospectId: PROSPECT_ID,
      team: 'north',
      name: 'Qilu Foods Co., Ltd.',
      salespersonId: 'ann',
      convertedOn: '2027-03-20',
      convertedBy: 'ann',
      grade: 'B',
      suggestedCreditLimit: { amount: 800_000_00, currency: 'CNY' },
      status: 'pending',
      actuals: [],
      unattributedAttempts: [],
      unattributedOn: null,
      lastPosition: 1,
    });
  });

  it('shows the plan counting it as a new customer (ActualRecorded with reference prospect:<id>)', () => {
    expect(ledger([prospectConverted, actual()])).toMatchObject({
      status: 'attributed',
      actuals: [{ planId: PLAN_ID, period: '2027-Q1', salespersonId: 'ann', date: '2027-03-20', recordedBy: 'system' }],
      lastPosition: 2,
    });
  });

  it('ignores other actuals: other metrics, other references', () => {
    const keys = (e: ActualRecorded) => conversionLedgerProjection.keys(history<ConversionLedgerEvent>([e])[0]!);
    expect(keys(actual({ metric: 'revenue', currency: 'CNY', amount: 5 }))).toEqual([]);
    expect(keys(actual({ reference: 'INV-7' }))).toEqual([]);
    expect(keys(actual())).toEqual([PROSPECT_ID]);
  });

  it('shows every plan tried and why none took it (ConversionLeftUnattributed)', () => {
    expect(ledger([prospectConverted, unattributed])).toMatchObject({
      status: 'unattributed',
      unattributedAttempts: unattributed.data.attempts,
      unattributedOn: '2027-02-02',
    });
  });

  it('shows an unattributed conversion recorded later by hand as attributed, keeping why it was not at first', () => {
    expect(ledger([prospectConverted, unattributed, actual({ recordedBy: 'ann' })])).toMatchObject({
      status: 'attributed',
      actuals: [{ recordedBy: 'ann' }],
      unattributedAttempts: unattributed.data.attempts,
    });
  });

  it('shows a conversion counted twice as two actuals', () => {
    expect(ledger([prospectConverted, actual(), actual({ recordedBy: 'ann' })])!.actuals).toHaveLength(2);
  });

  it('ignores attribution of a conversion it does not know', () => {
    expect(ledger([actual(), unattributed])).toBeNull();
  });

  it('changes nothing when an event is applied twice', () => {
    const events = history<ConversionLedgerEvent>([prospectConverted, unattributed, actual()]);
    expect(projectTwice(conversionLedgerProjection, events, PROSPECT_ID)).toEqual(project(conversionLedgerProjection, events, PROSPECT_ID));
  });
});
