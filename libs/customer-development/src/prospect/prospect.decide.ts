import { ForbiddenError, IllegalStateError, NotFoundError, ValidationError, type Actor, type Decider } from '#app/eventsourcing';
import { optionalMoney, optionalText, requireAnyRoleInTeam, requireDate, requireMoney, requireNotSubmitter, requireOneOf, requireRoleInTeam, requireShape, requireText, requireTextList } from '#app/shared-kernel';
import { requireAssignee } from '../shared/authorization.js';
import { SIZE_CLASSES } from '../shared/size-class.js';
import { validateCreditInvestigation } from './credit-investigation.js';
import type {
  AbandonProspect,
  AddProspect,
  AssignProspect,
  CommentOnDevelopmentReport,
  ConvertProspect,
  FileDevelopmentReport,
  ProspectCommand,
  RecordCreditCheck,
  ReportCreditIssue,
  ResolveCreditIssue,
  ReviewApplicationAsManager,
  ReviewApplicationAsSupervisor,
  ScreenProspect,
  StartDevelopment,
  SubmitDevelopmentApplication,
} from './prospect.commands.js';
import {
  CONTACT_METHODS,
  DEVELOPMENT_STAGES,
  type Milestone,
  type ProspectContact,
  type ProspectEvent,
} from './prospect.events.js';
import { normaliseProspectName } from './prospect-name.js';
import { PROSPECT_COMMAND_SHAPES } from './prospect.shapes.js';
import {
  evolveProspect,
  initialProspectState,
  type ExistingProspectState,
  type LatestCreditCheck,
  type PendingApplication,
  type ProspectState,
  type ProspectStatus,
} from './prospect.js';

export function decideProspect(command: ProspectCommand, state: ProspectState): ProspectEvent[] {
  requireShape(PROSPECT_COMMAND_SHAPES[command.type], command.data);
  switch (command.type) {
    case 'AddProspect':
      return addProspect(command, state);
    case 'AssignProspect':
      return assignProspect(command, existing(state, command.data.prospectId));
    case 'RecordCreditCheck':
      return recordCreditCheck(command, existing(state, command.data.prospectId));
    case 'ScreenProspect':
      return screenProspect(command, existing(state, command.data.prospectId));
    case 'ReportCreditIssue':
      return reportCreditIssue(command, existing(state, command.data.prospectId));
    case 'ResolveCreditIssue':
      return resolveCreditIssue(command, existing(state, command.data.prospectId));
    case 'SubmitDevelopmentApplication':
      return submitApplication(command, existing(state, command.data.prospectId));
    case 'ReviewApplicationAsSupervisor':
      return reviewAsSupervisor(command, existing(state, command.data.prospectId));
    case 'ReviewApplicationAsManager':
      return reviewAsManager(command, existing(state, command.data.prospectId));
    case 'StartDevelopment':
      return startDevelopment(command, existing(state, command.data.prospectId));
    case 'FileDevelopmentReport':
      return fileReport(command, existing(state, command.data.prospectId));
    case 'CommentOnDevelopmentReport':
      return commentOnReport(command, existing(state, command.data.prospectId));
    case 'ConvertProspect':
      return convertProspect(command, existing(state, command.data.prospectId));
    case 'AbandonProspect':
      return abandonProspect(command, existing(state, command.data.prospectId));
    default: {
      const _exhaustive: never = command;
      throw new ValidationError('COMMAND.UNKNOWN', 'Unknown command');
    }
  }
}

function existing(state: ProspectState, prospectId: string): ExistingProspectState {
  if (state.status === 'none') throw new NotFoundError('PROSPECT.NOT_FOUND', `Prospect ${prospectId} does not exist`, { prospectId });
  return state;
}

const OPEN_STATUSES: ProspectStatus[] = [
  'listed',
  'investigated',
  'reinvestigation_requested',
  'key_prospect',
  'on_hold',
  'stopped',
  'application_submitted',
  'supervisor_approved',
  'application_rejected',
  'approved',
  'in_development',
];

const BLOCKING: Partial<Record<ProspectStatus, [code: string, message: string]>> = {
  converted: ['PROSPECT.ALREADY_CONVERTED', 'The prospect is already converted'],
  abandoned: ['PROSPECT.ABANDONED', 'The prospect was abandoned'],
  stopped: ['PROSPECT.STOPPED', 'Investigation and negotiation were stopped; only a new credit check re-opens the prospect'],
  on_hold: ['PROSPECT.ON_HOLD', 'A credit issue is waiting for the manager'],
};

/** When the status is not allowed: the code named for that status, else a blocking status's code, else `otherwise`. */
function requireStatus(
  state: ExistingProspectState,
  allowed: readonly ProspectStatus[],
  otherwise: [code: string, message: string],
  byStatus: Partial<Record<ProspectStatus, [code: string, message: string]>> = {},
): void {
  if (allowed.includes(state.status)) return;
  const [code, message] = byStatus[state.status] ?? BLOCKING[state.status] ?? otherwise;
  throw new IllegalStateError(code, `${message} (the prospect is ${state.status.replaceAll('_', ' ')})`, {
    prospectId: state.prospectId,
    status: state.status,
  });
}

const CREDIT_CHECK_REQUIRED: [string, string] = ['PROSPECT.CREDIT_CHECK_REQUIRED', 'A credit investigation must be recorded first'];
const NEW_CREDIT_CHECK_REQUIRED: [string, string] = ['PROSPECT.CREDIT_CHECK_REQUIRED', 'A re-investigation was requested: record a new credit check first'];
const SCREENING_REQUIRED: [string, string] = ['PROSPECT.SCREENING_REQUIRED', 'The supervisor must screen the latest credit check as a key prospect first'];
const NOT_IN_DEVELOPMENT: [string, string] = ['PROSPECT.NOT_IN_DEVELOPMENT', 'This is done only while the prospect is in development'];

const ref = (s: ExistingProspectState) => ({
  prospectId: s.prospectId,
  team: s.team,
  ...(s.assignedSalespersonId ? { assignedSalespersonId: s.assignedSalespersonId } : {}),
});

function assignedSalesperson(s: ExistingProspectState): string {
  if (s.assignedSalespersonId === undefined) {
    throw new IllegalStateError('PROSPECT.NOT_ASSIGNED', 'The prospect is not assigned to a salesperson yet', { prospectId: s.prospectId });
  }
  return s.assignedSalespersonId;
}

const developmentRef = (s: ExistingProspectState) => ({ prospectId: s.prospectId, team: s.team, salespersonId: assignedSalesperson(s) });

function latestCreditCheck(s: ExistingProspectState): LatestCreditCheck {
  if (!s.latestCreditCheck) {
    throw new IllegalStateError(CREDIT_CHECK_REQUIRED[0], CREDIT_CHECK_REQUIRED[1], { prospectId: s.prospectId, status: s.status });
  }
  return s.latestCreditCheck;
}

function pendingApplication(s: ExistingProspectState): PendingApplication {
  if (!s.application) throw new IllegalStateError('APPLICATION.NOT_SUBMITTED', 'No development application is on file', { prospectId: s.prospectId });
  return s.application;
}

const isSupervisor = (actor: Actor): boolean => actor.roles.includes('supervisor');

function addProspect({ data, context }: AddProspect, state: ProspectState): ProspectEvent[] {
  const actor = context.actor;
  requireAnyRoleInTeam(actor, ['salesperson', 'supervisor'], data.team);
  if (state.status !== 'none') {
    throw new IllegalStateError('PROSPECT.ALREADY_EXISTS', `Prospect ${state.prospectId} already exists`, { prospectId: state.prospectId });
  }
  const name = requireText(data.name, 'name');
  const industry = requireText(data.industry, 'industry');
  const region = requireText(data.region, 'region');
  const size = requireOneOf(data.size, SIZE_CLASSES, 'size', 'SIZE_CLASS.INVALID');
  const contact = prospectContact(data.contact);
  const source = requireText(data.source, 'source');
  const initialAssessment = requireText(data.initialAssessment, 'initialAssessment');
  const registrationNumber = optionalText(data.registrationNumber, 'registrationNumber');
  const selfAssigned = actor.roles.includes('salesperson');
  return [
    {
      type: 'ProspectAdded',
      data: {
        prospectId: data.prospectId,
        team: data.team,
        ...(selfAssigned ? { assignedSalespersonId: actor.id, assignedSalespersonName: actor.name } : {}),
        name,
        normalisedName: normaliseProspectName(name),
        industry,
        region,
        size,
        contact,
        source,
        initialAssessment,
        ...(registrationNumber ? { registrationNumber } : {}),
        addedBy: actor.id,
      },
    },
  ];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function prospectContact(input: ProspectContact | undefined): ProspectContact {
  if (input === null || typeof input !== 'object') {
    throw new ValidationError('FIELD.REQUIRED', 'contact is required', [{ field: 'contact', messages: ['contact must be given'] }]);
  }
  const name = requireText(input.name, 'contact.name');
  const phone = optionalText(input.phone, 'contact.phone');
  const email = optionalText(input.email, 'contact.email');
  if (!phone && !email) {
    throw new ValidationError('CONTACT.PHONE_OR_EMAIL_REQUIRED', 'A contact needs a phone number or an email address', [
      { field: 'contact', messages: ['give contact.phone or contact.email'] },
    ]);
  }
  if (email && !EMAIL.test(email)) {
    throw new ValidationError('CONTACT.EMAIL_INVALID', `"${email}" is not an email address`, [
      { field: 'contact.email', messages: ['contact.email must be an email address'] },
    ]);
  }
  return { name, ...(phone ? { phone } : {}), ...(email ? { email } : {}) };
}

function assignProspect({ data, context }: AssignProspect, state: ExistingProspectState): ProspectEvent[] {
  requireRoleInTeam(context.actor, 'supervisor', state.team);
  requireStatus(state, OPEN_STATUSES, ['PROSPECT.CLOSED', 'The prospect is closed']);
  const assignee = data.assignee;
  if (!assignee?.roles?.includes('salesperson') || !assignee.teams?.includes(state.team)) {
    throw new ValidationError('ASSIGNEE.NOT_SALESPERSON_OF_TEAM', `A prospect is assigned to a salesperson of team ${state.team}`, [
      { field: 'assignee', messages: [`assignee must be a salesperson of team ${state.team}`] },
    ]);
  }
  if (assignee.id === state.assignedSalespersonId) return [];
  return [
    {
      type: 'ProspectAssigned',
      data: {
        prospectId: state.prospectId,
        team: state.team,
        salespersonId: assignee.id,
        salespersonName: assignee.name,
        ...(state.assignedSalespersonId ? { previousSalespersonId: state.assignedSalespersonId } : {}),
        assignedBy: context.actor.id,
      },
    },
  ];
}

/** Step 3: the assigned salesperson investigates. Decision 8: a stopped prospect re-opens only through a new credit investigation. */
function recordCreditCheck({ data, context }: RecordCreditCheck, state: ExistingProspectState): ProspectEvent[] {
  requireRoleInTeam(context.actor, 'salesperson', state.team);
  requireAssignee(context.actor, state);
  requireStatus(
    state,
    ['listed', 'investigated', 'reinvestigation_requested', 'key_prospect', 'application_rejected', 'stopped'],
    ['PROSPECT.CREDIT_CHECK_NOT_ALLOWED', 'A credit check cannot be recorded while an application is under review or approved'],
  );
  const investigation = validateCreditInvestigation(data);
  return [
    {
      type: 'CreditCheckRecorded',
      data: {
        ...ref(state),
        checkNumber: (state.latestCreditCheck?.checkNumber ?? 0) + 1,
        ...investigation,
        reopened: state.status === 'stopped',
        recordedBy: context.actor.id,
      },
    },
  ];
}

function screenProspect({ data, context }: ScreenProspect, state: ExistingProspectState): ProspectEvent[] {
  requireRoleInTeam(context.actor, 'supervisor', state.team);
  requireStatus(state, ['investigated'], ['PROSPECT.NOT_AWAITING_SCREENING', 'Only a prospect with a new credit check awaits screening'], {
    listed: CREDIT_CHECK_REQUIRED,
    reinvestigation_requested: NEW_CREDIT_CHECK_REQUIRED,
  });
  const check = latestCreditCheck(state);
  const outcome = requireOneOf(data.outcome, ['key_prospect', 'reinvestigate'] as const, 'outcome', 'SCREENING.OUTCOME_INVALID');
  const comment = optionalText(data.comment, 'comment');
  if (outcome === 'key_prospect') {
    return [
      {
        type: 'ProspectScreenedAsKey',
        data: { ...ref(state), checkNumber: check.checkNumber, grade: check.grade, ...(comment ? { comment } : {}), screenedBy: context.actor.id },
      },
    ];
  }
  const unclearPoints = requireTextList(data.unclearPoints, 'unclearPoints', 'SCREENING.UNCLEAR_POINTS_REQUIRED');
  return [
    {
      type: 'ProspectReinvestigationRequested',
      data: { ...ref(state), checkNumber: check.checkNumber, unclearPoints, ...(comment ? { comment } : {}), requestedBy: context.actor.id },
    },
  ];
}

/** Step 4: a credit problem found while screening goes to the superior (from the assigned salesperson or the supervisor); the prospect waits on hold. */
function reportCreditIssue({ data, context }: ReportCreditIssue, state: ExistingProspectState): ProspectEvent[] {
  requireAnyRoleInTeam(context.actor, ['salesperson', 'supervisor'], state.team);
  if (!isSupervisor(context.actor)) requireAssignee(context.actor, state);
  requireStatus(
    state,
    ['investigated', 'reinvestigation_requested', 'key_prospect', 'application_rejected'],
    ['PROSPECT.CREDIT_ISSUE_NOT_ALLOWED', 'Credit issues are reported during screening, not while an application is under review or approved'],
    { listed: CREDIT_CHECK_REQUIRED },
  );
  const check = latestCreditCheck(state);
  const description = requireText(data.description, 'description', 'CREDIT_ISSUE.DESCRIPTION_REQUIRED');
  return [{ type: 'CreditIssueReported', data: { ...ref(state), checkNumber: check.checkNumber, description, reportedBy: context.actor.id } }];
}

/** A redefined prospect returns to `investigated`: the supervisor screens it again against the redefinition. */
function resolveCreditIssue({ data, context }: ResolveCreditIssue, state: ExistingProspectState): ProspectEvent[] {
  requireRoleInTeam(context.actor, 'manager', state.team);
  requireStatus(state, ['on_hold'], ['PROSPECT.NO_CREDIT_ISSUE_PENDING', 'No credit issue is waiting for a decision']);
  const resolution = requireOneOf(data.resolution, ['redefine', 'stop'] as const, 'resolution', 'CREDIT_ISSUE.RESOLUTION_INVALID');
  if (resolution === 'redefine') {
    const redefinition = requireText(data.redefinition, 'redefinition', 'CREDIT_ISSUE.REDEFINITION_REQUIRED');
    return [{ type: 'ProspectRedefined', data: { ...ref(state), redefinition, redefinedBy: context.actor.id } }];
  }
  const reason = optionalText(data.reason, 'reason');
  return [{ type: 'ProspectStopped', data: { ...ref(state), ...(reason ? { reason } : {}), stoppedBy: context.actor.id } }];
}

/** Decision 8 and step 4: no application without a credit check screened as a key prospect. */
function submitApplication({ data, context }: SubmitDevelopmentApplication, state: ExistingProspectState): ProspectEvent[] {
  const actor = context.actor;
  requireRoleInTeam(actor, 'salesperson', state.team);
  requireAssignee(actor, state);
  const pendingReview: [string, string] = ['APPLICATION.PENDING_REVIEW', 'The application is already under review'];
  const alreadyApproved: [string, string] = ['APPLICATION.ALREADY_APPROVED', 'The application is already approved'];
  requireStatus(state, ['key_prospect', 'application_rejected'], SCREENING_REQUIRED, {
    listed: CREDIT_CHECK_REQUIRED,
    application_submitted: pendingReview,
    supervisor_approved: pendingReview,
    approved: alreadyApproved,
    in_development: alreadyApproved,
  });
  const check = latestCreditCheck(state);
  const objectives = requireTextList(data.objectives, 'objectives', 'APPLICATION.OBJECTIVES_REQUIRED');
  const approach = requireText(data.approach, 'approach');
  const milestones = developmentMilestones(data.milestones);
  const expectedDealValue = requireMoney(data.expectedDealValue, 'expectedDealValue');
  const resourcesNeeded = requireTextList(data.resourcesNeeded, 'resourcesNeeded', 'FIELD.REQUIRED', 0);
  return [
    {
      type: 'DevelopmentApplicationSubmitted',
      data: {
        ...developmentRef(state),
        version: state.applicationVersion + 1,
        checkNumber: check.checkNumber,
        grade: check.grade,
        objectives,
        approach,
        milestones,
        expectedDealValue,
        resourcesNeeded,
        submittedBy: actor.id,
      },
    },
  ];
}

function developmentMilestones(input: Milestone[] | undefined): Milestone[] {
  if (!Array.isArray(input) || input.length === 0) {
    throw new ValidationError('APPLICATION.MILESTONES_REQUIRED', 'A development plan needs at least one milestone', [
      { field: 'milestones', messages: ['milestones must contain at least one item'] },
    ]);
  }
  return input.map((m, i) => ({
    description: requireText(m?.description, `milestones[${i}].description`),
    dueOn: requireDate(m?.dueOn, `milestones[${i}].dueOn`),
  }));
}

const reviewDecision = (value: unknown) => requireOneOf(value, ['approve', 'reject'] as const, 'decision', 'REVIEW.DECISION_INVALID');

/** Decision 1: the team's supervisor reviews first; nobody reviews what they submitted. */
function reviewAsSupervisor({ data, context }: ReviewApplicationAsSupervisor, state: ExistingProspectState): ProspectEvent[] {
  const actor = context.actor;
  requireRoleInTeam(actor, 'supervisor', state.team);
  requireStatus(state, ['application_submitted'], ['APPLICATION.NOT_AWAITING_SUPERVISOR_REVIEW', 'No application is waiting for the supervisor']);
  const application = pendingApplication(state);
  requireNotSubmitter(actor, application.submittedBy, 'development application');
  const decision = reviewDecision(data.decision);
  const base = { ...developmentRef(state), version: application.version };
  if (decision === 'approve') {
    const comment = optionalText(data.comment, 'comment');
    return [{ type: 'DevelopmentApplicationApprovedBySupervisor', data: { ...base, approvedBy: actor.id, ...(comment ? { comment } : {}) } }];
  }
  const reason = requireText(data.reason, 'reason', 'DECISION.REASON_REQUIRED');
  return [{ type: 'DevelopmentApplicationRejectedBySupervisor', data: { ...base, rejectedBy: actor.id, reason } }];
}

/** Decision 1: a manager reviews only after the supervisor approved, and is a second, different person. */
function reviewAsManager({ data, context }: ReviewApplicationAsManager, state: ExistingProspectState): ProspectEvent[] {
  const actor = context.actor;
  requireRoleInTeam(actor, 'manager', state.team);
  requireStatus(state, ['supervisor_approved'], ['APPLICATION.NOT_AWAITING_MANAGER_REVIEW', 'No application is waiting for a manager'], {
    application_submitted: ['APPLICATION.SUPERVISOR_REVIEW_PENDING', 'The supervisor must approve the application first'],
  });
  const application = pendingApplication(state);
  requireNotSubmitter(actor, application.submittedBy, 'development application');
  if (actor.id === application.supervisorApprovedBy) {
    throw new ForbiddenError('AUTH.SAME_REVIEWER', 'The manager review must be made by someone other than the supervisor who approved', {
      supervisorApprovedBy: application.supervisorApprovedBy,
    });
  }
  const decision = reviewDecision(data.decision);
  const base = { ...developmentRef(state), version: application.version };
  if (decision === 'approve') {
    const comment = optionalText(data.comment, 'comment');
    return [{ type: 'DevelopmentApplicationApprovedByManager', data: { ...base, approvedBy: actor.id, ...(comment ? { comment } : {}) } }];
  }
  const reason = requireText(data.reason, 'reason', 'DECISION.REASON_REQUIRED');
  return [{ type: 'DevelopmentApplicationRejectedByManager', data: { ...base, rejectedBy: actor.id, reason } }];
}

function startDevelopment({ context }: StartDevelopment, state: ExistingProspectState): ProspectEvent[] {
  const actor = context.actor;
  requireRoleInTeam(actor, 'salesperson', state.team);
  requireAssignee(actor, state);
  requireStatus(state, ['approved'], ['APPLICATION.NOT_APPROVED', 'Development starts only after the supervisor and a manager approved the application'], {
    in_development: ['PROSPECT.ALREADY_IN_DEVELOPMENT', 'Development has already started'],
  });
  const application = pendingApplication(state);
  return [
    {
      type: 'DevelopmentStarted',
      data: { ...developmentRef(state), applicationVersion: application.version, expectedDealValue: application.expectedDealValue, startedBy: actor.id },
    },
  ];
}

function fileReport({ data, context }: FileDevelopmentReport, state: ExistingProspectState): ProspectEvent[] {
  const actor = context.actor;
  requireRoleInTeam(actor, 'salesperson', state.team);
  requireAssignee(actor, state);
  requireStatus(state, ['in_development'], NOT_IN_DEVELOPMENT);
  const visitDate = requireDate(data.visitDate, 'visitDate');
  const method = requireOneOf(data.method, CONTACT_METHODS, 'method', 'REPORT.METHOD_INVALID');
  const discussed = requireText(data.discussed, 'discussed');
  const result = requireText(data.result, 'result');
  const stage = requireOneOf(data.stage, DEVELOPMENT_STAGES, 'stage', 'REPORT.STAGE_INVALID');
  const nextStep = requireText(data.nextStep, 'nextStep');
  const expectedDealValue = optionalMoney(data.expectedDealValue, 'expectedDealValue');
  const problems = optionalText(data.problems, 'problems');
  return [
    {
      type: 'DevelopmentReportFiled',
      data: {
        ...developmentRef(state),
        reportNumber: state.reportCount + 1,
        visitDate,
        method,
        discussed,
        result,
        stage,
        nextStep,
        ...(expectedDealValue ? { expectedDealValue } : {}),
        ...(problems ? { problems } : {}),
        filedBy: actor.id,
      },
    },
  ];
}

function commentOnReport({ data, context }: CommentOnDevelopmentReport, state: ExistingProspectState): ProspectEvent[] {
  requireRoleInTeam(context.actor, 'supervisor', state.team);
  const n = data.reportNumber;
  if (!Number.isSafeInteger(n) || n < 1 || n > state.reportCount) {
    throw new NotFoundError('REPORT.NOT_FOUND', `Development report ${n} does not exist`, { prospectId: state.prospectId, reportNumber: n });
  }
  const comment = requireText(data.comment, 'comment');
  return [{ type: 'DevelopmentReportCommented', data: { ...ref(state), reportNumber: n, comment, commentedBy: context.actor.id } }];
}

function convertProspect({ data, context }: ConvertProspect, state: ExistingProspectState): ProspectEvent[] {
  const actor = context.actor;
  requireRoleInTeam(actor, 'salesperson', state.team);
  requireAssignee(actor, state);
  requireStatus(state, ['in_development'], NOT_IN_DEVELOPMENT);
  const check = latestCreditCheck(state);
  const convertedOn = requireDate(data.convertedOn, 'convertedOn');
  return [
    {
      type: 'ProspectConverted',
      data: {
        ...developmentRef(state),
        name: state.name,
        convertedOn,
        grade: check.grade,
        suggestedCreditLimit: check.suggestedCreditLimit,
        convertedBy: actor.id,
      },
    },
  ];
}

/** A salesperson abandons only their own prospect; the team's supervisor any of the team's. */
function abandonProspect({ data, context }: AbandonProspect, state: ExistingProspectState): ProspectEvent[] {
  const actor = context.actor;
  requireAnyRoleInTeam(actor, ['salesperson', 'supervisor'], state.team);
  if (!isSupervisor(actor)) requireAssignee(actor, state);
  requireStatus(state, OPEN_STATUSES, ['PROSPECT.CLOSED', 'The prospect is closed']);
  const reason = requireText(data.reason, 'reason', 'DECISION.REASON_REQUIRED');
  return [{ type: 'ProspectAbandoned', data: { ...ref(state), reason, abandonedFrom: state.status, abandonedBy: actor.id } }];
}

export const prospectDecider: Decider<ProspectCommand, ProspectState, ProspectEvent> = {
  decide: decideProspect,
  evolve: evolveProspect,
  initialState: initialProspectState,
};
