import { describe, expect, it } from '@jest/globals';
import { ForbiddenError, IllegalStateError, NotFoundError, ValidationError, type Actor, type DomainError } from '#app/eventsourcing';
import { deciderSpec } from '#testing/eventsourcing';
import {
  OTHER_TEAM,
  PROSPECT_ID,
  TEAM,
  actor,
  applicationSubmitted,
  applied,
  approved,
  converted,
  creditCheckRecorded,
  creditForm,
  creditIssueReported,
  creditInvestigation,
  ctx,
  developmentPlan,
  developmentStarted,
  inDevelopment,
  investigated,
  keyProspect,
  listed,
  manager,
  managerApproved,
  managerRejected,
  onHold,
  outsider,
  prospectAbandoned,
  prospectAdded,
  prospectAddedBySupervisor,
  prospectAssignedToBob,
  prospectConverted,
  prospectRedefined,
  prospectStopped,
  qiluFoods,
  reinvestigationRequested,
  reportFiled,
  salesAnn,
  salesBob,
  screenedAsKey,
  stopped,
  supervisor,
  supervisorApproved,
  supervisorApprovedHistory,
  supervisorRejected,
} from '#testing/customer-development';
import type { CreditInvestigationInput, ProspectCommand, ReviewData } from './prospect.commands.js';
import type { ProspectEvent } from './prospect.events.js';
import { prospectDecider } from './prospect.decide.js';
import { prospectStream } from './prospect.js';

const spec = deciderSpec(prospectDecider);
const id = { prospectId: PROSPECT_ID };

type DataOf<T extends ProspectCommand['type']> = Extract<ProspectCommand, { type: T }>['data'];

const add = (overrides: Partial<DataOf<'AddProspect'>> = {}, who: Actor = salesAnn): ProspectCommand => ({
  type: 'AddProspect',
  data: { ...id, ...qiluFoods, ...overrides },
  context: ctx(who),
});
const assign = (assignee: Actor = salesBob, who: Actor = supervisor): ProspectCommand => ({ type: 'AssignProspect', data: { ...id, assignee }, context: ctx(who) });
const recordCheck = (overrides: Partial<Record<keyof CreditInvestigationInput, unknown>> = {}, who: Actor = salesAnn): ProspectCommand => ({
  type: 'RecordCreditCheck',
  data: { ...id, ...creditForm, ...(overrides as Partial<CreditInvestigationInput>) },
  context: ctx(who),
});
const screen = (data: Partial<DataOf<'ScreenProspect'>> = { outcome: 'key_prospect' }, who: Actor = supervisor): ProspectCommand => ({
  type: 'ScreenProspect',
  data: { ...id, outcome: 'key_prospect', ...data },
  context: ctx(who),
});
const reportIssue = (description = 'Court record shows an unpaid supplier judgment', who: Actor = salesAnn): ProspectCommand => ({
  type: 'ReportCreditIssue',
  data: { ...id, description },
  context: ctx(who),
});
const resolve = (data: Partial<DataOf<'ResolveCreditIssue'>>, who: Actor = manager): ProspectCommand => ({
  type: 'ResolveCreditIssue',
  data: { ...id, resolution: 'stop', ...data },
  context: ctx(who),
});
const submit = (overrides: Partial<Record<keyof DataOf<'SubmitDevelopmentApplication'>, unknown>> = {}, who: Actor = salesAnn): ProspectCommand => ({
  type: 'SubmitDevelopmentApplication',
  data: { ...id, ...developmentPlan, ...(overrides as object) },
  context: ctx(who),
});
const review = (data: Partial<ReviewData>) => ({ ...id, decision: 'approve' as const, ...data });
const supervisorReview = (data: Partial<ReviewData> = {}, who: Actor = supervisor): ProspectCommand => ({
  type: 'ReviewApplicationAsSupervisor',
  data: review(data),
  context: ctx(who),
});
const managerReview = (data: Partial<ReviewData> = {}, who: Actor = manager): ProspectCommand => ({
  type: 'ReviewApplicationAsManager',
  data: review(data),
  context: ctx(who),
});
const start = (who: Actor = salesAnn): ProspectCommand => ({ type: 'StartDevelopment', data: id, context: ctx(who) });
const fileReport = (overrides: Partial<Record<keyof DataOf<'FileDevelopmentReport'>, unknown>> = {}, who: Actor = salesAnn): ProspectCommand => ({
  type: 'FileDevelopmentReport',
  data: {
    ...id,
    visitDate: '2027-03-05',
    method: 'visit',
    discussed: 'Freezer capacity and service terms',
    result: 'Pilot agreed in principle',
    stage: 'proposal',
    nextStep: 'Send pilot quotation',
    expectedDealValue: { amount: 1_000_000_00, currency: 'CNY' },
    ...(overrides as object),
  },
  context: ctx(who),
});
const comment = (reportNumber = 1, text = 'Bring the service manager next time', who: Actor = supervisor): ProspectCommand => ({
  type: 'CommentOnDevelopmentReport',
  data: { ...id, reportNumber, comment: text },
  context: ctx(who),
});
const convert = (convertedOn = '2027-03-20', who: Actor = salesAnn): ProspectCommand => ({ type: 'ConvertProspect', data: { ...id, convertedOn }, context: ctx(who) });
const abandon = (reason = 'Chose a competitor', who: Actor = salesAnn): ProspectCommand => ({ type: 'AbandonProspect', data: { ...id, reason }, context: ctx(who) });

const fold = (events: readonly ProspectEvent[]) => events.reduce(prospectDecider.evolve, prospectDecider.initialState());

function refusal(given: readonly ProspectEvent[], command: ProspectCommand): DomainError {
  try {
    prospectDecider.decide(command, fold(given));
  } catch (error) {
    return error as DomainError;
  }
  throw new Error(`${command.type} was expected to be refused`);
}

function expectInvalid(given: readonly ProspectEvent[], command: ProspectCommand, code: string, field: string): void {
  const error = refusal(given, command);
  expect(error).toBeInstanceOf(ValidationError);
  expect({ code: error.code, field: (error as ValidationError).fields[0]?.field }).toEqual({ code, field });
}

describe('prospect identity', () => {
  it('names the stream prospect-<id>', () => {
    expect(prospectStream(PROSPECT_ID)).toBe(`prospect-${PROSPECT_ID}`);
  });
});

describe('a prospect not yet on the list', () => {
  it('is added by a salesperson of the team and assigned to them, with its normalised name', () => {
    spec.given([]).when(add()).then([prospectAdded]);
  });

  it('is added by a supervisor without an assignee', () => {
    spec.given([]).when(add({}, supervisor)).then([prospectAddedBySupervisor]);
  });

  it('keeps the registration number when one is given', () => {
    spec.given([]).when(add({ registrationNumber: ' 91370100MA3C000001 ' })).thenProduces((events) => {
      expect(events[0]!.data).toMatchObject({ registrationNumber: '91370100MA3C000001' });
    });
  });

  it('is added only by a salesperson or supervisor of that team', () => {
    spec.given([]).when(add({}, manager)).thenThrows(ForbiddenError, 'AUTH.ROLE_REQUIRED');
    spec.given([]).when(add({}, outsider)).thenThrows(ForbiddenError, 'AUTH.TEAM_FORBIDDEN');
    spec.given([]).when(add({ team: OTHER_TEAM })).thenThrows(ForbiddenError, 'AUTH.TEAM_FORBIDDEN');
  });

  it.each<[string, Partial<DataOf<'AddProspect'>>, string, string]>([
    ['a blank name', { name: '  ' }, 'FIELD.REQUIRED', 'name'],
    ['no industry', { industry: '' }, 'FIELD.REQUIRED', 'industry'],
    ['no region', { region: '' }, 'FIELD.REQUIRED', 'region'],
    ['an unknown size', { size: 'huge' }, 'SIZE_CLASS.INVALID', 'size'],
    ['no contact', { contact: undefined as never }, 'FIELD.REQUIRED', 'contact'],
    ['a contact without a name', { contact: { name: '', phone: '123' } }, 'FIELD.REQUIRED', 'contact.name'],
    ['a contact without phone or email', { contact: { name: 'Wang Li', phone: ' ' } }, 'CONTACT.PHONE_OR_EMAIL_REQUIRED', 'contact'],
    ['a malformed email', { contact: { name: 'Wang Li', email: 'wang.li' } }, 'CONTACT.EMAIL_INVALID', 'contact.email'],
    ['no source', { source: '' }, 'FIELD.REQUIRED', 'source'],
    ['no initial assessment', { initialAssessment: ' ' }, 'FIELD.REQUIRED', 'initialAssessment'],
  ])('refuses %s', (_case, overrides, code, field) => {
    expectInvalid([], add(overrides), code, field);
  });

  it('answers every other command with not found', () => {
    for (const command of [
      assign(),
      recordCheck(),
      screen(),
      reportIssue(),
      resolve({}),
      submit(),
      supervisorReview(),
      managerReview(),
      start(),
      fileReport(),
      comment(),
      convert(),
      abandon(),
    ]) {
      spec.given([]).when(command).thenThrows(NotFoundError, 'PROSPECT.NOT_FOUND');
    }
  });
});

describe('a listed prospect', () => {
  it('cannot be added a second time', () => {
    spec.given(listed).when(add()).thenThrows(IllegalStateError, 'PROSPECT.ALREADY_EXISTS');
  });

  it('is assigned by a supervisor of the team to a salesperson of the team', () => {
    spec.given(listed).when(assign(salesBob)).then([prospectAssignedToBob]);
    spec.given([prospectAddedBySupervisor]).when(assign(salesAnn)).then([
      { type: 'ProspectAssigned', data: { prospectId: PROSPECT_ID, team: TEAM, salespersonId: 'ann', salespersonName: 'ANN', assignedBy: 'sup-1' } },
    ]);
  });

  it('is not assigned to someone who is not a salesperson of the team', () => {
    expectInvalid(listed, assign(manager), 'ASSIGNEE.NOT_SALESPERSON_OF_TEAM', 'assignee');
    expectInvalid(listed, assign(actor('sam', ['salesperson'], [OTHER_TEAM])), 'ASSIGNEE.NOT_SALESPERSON_OF_TEAM', 'assignee');
  });

  it('is assigned only by a supervisor of its team', () => {
    spec.given(listed).when(assign(salesBob, salesAnn)).thenThrows(ForbiddenError, 'AUTH.ROLE_REQUIRED');
    spec.given(listed).when(assign(salesBob, outsider)).thenThrows(ForbiddenError, 'AUTH.TEAM_FORBIDDEN');
  });

  it('records nothing when assigned to its current salesperson', () => {
    spec.given(listed).when(assign(salesAnn)).then([]);
  });

  it('takes a credit check from the assigned salesperson, the grade computed from the scores', () => {
    spec.given(listed).when(recordCheck()).then([creditCheckRecorded(1)]);
    spec.given(listed).when(recordCheck()).thenProduces((events) => {
      expect(events[0]!.data).toMatchObject({ checkNumber: 1, grade: 'B', recordedBy: 'ann', assignedSalespersonId: 'ann' });
    });
  });

  it('refuses a credit check from a teammate the prospect is not assigned to (step 3 is the assignee’s)', () => {
    spec.given(listed).when(recordCheck({}, salesBob)).thenThrows(ForbiddenError, 'PROSPECT.NOT_ASSIGNEE');
  });

  it('never takes the grade from the input: a grade given is a field the command does not know', () => {
    const allA = [{ item: 'Financial strength', score: 'A' }, { item: 'Payment record', score: 'A' }];
    expectInvalid(listed, recordCheck({ scoredItems: allA, grade: 'D' } as never), 'COMMAND.INVALID', 'grade');
    spec.given(listed).when(recordCheck({ scoredItems: allA })).thenProduces((events) => {
      expect(events[0]!.data).toMatchObject({ grade: 'A', totalPoints: 20 });
    });
  });

  it('takes a credit check only from a salesperson of its team', () => {
    spec.given(listed).when(recordCheck({}, supervisor)).thenThrows(ForbiddenError, 'AUTH.ROLE_REQUIRED');
    spec.given(listed).when(recordCheck({}, actor('sam', ['salesperson'], [OTHER_TEAM]))).thenThrows(ForbiddenError, 'AUTH.TEAM_FORBIDDEN');
  });

  it.each<[string, Partial<Record<keyof CreditInvestigationInput, unknown>>, string, string]>([
    ['no legal name', { legalName: '' }, 'FIELD.REQUIRED', 'legalName'],
    ['no registration number', { registrationNumber: ' ' }, 'FIELD.REQUIRED', 'registrationNumber'],
    ['no legal representative', { legalRepresentative: undefined }, 'FIELD.REQUIRED', 'legalRepresentative'],
    ['an impossible founding date', { foundedOn: '2012-02-30' }, 'DATE.INVALID', 'foundedOn'],
    ['an unknown ownership type', { ownershipType: 'pirate' }, 'CREDIT_CHECK.OWNERSHIP_TYPE_INVALID', 'ownershipType'],
    ['no registered capital', { registeredCapital: undefined }, 'FIELD.REQUIRED', 'registeredCapital'],
    ['negative registered capital', { registeredCapital: { amount: -1, currency: 'CNY' } }, 'AMOUNT.INVALID', 'registeredCapital.amount'],
    ['fractional registered capital', { registeredCapital: { amount: 10.5, currency: 'CNY' } }, 'AMOUNT.INVALID', 'registeredCapital.amount'],
    ['a made-up currency', { registeredCapital: { amount: 100, currency: 'RMB' } }, 'CURRENCY.INVALID', 'registeredCapital.currency'],
    ['no business scope', { businessScope: '' }, 'FIELD.REQUIRED', 'businessScope'],
    ['negative employees', { employees: -3 }, 'COUNT.INVALID', 'employees'],
    ['fractional employees', { employees: 12.5 }, 'COUNT.INVALID', 'employees'],
    ['revenue given as text', { annualRevenue: { amount: '100', currency: 'CNY' } }, 'AMOUNT.INVALID', 'annualRevenue.amount'],
    ['no bank', { banks: [' '] }, 'CREDIT_CHECK.BANKS_REQUIRED', 'banks'],
    ["no bank's opinion", { bankOpinion: '' }, 'FIELD.REQUIRED', 'bankOpinion'],
    ['an unknown payment behaviour', { paymentBehaviour: 'sometimes' }, 'CREDIT_CHECK.PAYMENT_BEHAVIOUR_INVALID', 'paymentBehaviour'],
    ['no history', { history: undefined }, 'FIELD.REQUIRED', 'history'],
    ['a fractional limit-overrun count', { history: { limitOverruns: 1.5, badDebts: 0, lawsuits: 0 } }, 'COUNT.INVALID', 'history.limitOverruns'],
    ['a negative bad-debt count', { history: { limitOverruns: 0, badDebts: -1, lawsuits: 0 } }, 'COUNT.INVALID', 'history.badDebts'],
    ['no lawsuit count', { history: { limitOverruns: 0, badDebts: 0 } }, 'COUNT.INVALID', 'history.lawsuits'],
    ['no scored items', { scoredItems: [] }, 'CREDIT_CHECK.SCORES_REQUIRED', 'scoredItems'],
    ['a score outside A–D', { scoredItems: [{ item: 'Management', score: 'E' }] }, 'CREDIT_CHECK.SCORE_INVALID', 'scoredItems[0].score'],
    ['a lower-case score', { scoredItems: [{ item: 'Management', score: 'a' }] }, 'CREDIT_CHECK.SCORE_INVALID', 'scoredItems[0].score'],
    ['a numeric score', { scoredItems: [{ item: 'Management', score: 10 }] }, 'CREDIT_CHECK.SCORE_INVALID', 'scoredItems[0].score'],
    ['an unnamed scored item', { scoredItems: [{ item: '', score: 'A' }] }, 'FIELD.REQUIRED', 'scoredItems[0].item'],
    ['a negative credit limit', { suggestedCreditLimit: { amount: -100, currency: 'CNY' } }, 'AMOUNT.INVALID', 'suggestedCreditLimit.amount'],
    ['a lower-case currency', { suggestedCreditLimit: { amount: 100, currency: 'cny' } }, 'CURRENCY.INVALID', 'suggestedCreditLimit.currency'],
    ['no investigator', { investigator: '' }, 'FIELD.REQUIRED', 'investigator'],
    ['an impossible investigation date', { investigatedOn: '2027-02-29' }, 'DATE.INVALID', 'investigatedOn'],
    ['a founding after the investigation', { foundedOn: '2027-03-01' }, 'CREDIT_CHECK.FOUNDED_AFTER_INVESTIGATION', 'foundedOn'],
  ])('refuses a credit check with %s', (_case, overrides, code, field) => {
    expectInvalid(listed, recordCheck(overrides), code, field);
  });

  it('keeps amounts in their own currency, e.g. foreign registered capital', () => {
    spec.given(listed).when(recordCheck({ registeredCapital: { amount: 2_000_000_00, currency: 'USD' } })).thenProduces((events) => {
      expect(events[0]!.data).toMatchObject({ registeredCapital: { amount: 2_000_000_00, currency: 'USD' }, suggestedCreditLimit: { amount: 800_000_00, currency: 'CNY' } });
    });
  });

  it('cannot be screened, reported on or applied for without a credit check (Decision 8)', () => {
    spec.given(listed).when(screen()).thenThrows(IllegalStateError, 'PROSPECT.CREDIT_CHECK_REQUIRED');
    spec.given(listed).when(reportIssue()).thenThrows(IllegalStateError, 'PROSPECT.CREDIT_CHECK_REQUIRED');
    spec.given(listed).when(submit()).thenThrows(IllegalStateError, 'PROSPECT.CREDIT_CHECK_REQUIRED');
  });

  it('cannot start, report on or convert a development', () => {
    spec.given(listed).when(start()).thenThrows(IllegalStateError, 'APPLICATION.NOT_APPROVED');
    spec.given(listed).when(fileReport()).thenThrows(IllegalStateError, 'PROSPECT.NOT_IN_DEVELOPMENT');
    spec.given(listed).when(convert()).thenThrows(IllegalStateError, 'PROSPECT.NOT_IN_DEVELOPMENT');
  });
});

describe('an investigated prospect', () => {
  it('is screened by a supervisor of the team as a key prospect', () => {
    spec.given(investigated).when(screen()).then([screenedAsKey(1)]);
  });

  it('is sent back for a focused re-investigation naming what is unclear', () => {
    spec.given(investigated).when(screen({ outcome: 'reinvestigate', unclearPoints: ['Who guarantees the bank loan', ' '] })).then([reinvestigationRequested(1)]);
    spec.given(investigated).when(screen({ outcome: 'reinvestigate', unclearPoints: [' '] })).thenThrows(ValidationError, 'SCREENING.UNCLEAR_POINTS_REQUIRED');
    spec.given(investigated).when(screen({ outcome: 'reinvestigate' })).thenThrows(ValidationError, 'SCREENING.UNCLEAR_POINTS_REQUIRED');
  });

  it('refuses an unknown screening outcome', () => {
    expectInvalid(investigated, screen({ outcome: 'maybe' as never }), 'SCREENING.OUTCOME_INVALID', 'outcome');
  });

  it('is screened only by a supervisor of its team', () => {
    spec.given(investigated).when(screen({}, salesAnn)).thenThrows(ForbiddenError, 'AUTH.ROLE_REQUIRED');
    spec.given(investigated).when(screen({}, outsider)).thenThrows(ForbiddenError, 'AUTH.TEAM_FORBIDDEN');
  });

  it('cannot be applied for before the screening', () => {
    spec.given(investigated).when(submit()).thenThrows(IllegalStateError, 'PROSPECT.SCREENING_REQUIRED');
  });

  it('takes a further credit check, numbered on', () => {
    spec.given(investigated).when(recordCheck()).then([creditCheckRecorded(2)]);
  });

  it('takes a credit issue from a salesperson or supervisor of the team, with a description', () => {
    spec.given(investigated).when(reportIssue()).then([creditIssueReported(1)]);
    spec.given(investigated).when(reportIssue('Unpaid judgment', supervisor)).thenProduces((events) => {
      expect(events[0]!.data).toMatchObject({ reportedBy: 'sup-1', description: 'Unpaid judgment' });
    });
    spec.given(investigated).when(reportIssue('  ')).thenThrows(ValidationError, 'CREDIT_ISSUE.DESCRIPTION_REQUIRED');
    spec.given(investigated).when(reportIssue('x', manager)).thenThrows(ForbiddenError, 'AUTH.ROLE_REQUIRED');
    spec.given(investigated).when(reportIssue('x', salesBob)).thenThrows(ForbiddenError, 'PROSPECT.NOT_ASSIGNEE');
    spec.given(investigated).when(reportIssue('x', outsider)).thenThrows(ForbiddenError, 'AUTH.TEAM_FORBIDDEN');
  });

  it('has no credit issue for a manager to resolve', () => {
    spec.given(investigated).when(resolve({ resolution: 'stop' })).thenThrows(IllegalStateError, 'PROSPECT.NO_CREDIT_ISSUE_PENDING');
  });
});

describe('a prospect awaiting re-investigation', () => {
  const given = [...investigated, reinvestigationRequested(1)];

  it('is not screened again until a new credit check is recorded', () => {
    spec.given(given).when(screen()).thenThrows(IllegalStateError, 'PROSPECT.CREDIT_CHECK_REQUIRED');
    spec.given(given).when(submit()).thenThrows(IllegalStateError, 'PROSPECT.SCREENING_REQUIRED');
  });

  it('is screened on the new credit check', () => {
    spec.given(given).when(recordCheck()).then([creditCheckRecorded(2)]);
    spec.given([...given, creditCheckRecorded(2)]).when(screen()).then([screenedAsKey(2)]);
  });
});

describe('a key prospect', () => {
  it('is applied for by its salesperson as version 1, citing the credit check on file', () => {
    spec.given(keyProspect).when(submit()).then([applicationSubmitted(1)]);
  });

  it('accepts an application that needs no extra resources', () => {
    spec.given(keyProspect).when(submit({ resourcesNeeded: [] })).thenProduces((events) => {
      expect(events[0]!.data).toMatchObject({ resourcesNeeded: [] });
    });
  });

  it('is applied for only by the salesperson it is assigned to', () => {
    spec.given(keyProspect).when(submit({}, salesBob)).thenThrows(ForbiddenError, 'PROSPECT.NOT_ASSIGNEE');
    spec.given(keyProspect).when(submit({}, supervisor)).thenThrows(ForbiddenError, 'AUTH.ROLE_REQUIRED');
    spec.given(keyProspect).when(submit({}, actor('ann', ['salesperson'], [OTHER_TEAM]))).thenThrows(ForbiddenError, 'AUTH.TEAM_FORBIDDEN');
    spec
      .given([prospectAddedBySupervisor, creditCheckRecorded(1), screenedAsKey(1)])
      .when(submit())
      .thenThrows(IllegalStateError, 'PROSPECT.NOT_ASSIGNED');
  });

  it.each<[string, Partial<Record<keyof DataOf<'SubmitDevelopmentApplication'>, unknown>>, string, string]>([
    ['no objectives', { objectives: [' '] }, 'APPLICATION.OBJECTIVES_REQUIRED', 'objectives'],
    ['no approach', { approach: '' }, 'FIELD.REQUIRED', 'approach'],
    ['no milestones', { milestones: [] }, 'APPLICATION.MILESTONES_REQUIRED', 'milestones'],
    ['an unnamed milestone', { milestones: [{ description: ' ', dueOn: '2027-03-05' }] }, 'FIELD.REQUIRED', 'milestones[0].description'],
    ['an impossible milestone date', { milestones: [{ description: 'Demo', dueOn: '2027-3-5' }] }, 'DATE.INVALID', 'milestones[0].dueOn'],
    ['no expected deal value', { expectedDealValue: undefined }, 'FIELD.REQUIRED', 'expectedDealValue'],
    ['a fractional deal value', { expectedDealValue: { amount: 99.99, currency: 'CNY' } }, 'AMOUNT.INVALID', 'expectedDealValue.amount'],
    ['a deal value without currency', { expectedDealValue: { amount: 100 } }, 'CURRENCY.INVALID', 'expectedDealValue.currency'],
  ])('refuses an application with %s', (_case, overrides, code, field) => {
    expectInvalid(keyProspect, submit(overrides), code, field);
  });

  it('needs screening again after a newer credit check', () => {
    spec.given([...keyProspect, creditCheckRecorded(2)]).when(submit()).thenThrows(IllegalStateError, 'PROSPECT.SCREENING_REQUIRED');
  });

  it('has no application to review', () => {
    spec.given(keyProspect).when(supervisorReview()).thenThrows(IllegalStateError, 'APPLICATION.NOT_AWAITING_SUPERVISOR_REVIEW');
    spec.given(keyProspect).when(managerReview()).thenThrows(IllegalStateError, 'APPLICATION.NOT_AWAITING_MANAGER_REVIEW');
  });
});

describe('a prospect with a credit issue on hold', () => {
  it('is redefined by a manager of the team and then awaits screening again', () => {
    spec.given(onHold).when(resolve({ resolution: 'redefine', redefinition: ' Cash-on-delivery customer only, no credit line ' })).then([prospectRedefined]);
    spec.given([...onHold, prospectRedefined]).when(submit()).thenThrows(IllegalStateError, 'PROSPECT.SCREENING_REQUIRED');
    spec.given([...onHold, prospectRedefined]).when(screen()).then([screenedAsKey(1)]);
  });

  it('needs the redefinition spelled out', () => {
    expectInvalid(onHold, resolve({ resolution: 'redefine' }), 'CREDIT_ISSUE.REDEFINITION_REQUIRED', 'redefinition');
  });

  it('is stopped by a manager of the team', () => {
    spec.given(onHold).when(resolve({ resolution: 'stop', reason: 'Judgment still unpaid' })).then([prospectStopped]);
    spec.given(onHold).when(resolve({ resolution: 'stop' })).thenProduces((events) => {
      expect(events).toEqual([{ type: 'ProspectStopped', data: { prospectId: PROSPECT_ID, team: TEAM, assignedSalespersonId: 'ann', stoppedBy: 'mgr-1' } }]);
    });
  });

  it('refuses an unknown resolution', () => {
    expectInvalid(onHold, resolve({ resolution: 'ignore' as never }), 'CREDIT_ISSUE.RESOLUTION_INVALID', 'resolution');
  });

  it('is resolved only by a manager of its team', () => {
    spec.given(onHold).when(resolve({}, supervisor)).thenThrows(ForbiddenError, 'AUTH.ROLE_REQUIRED');
    spec.given(onHold).when(resolve({}, outsider)).thenThrows(ForbiddenError, 'AUTH.TEAM_FORBIDDEN');
  });

  it('waits for the manager: no screening, application, credit check or second report', () => {
    spec.given(onHold).when(screen()).thenThrows(IllegalStateError, 'PROSPECT.ON_HOLD');
    spec.given(onHold).when(submit()).thenThrows(IllegalStateError, 'PROSPECT.ON_HOLD');
    spec.given(onHold).when(recordCheck()).thenThrows(IllegalStateError, 'PROSPECT.ON_HOLD');
    spec.given(onHold).when(reportIssue()).thenThrows(IllegalStateError, 'PROSPECT.ON_HOLD');
  });
});

describe('a stopped prospect', () => {
  it('accepts no screening, report or application (Decision 8)', () => {
    spec.given(stopped).when(screen()).thenThrows(IllegalStateError, 'PROSPECT.STOPPED');
    spec.given(stopped).when(reportIssue()).thenThrows(IllegalStateError, 'PROSPECT.STOPPED');
    spec.given(stopped).when(submit()).thenThrows(IllegalStateError, 'PROSPECT.STOPPED');
    spec.given(stopped).when(resolve({ resolution: 'redefine', redefinition: 'x' })).thenThrows(IllegalStateError, 'PROSPECT.STOPPED');
  });

  it('is re-opened only by a new credit check, which it then awaits screening on', () => {
    spec.given(stopped).when(recordCheck()).then([creditCheckRecorded(2, true)]);
    spec.given([...stopped, creditCheckRecorded(2, true)]).when(screen()).then([screenedAsKey(2)]);
  });
});

describe('a submitted application', () => {
  it('is approved by a supervisor of the team', () => {
    spec.given(applied).when(supervisorReview()).then([supervisorApproved(1)]);
    spec.given(applied).when(supervisorReview({ comment: ' Good plan ' })).thenProduces((events) => {
      expect(events[0]!.data).toMatchObject({ comment: 'Good plan' });
    });
  });

  it('is rejected by the supervisor with a reason, which is required', () => {
    spec.given(applied).when(supervisorReview({ decision: 'reject', reason: 'Milestones too vague' })).then([supervisorRejected(1)]);
    expectInvalid(applied, supervisorReview({ decision: 'reject', reason: ' ' }), 'DECISION.REASON_REQUIRED', 'reason');
    expectInvalid(applied, supervisorReview({ decision: 'maybe' as never }), 'REVIEW.DECISION_INVALID', 'decision');
  });

  it('is not reviewed by a manager before the supervisor approved', () => {
    spec.given(applied).when(managerReview()).thenThrows(IllegalStateError, 'APPLICATION.SUPERVISOR_REVIEW_PENDING');
  });

  it('is not reviewed by whoever submitted it (Decision 1)', () => {
    spec.given(applied).when(supervisorReview({}, actor('ann', ['salesperson', 'supervisor']))).thenThrows(ForbiddenError, 'AUTH.SELF_APPROVAL');
  });

  it('is reviewed only by a supervisor of its team', () => {
    spec.given(applied).when(supervisorReview({}, salesBob)).thenThrows(ForbiddenError, 'AUTH.ROLE_REQUIRED');
    spec.given(applied).when(supervisorReview({}, outsider)).thenThrows(ForbiddenError, 'AUTH.TEAM_FORBIDDEN');
  });

  it('cannot be submitted again, nor the credit file reopened, while under review', () => {
    spec.given(applied).when(submit()).thenThrows(IllegalStateError, 'APPLICATION.PENDING_REVIEW');
    spec.given(applied).when(recordCheck()).thenThrows(IllegalStateError, 'PROSPECT.CREDIT_CHECK_NOT_ALLOWED');
    spec.given(applied).when(reportIssue()).thenThrows(IllegalStateError, 'PROSPECT.CREDIT_ISSUE_NOT_ALLOWED');
  });

  it('does not let development start', () => {
    spec.given(applied).when(start()).thenThrows(IllegalStateError, 'APPLICATION.NOT_APPROVED');
  });
});

describe('an application approved by the supervisor', () => {
  const given = supervisorApprovedHistory;

  it('is approved by a manager of the team', () => {
    spec.given(given).when(managerReview()).then([managerApproved(1)]);
  });

  it('is rejected by the manager with a reason, which is required', () => {
    spec.given(given).when(managerReview({ decision: 'reject', reason: 'Deal value unrealistic' })).then([managerRejected(1)]);
    expectInvalid(given, managerReview({ decision: 'reject' }), 'DECISION.REASON_REQUIRED', 'reason');
  });

  it('is not reviewed by the supervisor a second time', () => {
    spec.given(given).when(supervisorReview()).thenThrows(IllegalStateError, 'APPLICATION.NOT_AWAITING_SUPERVISOR_REVIEW');
  });

  it('is not reviewed by its submitter, nor by the supervisor who approved it, even holding the manager role', () => {
    spec.given(given).when(managerReview({}, actor('ann', ['salesperson', 'manager']))).thenThrows(ForbiddenError, 'AUTH.SELF_APPROVAL');
    spec.given(given).when(managerReview({}, actor('sup-1', ['supervisor', 'manager']))).thenThrows(ForbiddenError, 'AUTH.SAME_REVIEWER');
  });

  it('is reviewed by a manager overseeing the team, and by no one else', () => {
    spec.given(given).when(managerReview({}, supervisor)).thenThrows(ForbiddenError, 'AUTH.ROLE_REQUIRED');
    spec.given(given).when(managerReview({}, outsider)).thenThrows(ForbiddenError, 'AUTH.TEAM_FORBIDDEN');
    spec.given(given).when(managerReview({}, actor('mgr-9', ['manager'], [OTHER_TEAM, TEAM]))).thenProduces((events) => {
      expect(events[0]!.data).toMatchObject({ approvedBy: 'mgr-9', version: 1 });
    });
  });

  it('does not let development start', () => {
    spec.given(given).when(start()).thenThrows(IllegalStateError, 'APPLICATION.NOT_APPROVED');
  });
});

describe('a rejected application', () => {
  const bySupervisor = [...applied, supervisorRejected(1)];
  const byManager = [...supervisorApprovedHistory, managerRejected(1)];

  it('goes back to its salesperson, who resubmits it as version 2', () => {
    spec.given(bySupervisor).when(submit()).then([applicationSubmitted(2)]);
    spec.given(byManager).when(submit()).then([applicationSubmitted(2)]);
  });

  it('is not reviewed again until resubmitted', () => {
    spec.given(bySupervisor).when(supervisorReview()).thenThrows(IllegalStateError, 'APPLICATION.NOT_AWAITING_SUPERVISOR_REVIEW');
    spec.given(byManager).when(managerReview()).thenThrows(IllegalStateError, 'APPLICATION.NOT_AWAITING_MANAGER_REVIEW');
    spec.given(byManager).when(start()).thenThrows(IllegalStateError, 'APPLICATION.NOT_APPROVED');
  });

  it('after resubmission is reviewed as version 2, from the supervisor again', () => {
    const resubmitted = [...byManager, applicationSubmitted(2)];
    spec.given(resubmitted).when(managerReview()).thenThrows(IllegalStateError, 'APPLICATION.SUPERVISOR_REVIEW_PENDING');
    spec.given(resubmitted).when(supervisorReview()).then([supervisorApproved(2)]);
    spec.given([...resubmitted, supervisorApproved(2)]).when(managerReview()).then([managerApproved(2)]);
  });

  it('may take a new credit check, which needs a new screening before the next version', () => {
    spec.given(bySupervisor).when(recordCheck()).then([creditCheckRecorded(2)]);
    spec.given([...bySupervisor, creditCheckRecorded(2)]).when(submit()).thenThrows(IllegalStateError, 'PROSPECT.SCREENING_REQUIRED');
    spec.given([...bySupervisor, creditCheckRecorded(2), screenedAsKey(2)]).when(submit()).then([applicationSubmitted(2, 2)]);
  });
});

describe('an approved application', () => {
  it('lets its salesperson start the development', () => {
    spec.given(approved).when(start()).then([developmentStarted(1)]);
  });

  it('is started only by the salesperson the prospect is assigned to', () => {
    spec.given(approved).when(start(salesBob)).thenThrows(ForbiddenError, 'PROSPECT.NOT_ASSIGNEE');
    spec.given(approved).when(start(supervisor)).thenThrows(ForbiddenError, 'AUTH.ROLE_REQUIRED');
  });

  it('is locked: no resubmission and no further review', () => {
    spec.given(approved).when(submit()).thenThrows(IllegalStateError, 'APPLICATION.ALREADY_APPROVED');
    spec.given(approved).when(managerReview()).thenThrows(IllegalStateError, 'APPLICATION.NOT_AWAITING_MANAGER_REVIEW');
  });

  it('takes no report and no conversion before the development starts', () => {
    spec.given(approved).when(fileReport()).thenThrows(IllegalStateError, 'PROSPECT.NOT_IN_DEVELOPMENT');
    spec.given(approved).when(convert()).thenThrows(IllegalStateError, 'PROSPECT.NOT_IN_DEVELOPMENT');
  });
});

describe('a prospect in development', () => {
  it('takes numbered development reports from its salesperson', () => {
    spec.given(inDevelopment).when(fileReport()).then([reportFiled(1)]);
    spec.given([...inDevelopment, reportFiled(1)]).when(fileReport()).thenProduces((events) => {
      expect(events[0]!.data).toMatchObject({ reportNumber: 2 });
    });
  });

  it('takes a report without expected deal value or problems, and keeps problems when given', () => {
    spec.given(inDevelopment).when(fileReport({ expectedDealValue: undefined, problems: ' ' })).thenProduces((events) => {
      expect(events[0]!.data).not.toHaveProperty('expectedDealValue');
      expect(events[0]!.data).not.toHaveProperty('problems');
    });
    spec.given(inDevelopment).when(fileReport({ problems: 'Their purchasing head left' })).thenProduces((events) => {
      expect(events[0]!.data).toMatchObject({ problems: 'Their purchasing head left' });
    });
  });

  it.each<[string, Partial<Record<keyof DataOf<'FileDevelopmentReport'>, unknown>>, string, string]>([
    ['an impossible visit date', { visitDate: '2027-02-29' }, 'DATE.INVALID', 'visitDate'],
    ['an unknown method', { method: 'fax' }, 'REPORT.METHOD_INVALID', 'method'],
    ['nothing discussed', { discussed: '' }, 'FIELD.REQUIRED', 'discussed'],
    ['no result', { result: ' ' }, 'FIELD.REQUIRED', 'result'],
    ['an unknown stage', { stage: 'dating' }, 'REPORT.STAGE_INVALID', 'stage'],
    ['no next step', { nextStep: '' }, 'FIELD.REQUIRED', 'nextStep'],
    ['a negative deal value', { expectedDealValue: { amount: -1, currency: 'CNY' } }, 'AMOUNT.INVALID', 'expectedDealValue.amount'],
  ])('refuses a report with %s', (_case, overrides, code, field) => {
    expectInvalid(inDevelopment, fileReport(overrides), code, field);
  });

  it('takes reports only from the salesperson it is assigned to', () => {
    spec.given(inDevelopment).when(fileReport({}, salesBob)).thenThrows(ForbiddenError, 'PROSPECT.NOT_ASSIGNEE');
    spec.given(inDevelopment).when(fileReport({}, outsider)).thenThrows(ForbiddenError, 'AUTH.TEAM_FORBIDDEN');
  });

  it('takes a supervisor comment on a filed report', () => {
    spec.given([...inDevelopment, reportFiled(1)]).when(comment(1, ' Bring the service manager next time ')).then([
      {
        type: 'DevelopmentReportCommented',
        data: { prospectId: PROSPECT_ID, team: TEAM, assignedSalespersonId: 'ann', reportNumber: 1, comment: 'Bring the service manager next time', commentedBy: 'sup-1' },
      },
    ]);
  });

  it('takes comments only on existing reports, only from a supervisor of the team, never blank', () => {
    spec.given(inDevelopment).when(comment(1)).thenThrows(NotFoundError, 'REPORT.NOT_FOUND');
    spec.given([...inDevelopment, reportFiled(1)]).when(comment(2)).thenThrows(NotFoundError, 'REPORT.NOT_FOUND');
    spec.given([...inDevelopment, reportFiled(1)]).when(comment(1, 'x', salesAnn)).thenThrows(ForbiddenError, 'AUTH.ROLE_REQUIRED');
    spec.given([...inDevelopment, reportFiled(1)]).when(comment(1, 'x', outsider)).thenThrows(ForbiddenError, 'AUTH.TEAM_FORBIDDEN');
    expectInvalid([...inDevelopment, reportFiled(1)], comment(1, ' '), 'FIELD.REQUIRED', 'comment');
  });

  it('cannot be started twice', () => {
    spec.given(inDevelopment).when(start()).thenThrows(IllegalStateError, 'PROSPECT.ALREADY_IN_DEVELOPMENT');
  });

  it('is converted by its salesperson, naming team, salesperson and date for the new-customer count', () => {
    spec.given(inDevelopment).when(convert()).then([prospectConverted]);
  });

  it('is converted by whoever it is assigned to now', () => {
    spec.given([...inDevelopment, prospectAssignedToBob]).when(convert('2027-03-20', salesBob)).thenProduces((events) => {
      expect(events[0]!.data).toMatchObject({ team: TEAM, salespersonId: 'bob', convertedOn: '2027-03-20', convertedBy: 'bob' });
    });
    spec.given([...inDevelopment, prospectAssignedToBob]).when(convert()).thenThrows(ForbiddenError, 'PROSPECT.NOT_ASSIGNEE');
  });

  it('refuses a conversion with an impossible date or by someone else', () => {
    expectInvalid(inDevelopment, convert('2027-13-01'), 'DATE.INVALID', 'convertedOn');
    spec.given(inDevelopment).when(convert('2027-03-20', salesBob)).thenThrows(ForbiddenError, 'PROSPECT.NOT_ASSIGNEE');
    spec.given(inDevelopment).when(convert('2027-03-20', outsider)).thenThrows(ForbiddenError, 'AUTH.TEAM_FORBIDDEN');
  });

  it('takes no credit issue and no new credit check', () => {
    spec.given(inDevelopment).when(reportIssue()).thenThrows(IllegalStateError, 'PROSPECT.CREDIT_ISSUE_NOT_ALLOWED');
    spec.given(inDevelopment).when(recordCheck()).thenThrows(IllegalStateError, 'PROSPECT.CREDIT_CHECK_NOT_ALLOWED');
  });
});

describe('a converted prospect', () => {
  it('cannot be converted twice', () => {
    spec.given(converted).when(convert()).thenThrows(IllegalStateError, 'PROSPECT.ALREADY_CONVERTED');
  });

  it('is closed to abandonment, reports, assignment and credit checks', () => {
    spec.given(converted).when(abandon()).thenThrows(IllegalStateError, 'PROSPECT.ALREADY_CONVERTED');
    spec.given(converted).when(fileReport()).thenThrows(IllegalStateError, 'PROSPECT.ALREADY_CONVERTED');
    spec.given(converted).when(assign()).thenThrows(IllegalStateError, 'PROSPECT.ALREADY_CONVERTED');
    spec.given(converted).when(recordCheck()).thenThrows(IllegalStateError, 'PROSPECT.ALREADY_CONVERTED');
  });

  it('still takes a supervisor comment on a report filed before the conversion', () => {
    spec.given([...inDevelopment, reportFiled(1), prospectConverted]).when(comment(1)).thenProduces((events) => {
      expect(events.map((e) => e.type)).toEqual(['DevelopmentReportCommented']);
    });
  });
});

describe('an open prospect', () => {
  it('is abandoned by its salesperson with a reason, recording the stage it left', () => {
    spec.given(keyProspect).when(abandon()).then([prospectAbandoned]);
    spec.given(inDevelopment).when(abandon('Budget frozen')).thenProduces((events) => {
      expect(events[0]!.data).toMatchObject({ abandonedFrom: 'in_development', reason: 'Budget frozen' });
    });
  });

  it('is abandoned by a supervisor of the team even when stopped, on hold or unassigned', () => {
    spec.given(stopped).when(abandon('Credit stop', supervisor)).thenProduces((events) => {
      expect(events[0]!.data).toMatchObject({ abandonedFrom: 'stopped', abandonedBy: 'sup-1' });
    });
    spec.given(onHold).when(abandon('x', supervisor)).thenProduces((events) => expect(events).toHaveLength(1));
    spec.given([prospectAddedBySupervisor]).when(abandon('Out of scope', supervisor)).thenProduces((events) => {
      expect(events[0]!.data).not.toHaveProperty('assignedSalespersonId');
    });
  });

  it('is not abandoned by another salesperson, a manager or another team, nor without a reason', () => {
    spec.given(keyProspect).when(abandon('x', salesBob)).thenThrows(ForbiddenError, 'PROSPECT.NOT_ASSIGNEE');
    spec.given(keyProspect).when(abandon('x', manager)).thenThrows(ForbiddenError, 'AUTH.ROLE_REQUIRED');
    spec.given(keyProspect).when(abandon('x', outsider)).thenThrows(ForbiddenError, 'AUTH.TEAM_FORBIDDEN');
    expectInvalid(keyProspect, abandon('  '), 'DECISION.REASON_REQUIRED', 'reason');
  });
});

describe('an abandoned prospect', () => {
  const given = [...keyProspect, prospectAbandoned];

  it('accepts nothing further', () => {
    for (const command of [abandon(), assign(), recordCheck(), screen(), submit(), fileReport(), convert()]) {
      spec.given(given).when(command).thenThrows(IllegalStateError, 'PROSPECT.ABANDONED');
    }
  });
});

describe('the prospect state', () => {
  it('follows the whole life cycle and keeps what later decisions need', () => {
    const state = fold([...converted]);
    expect(state).toEqual({
      status: 'converted',
      prospectId: PROSPECT_ID,
      team: TEAM,
      name: 'Qilu Foods Co., Ltd.',
      assignedSalespersonId: 'ann',
      latestCreditCheck: { checkNumber: 1, grade: 'B', suggestedCreditLimit: creditInvestigation.suggestedCreditLimit },
      applicationVersion: 1,
      application: { version: 1, submittedBy: 'ann', supervisorApprovedBy: 'sup-1', expectedDealValue: developmentPlan.expectedDealValue },
      reportCount: 0,
    });
  });
});
