import { describe, expect, it } from '@jest/globals';
import {
  PROSPECT_ID,
  TEAM,
  applicationSubmitted,
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
  prospectAddedBySupervisor,
  prospectAssignedToBob,
  prospectRedefined,
  reinvestigationRequested,
  reportFiled,
  stopped,
  supervisorApproved,
  supervisorRejected,
} from '#testing/customer-development';
import { MAX_AMOUNT } from '#app/shared-kernel';
import { teamPipeline } from './development-pipeline.queries.js';
import type { ProspectEvent } from '../../prospect/prospect.events.js';
import { PROSPECT_STATUS_AFTER, evolveProspect, initialProspectState } from '../../prospect/prospect.js';
import { PIPELINE_STAGES, developmentPipelineProjection, type PipelineEntry } from './development-pipeline.projection.js';
import { history, project, projectTwice } from '../testing/recorded-events.js';

const pipeline = (events: ProspectEvent[]) => project(developmentPipelineProjection, history(events), TEAM);
const entry = (events: ProspectEvent[]) => pipeline(events)?.prospects[PROSPECT_ID];

const OTHER_ID = '5e2d7f1a-9c3b-4e8d-b6a4-1f0e2d3c4b5a';
const asOther = (event: ProspectEvent): ProspectEvent => ({ type: event.type, data: { ...event.data, prospectId: OTHER_ID } }) as ProspectEvent;

const comment: ProspectEvent = {
  type: 'DevelopmentReportCommented',
  data: { prospectId: PROSPECT_ID, team: TEAM, assignedSalespersonId: 'ann', reportNumber: 1, comment: 'Push the pilot', commentedBy: 'sup-1' },
};

describe('the development pipeline projection', () => {
  it('puts an added prospect in the listed stage of its team (ProspectAdded)', () => {
    expect(pipeline([prospectAdded])).toEqual({
      id: TEAM,
      team: TEAM,
      prospects: {
        [PROSPECT_ID]: {
          prospectId: PROSPECT_ID,
          name: 'Qilu Foods Co., Ltd.',
          salespersonId: 'ann',
          status: 'listed',
          reportStage: null,
          expectedDealValue: null,
          stage: 'listed',
        },
      },
      updatedAt: '2027-02-01T09:00:00.000Z',
      lastPosition: 1,
    });
  });

  it('follows the salesperson (ProspectAssigned)', () => {
    expect(entry([prospectAddedBySupervisor, prospectAssignedToBob])).toMatchObject({ salespersonId: 'bob', stage: 'listed' });
  });

  it.each<[string, ProspectEvent[], Partial<PipelineEntry>]>([
    ['CreditCheckRecorded', investigated, { status: 'investigated', stage: 'credit_check' }],
    ['ProspectReinvestigationRequested', [...investigated, reinvestigationRequested()], { status: 'reinvestigation_requested', stage: 'credit_check' }],
    ['CreditIssueReported', onHold, { status: 'on_hold', stage: 'credit_hold' }],
    ['ProspectRedefined', [...onHold, prospectRedefined], { status: 'investigated', stage: 'credit_check' }],
    ['ProspectStopped', stopped, { status: 'stopped', stage: 'stopped' }],
    ['ProspectScreenedAsKey', keyProspect, { status: 'key_prospect', stage: 'key_prospect' }],
    ['DevelopmentApplicationSubmitted', [...keyProspect, applicationSubmitted()], { stage: 'application_review', expectedDealValue: { amount: 1_200_000_00, currency: 'CNY' } }],
    ['DevelopmentApplicationApprovedBySupervisor', [...keyProspect, applicationSubmitted(), supervisorApproved()], { status: 'supervisor_approved', stage: 'application_review' }],
    ['DevelopmentApplicationRejectedBySupervisor', [...keyProspect, applicationSubmitted(), supervisorRejected()], { status: 'application_rejected', stage: 'key_prospect' }],
    ['DevelopmentApplicationRejectedByManager', [...keyProspect, applicationSubmitted(), supervisorApproved(), managerRejected()], { status: 'application_rejected', stage: 'key_prospect' }],
    ['DevelopmentApplicationApprovedByManager', [...keyProspect, applicationSubmitted(), supervisorApproved(), managerApproved()], { status: 'approved', stage: 'approved' }],
    ['DevelopmentStarted', inDevelopment, { status: 'in_development', stage: 'development_started', expectedDealValue: { amount: 1_200_000_00, currency: 'CNY' } }],
    ['DevelopmentReportFiled', [...inDevelopment, reportFiled(1)], { stage: 'proposal', reportStage: 'proposal', expectedDealValue: { amount: 1_000_000_00, currency: 'CNY' } }],
    ['DevelopmentReportCommented', [...inDevelopment, reportFiled(1), comment], { stage: 'proposal' }],
    ['ProspectConverted', converted, { status: 'converted', stage: 'converted', expectedDealValue: { amount: 1_200_000_00, currency: 'CNY' } }],
    ['ProspectAbandoned', [...keyProspect, prospectAbandoned], { status: 'abandoned', stage: 'abandoned' }],
  ])('moves the prospect on %s', (_type, events, expected) => {
    expect(entry(events)).toMatchObject(expected);
  });

  it('re-opens a stopped prospect in the credit check stage on a new check', () => {
    expect(entry([...stopped, creditCheckRecorded(2, true)])).toMatchObject({ status: 'investigated', stage: 'credit_check' });
  });

  it('keeps each prospect of the team in its own stage', () => {
    const doc = pipeline([...inDevelopment, ...keyProspect.map(asOther)]);
    expect(Object.values(doc!.prospects).map((p) => [p.prospectId, p.stage])).toEqual([
      [PROSPECT_ID, 'development_started'],
      [OTHER_ID, 'key_prospect'],
    ]);
  });

  it('moves statuses exactly as the prospect decider does', () => {
    const histories = [converted, stopped, [...stopped, creditCheckRecorded(2, true)], [...keyProspect, applicationSubmitted(), supervisorRejected()], [...keyProspect, prospectAbandoned]];
    for (const events of histories) {
      const domain = events.reduce(evolveProspect, initialProspectState());
      expect(entry(events)!.status).toBe(domain.status);
    }
    expect(Object.keys(PROSPECT_STATUS_AFTER)).toHaveLength(developmentPipelineProjection.eventTypes.length);
  });

  it('ignores events of a prospect it never listed', () => {
    expect(pipeline(investigated.slice(1))).toBeNull();
  });

  it('changes nothing when an event is applied twice', () => {
    const events = history([...inDevelopment, reportFiled(1), ...keyProspect.map(asOther), comment]);
    expect(projectTwice(developmentPipelineProjection, events, TEAM)).toEqual(project(developmentPipelineProjection, events, TEAM));
  });
});

describe('the pipeline of a team', () => {
  it('counts prospects and sums expected deal values per currency by stage, open and closed apart', () => {
    const entries: PipelineEntry[] = [
      { prospectId: 'a', name: 'A', salespersonId: 'ann', status: 'in_development', reportStage: 'proposal', expectedDealValue: { amount: 100, currency: 'CNY' }, stage: 'proposal' },
      { prospectId: 'b', name: 'B', salespersonId: 'bob', status: 'in_development', reportStage: 'proposal', expectedDealValue: { amount: 50, currency: 'USD' }, stage: 'proposal' },
      { prospectId: 'c', name: 'C', salespersonId: 'ann', status: 'in_development', reportStage: 'proposal', expectedDealValue: { amount: 20, currency: 'CNY' }, stage: 'proposal' },
      { prospectId: 'd', name: 'D', salespersonId: 'ann', status: 'listed', reportStage: null, expectedDealValue: null, stage: 'listed' },
      { prospectId: 'e', name: 'E', salespersonId: 'ann', status: 'converted', reportStage: null, expectedDealValue: { amount: 7, currency: 'CNY' }, stage: 'converted' },
    ];
    const view = teamPipeline(TEAM, entries);
    const byStage = Object.fromEntries(view.stages.map((s) => [s.stage, s]));
    expect(view.stages.map((s) => s.stage)).toEqual([...PIPELINE_STAGES]);
    expect(byStage['proposal']).toEqual({
      stage: 'proposal',
      phase: 'development',
      count: 3,
      expectedDealValue: [
        { currency: 'CNY', amount: 120 },
        { currency: 'USD', amount: 50 },
      ],
    });
    expect(byStage['listed']).toEqual({ stage: 'listed', phase: 'screening', count: 1, expectedDealValue: [] });
    expect(byStage['converted']).toMatchObject({ phase: 'closed', count: 1 });
    expect(byStage['negotiation']).toMatchObject({ count: 0, expectedDealValue: [] });
    expect(view.open).toEqual({ count: 4, expectedDealValue: [{ currency: 'CNY', amount: 120 }, { currency: 'USD', amount: 50 }] });
  });

  it('sums exactly up to 2^53 − 1 minor units and refuses a total beyond it rather than rounding it (Decision 10)', () => {
    const entry = (n: number, amount: number): PipelineEntry => ({ prospectId: `p${n}`, name: `P${n}`, salespersonId: 'ann', status: 'in_development', reportStage: 'closing', expectedDealValue: { amount, currency: 'CNY' }, stage: 'closing' });
    const nearlyAll = Array.from({ length: 9 }, (_, n) => entry(n, MAX_AMOUNT));
    expect(teamPipeline(TEAM, [...nearlyAll, entry(9, Number.MAX_SAFE_INTEGER - 9 * MAX_AMOUNT)]).open.expectedDealValue).toEqual([{ currency: 'CNY', amount: Number.MAX_SAFE_INTEGER }]);
    expect(() => teamPipeline(TEAM, [...nearlyAll, entry(9, MAX_AMOUNT)])).toThrow(expect.objectContaining({ code: 'PIPELINE.TOTAL_OUT_OF_RANGE' }));
  });
});
