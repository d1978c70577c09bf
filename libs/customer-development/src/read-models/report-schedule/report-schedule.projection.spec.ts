import { describe, expect, it } from '@jest/globals';
import {
  PROSPECT_ID,
  converted,
  inDevelopment,
  keyProspect,
  prospectAbandoned,
  prospectAdded,
  prospectAddedBySupervisor,
  prospectAssignedToBob,
  reportFiled,
} from '#testing/customer-development';
import type { ProspectEvent } from '../../prospect/prospect.events.js';
import { history, project, projectTwice } from '../testing/recorded-events.js';
import { reportScheduleProjection } from './report-schedule.projection.js';

const schedule = (events: ProspectEvent[]) => project(reportScheduleProjection, history(events), PROSPECT_ID);
/** Event i of a history happened on 2027-02-01 + i days; inDevelopment has DevelopmentStarted at i = 6. */
const day = (i: number) => `2027-02-${String(1 + i).padStart(2, '0')}`;

describe('the development report schedule projection', () => {
  it('knows a listed prospect, not yet in development, by name (ProspectAdded)', () => {
    expect(schedule([prospectAdded])).toEqual({
      id: PROSPECT_ID,
      prospectId: PROSPECT_ID,
      team: 'north',
      name: 'Qilu Foods Co., Ltd.',
      salespersonId: 'ann',
      salespersonName: 'ANN',
      inDevelopment: false,
      developmentStartedOn: null,
      lastReportOn: null,
      lastReportNumber: 0,
      lastVisitDate: null,
      lastStage: null,
      lastNextStep: null,
      lastActivityOn: null,
      expectedDealValue: null,
      lastPosition: 1,
    });
  });

  it('follows the salesperson (ProspectAssigned)', () => {
    expect(schedule([prospectAddedBySupervisor, prospectAssignedToBob])).toMatchObject({ salespersonId: 'bob', salespersonName: 'BOB' });
  });

  it('measures from the start of development until the first report (DevelopmentStarted)', () => {
    expect(schedule(inDevelopment)).toMatchObject({
      inDevelopment: true,
      developmentStartedOn: day(6),
      lastActivityOn: day(6),
      expectedDealValue: { amount: 1_200_000_00, currency: 'CNY' },
    });
  });

  it('measures from the day the latest report was filed (DevelopmentReportFiled)', () => {
    expect(schedule([...inDevelopment, reportFiled(1), reportFiled(2)])).toMatchObject({
      developmentStartedOn: day(6),
      lastReportOn: day(8),
      lastReportNumber: 2,
      lastVisitDate: '2027-03-05',
      lastStage: 'proposal',
      lastNextStep: 'Send pilot quotation',
      lastActivityOn: day(8),
      expectedDealValue: { amount: 1_000_000_00, currency: 'CNY' },
    });
  });

  it('forgets a converted prospect (ProspectConverted)', () => {
    expect(schedule(converted)).toBeNull();
  });

  it('forgets an abandoned prospect (ProspectAbandoned)', () => {
    expect(schedule([...keyProspect, prospectAbandoned])).toBeNull();
  });

  it('changes nothing when an event is applied twice', () => {
    const events = history([...inDevelopment, reportFiled(1), prospectAssignedToBob]);
    expect(projectTwice(reportScheduleProjection, events, PROSPECT_ID)).toEqual(project(reportScheduleProjection, events, PROSPECT_ID));
    expect(projectTwice(reportScheduleProjection, history(converted), PROSPECT_ID)).toBeNull();
  });
});
