import { describe, expect, it } from '@jest/globals';
import {
  PROSPECT_ID,
  creditCheckRecorded,
  creditInvestigation,
  creditIssueReported,
  prospectAdded,
  prospectAddedBySupervisor,
  reinvestigationRequested,
  screenedAsKey,
} from '#testing/customer-development';
import type { CreditCheckRecorded, ProspectEvent } from '../../prospect/prospect.events.js';
import { creditCheckId, creditCheckRegisterProjection } from './credit-check-register.projection.js';
import { history, project, projectTwice } from '../testing/recorded-events.js';

const check = (events: ProspectEvent[], checkNumber = 1) => project(creditCheckRegisterProjection, history(events), creditCheckId(PROSPECT_ID, checkNumber));

describe('the credit check register projection', () => {
  it('registers each recorded check with its form, grade, points and limit (CreditCheckRecorded)', () => {
    expect(check([prospectAdded, creditCheckRecorded()])).toEqual({
      ...creditInvestigation,
      id: `${PROSPECT_ID}:1`,
      prospectId: PROSPECT_ID,
      team: 'north',
      checkNumber: 1,
      reopened: false,
      recordedBy: 'ann',
      recordedOn: '2027-02-02',
      salespersonId: 'ann',
      outcome: 'awaiting_screening',
      outcomeOn: null,
      outcomeBy: null,
      outcomeNotes: [],
      lastPosition: 2,
    });
  });

  it('keeps every check: a second one is a second row', () => {
    const events = [prospectAdded, creditCheckRecorded(1), reinvestigationRequested(1), creditCheckRecorded(2)];
    expect(check(events, 1)).toMatchObject({ checkNumber: 1, outcome: 'reinvestigation_requested' });
    expect(check(events, 2)).toMatchObject({ checkNumber: 2, outcome: 'awaiting_screening', lastPosition: 4 });
  });

  it('names who recorded the check when the prospect had no salesperson yet', () => {
    const { assignedSalespersonId: _ann, ...data } = creditCheckRecorded().data as CreditCheckRecorded['data'];
    const unassigned: ProspectEvent = { type: 'CreditCheckRecorded', data: { ...data, recordedBy: 'bob' } };
    expect(check([prospectAddedBySupervisor, unassigned])).toMatchObject({ salespersonId: 'bob', recordedBy: 'bob' });
  });

  it('shows the check screened as a key prospect (ProspectScreenedAsKey)', () => {
    expect(check([prospectAdded, creditCheckRecorded(), screenedAsKey()])).toMatchObject({ outcome: 'key_prospect', outcomeOn: '2027-02-03', outcomeBy: 'sup-1', outcomeNotes: [] });
  });

  it('shows what is unclear when a re-investigation is requested (ProspectReinvestigationRequested)', () => {
    expect(check([prospectAdded, creditCheckRecorded(), reinvestigationRequested()])).toMatchObject({
      outcome: 'reinvestigation_requested',
      outcomeBy: 'sup-1',
      outcomeNotes: ['Who guarantees the bank loan'],
    });
  });

  it('shows the credit issue reported on the check (CreditIssueReported)', () => {
    expect(check([prospectAdded, creditCheckRecorded(), creditIssueReported()])).toMatchObject({
      outcome: 'credit_issue_reported',
      outcomeBy: 'ann',
      outcomeNotes: ['Court record shows an unpaid supplier judgment'],
    });
  });

  it('ignores a screening of a check it never registered', () => {
    expect(check([prospectAdded, screenedAsKey(1)])).toBeNull();
  });

  it('changes nothing when an event is applied twice', () => {
    const events = history([prospectAdded, creditCheckRecorded(), creditIssueReported()]);
    const id = creditCheckId(PROSPECT_ID, 1);
    expect(projectTwice(creditCheckRegisterProjection, events, id)).toEqual(project(creditCheckRegisterProjection, events, id));
  });
});
