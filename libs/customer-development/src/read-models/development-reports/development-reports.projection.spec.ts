import { describe, expect, it } from '@jest/globals';
import { PROSPECT_ID, inDevelopment, prospectAdded, prospectAddedBySupervisor, prospectAssignedToBob, reportFiled } from '#testing/customer-development';
import type { ProspectEvent } from '../../prospect/prospect.events.js';
import { history, project, projectTwice } from '../testing/recorded-events.js';
import { developmentReportsProjection } from './development-reports.projection.js';

const reports = (events: ProspectEvent[]) => project(developmentReportsProjection, history(events), PROSPECT_ID);
const commented = (reportNumber: number, comment: string): ProspectEvent => ({
  type: 'DevelopmentReportCommented',
  data: { prospectId: PROSPECT_ID, team: 'north', assignedSalespersonId: 'ann', reportNumber, comment, commentedBy: 'sup-1' },
});

describe('the development reports projection (客户开发表)', () => {
  it('knows the prospect and whose row it is from its listing (ProspectAdded), and from a reassignment (ProspectAssigned)', () => {
    expect(reports([prospectAdded])).toEqual({ id: PROSPECT_ID, prospectId: PROSPECT_ID, team: 'north', name: 'Qilu Foods Co., Ltd.', assignedSalespersonId: 'ann', reports: [], lastPosition: 1 });
    expect(reports([prospectAddedBySupervisor])!.assignedSalespersonId).toBeNull();
    expect(reports([prospectAddedBySupervisor, prospectAssignedToBob])!.assignedSalespersonId).toBe('bob');
  });

  it('keeps each filed report (DevelopmentReportFiled) with the supervisor’s comments on it (DevelopmentReportCommented)', () => {
    const doc = reports([...inDevelopment, reportFiled(1), reportFiled(2), commented(1, 'Bring the service team'), commented(1, 'Well done')])!;
    expect(doc.reports.map((r) => [r.reportNumber, r.supervisorComments.map((c) => c.comment)])).toEqual([
      [1, ['Bring the service team', 'Well done']],
      [2, []],
    ]);
    expect(doc.reports[0]).toMatchObject({ filedBy: 'ann', filedAt: expect.any(String), problems: null, stage: 'proposal' });
    expect(doc.reports[0]!.supervisorComments[0]).toEqual({ comment: 'Bring the service team', commentedBy: 'sup-1', commentedAt: expect.any(String) });
  });

  it('is unchanged when an event is applied twice', () => {
    const events = history([...inDevelopment, reportFiled(1), commented(1, 'Good')]);
    expect(projectTwice(developmentReportsProjection, events, PROSPECT_ID)).toEqual(project(developmentReportsProjection, events, PROSPECT_ID));
  });
});
