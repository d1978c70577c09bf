import { describe, expect, it } from '@jest/globals';
import {
  PROSPECT_ID,
  applicationSubmitted,
  contact,
  converted,
  creditCheckRecorded,
  inDevelopment,
  investigated,
  keyProspect,
  managerApproved,
  managerRejected,
  onHold,
  prospectAbandoned,
  prospectAdded,
  prospectAssignedToBob,
  prospectConverted,
  prospectRedefined,
  reinvestigationRequested,
  reportFiled,
  stopped,
  supervisorApproved,
  supervisorRejected,
} from '#testing/customer-development';
import type { ProspectEvent } from '../../prospect/prospect.events.js';
import { evolveProspect, initialProspectState } from '../../prospect/prospect.js';
import { prospectListProjection } from './prospect-list.projection.js';
import { history, project, projectTwice } from '../testing/recorded-events.js';

const row = (events: ProspectEvent[]) => project(prospectListProjection, history(events), PROSPECT_ID);
/** Event i of a history happened on 2027-02-01 + i days. */
const day = (i: number) => `2027-02-${String(1 + i).padStart(2, '0')}`;

const comment: ProspectEvent = {
  type: 'DevelopmentReportCommented',
  data: { prospectId: PROSPECT_ID, team: 'north', assignedSalespersonId: 'ann', reportNumber: 1, comment: 'Push the pilot', commentedBy: 'sup-1' },
};

describe('the potential customer list projection', () => {
  it('lists an added prospect with the fields of the list and no credit grade yet (ProspectAdded)', () => {
    const doc = row([prospectAdded])!;
    expect(doc).toEqual({
      id: PROSPECT_ID,
      prospectId: PROSPECT_ID,
      team: 'north',
      name: 'Qilu Foods Co., Ltd.',
      normalisedName: 'qilu foods',
      industry: 'Food processing',
      industryKey: 'food processing',
      region: 'Shandong',
      regionKey: 'shandong',
      size: 'medium',
      contact,
      source: 'Trade fair',
      initialAssessment: 'Needs 40 freezers this year',
      registrationNumber: null,
      assignedSalespersonId: 'ann',
      assignedSalespersonName: 'ANN',
      status: 'listed',
      latestCreditGrade: null,
      latestCreditCheck: null,
      expectedDealValue: null,
      developmentStage: null,
      reportCount: 0,
      keyDates: {
        addedOn: day(0),
        lastCreditCheckOn: null,
        screenedAsKeyOn: null,
        applicationSubmittedOn: null,
        approvedOn: null,
        developmentStartedOn: null,
        lastReportOn: null,
        convertedOn: null,
        closedOn: null,
      },
      updatedAt: `${day(0)}T09:00:00.000Z`,
      lastPosition: 1,
    });
  });

  it('shows the new salesperson after a reassignment (ProspectAssigned)', () => {
    expect(row([prospectAdded, prospectAssignedToBob])).toMatchObject({ assignedSalespersonId: 'bob', assignedSalespersonName: 'BOB', status: 'listed', lastPosition: 2 });
  });

  it('shows the latest credit grade and its check (CreditCheckRecorded)', () => {
    expect(row(investigated)).toMatchObject({
      status: 'investigated',
      registrationNumber: '91370100MA3C000001',
      latestCreditGrade: 'B',
      latestCreditCheck: { checkNumber: 1, grade: 'B', totalPoints: 24, suggestedCreditLimit: { amount: 800_000_00, currency: 'CNY' }, paymentBehaviour: 'normal', investigatedOn: '2027-02-10' },
      keyDates: { lastCreditCheckOn: '2027-02-10' },
    });
  });

  it('marks a key prospect with the day it was screened (ProspectScreenedAsKey)', () => {
    expect(row(keyProspect)).toMatchObject({ status: 'key_prospect', keyDates: { screenedAsKeyOn: day(2) } });
  });

  it('shows a requested re-investigation (ProspectReinvestigationRequested)', () => {
    expect(row([...investigated, reinvestigationRequested()])).toMatchObject({ status: 'reinvestigation_requested' });
  });

  it('puts a prospect with a reported credit issue on hold (CreditIssueReported)', () => {
    expect(row(onHold)).toMatchObject({ status: 'on_hold', latestCreditGrade: 'B' });
  });

  it('returns a redefined prospect to screening (ProspectRedefined)', () => {
    expect(row([...onHold, prospectRedefined])).toMatchObject({ status: 'investigated', keyDates: { closedOn: null } });
  });

  it('closes a stopped prospect, and a new credit check re-opens it (ProspectStopped)', () => {
    expect(row(stopped)).toMatchObject({ status: 'stopped', keyDates: { closedOn: day(3) } });
    expect(row([...stopped, creditCheckRecorded(2, true)])).toMatchObject({
      status: 'investigated',
      latestCreditCheck: { checkNumber: 2 },
      keyDates: { closedOn: null },
    });
  });

  it('takes the expected deal value from the development application (DevelopmentApplicationSubmitted)', () => {
    expect(row([...keyProspect, applicationSubmitted()])).toMatchObject({
      status: 'application_submitted',
      expectedDealValue: { amount: 1_200_000_00, currency: 'CNY' },
      keyDates: { applicationSubmittedOn: day(3) },
    });
  });

  it('shows the supervisor’s approval (DevelopmentApplicationApprovedBySupervisor)', () => {
    expect(row([...keyProspect, applicationSubmitted(), supervisorApproved()])).toMatchObject({ status: 'supervisor_approved' });
  });

  it('returns a rejected application to its author (DevelopmentApplicationRejectedBySupervisor, …ByManager)', () => {
    expect(row([...keyProspect, applicationSubmitted(), supervisorRejected()])).toMatchObject({ status: 'application_rejected' });
    expect(row([...keyProspect, applicationSubmitted(), supervisorApproved(), managerRejected()])).toMatchObject({ status: 'application_rejected' });
  });

  it('dates the manager’s approval (DevelopmentApplicationApprovedByManager)', () => {
    expect(row([...keyProspect, applicationSubmitted(), supervisorApproved(), managerApproved()])).toMatchObject({ status: 'approved', keyDates: { approvedOn: day(5) } });
  });

  it('dates the start of development (DevelopmentStarted)', () => {
    expect(row(inDevelopment)).toMatchObject({ status: 'in_development', keyDates: { developmentStartedOn: day(6) } });
  });

  it('follows the stage, value and date of the latest report (DevelopmentReportFiled)', () => {
    expect(row([...inDevelopment, reportFiled(1)])).toMatchObject({
      status: 'in_development',
      developmentStage: 'proposal',
      reportCount: 1,
      expectedDealValue: { amount: 1_000_000_00, currency: 'CNY' },
      keyDates: { lastReportOn: day(7) },
    });
  });

  it('leaves the row as it was on a supervisor comment, but for its position (DevelopmentReportCommented)', () => {
    const before = row([...inDevelopment, reportFiled(1)])!;
    const after = row([...inDevelopment, reportFiled(1), comment])!;
    expect(after).toEqual({ ...before, updatedAt: after.updatedAt, lastPosition: before.lastPosition + 1 });
  });

  it('closes a converted prospect on its conversion date (ProspectConverted)', () => {
    expect(row(converted)).toMatchObject({ status: 'converted', keyDates: { convertedOn: '2027-03-20', closedOn: '2027-03-20' } });
  });

  it('closes an abandoned prospect (ProspectAbandoned)', () => {
    expect(row([...keyProspect, prospectAbandoned])).toMatchObject({ status: 'abandoned', keyDates: { closedOn: day(3) } });
  });

  it('keeps the status the prospect decider gives', () => {
    for (const events of [[prospectAdded], investigated, keyProspect, onHold, stopped, inDevelopment, converted, [...keyProspect, prospectAbandoned]]) {
      expect(row(events)!.status).toBe(events.reduce(evolveProspect, initialProspectState()).status);
    }
  });

  it('changes nothing when an event is applied twice', () => {
    const events = history([prospectAdded, prospectAssignedToBob, ...stopped.slice(1), creditCheckRecorded(2, true), ...inDevelopment.slice(2), reportFiled(1), comment, prospectConverted]);
    expect(projectTwice(prospectListProjection, events, PROSPECT_ID)).toEqual(project(prospectListProjection, events, PROSPECT_ID));
  });

  it('ignores events of a prospect it never listed', () => {
    expect(row(investigated.slice(1))).toBeNull();
  });
});
