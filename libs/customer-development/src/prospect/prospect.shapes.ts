import { calendarDate, integer, list, money, object, optional, scalar, text, type Shape } from '#app/shared-kernel';
import type { ProspectCommand } from './prospect.commands.js';

const id = text(200);
const prospectId = { prospectId: id };
/** Fields the decider requires and checks itself, with its own codes: here only their type. */
const given = optional(text());
const word = optional(scalar);
const texts = optional(list(text(), { max: 100 }));
const review = object({ ...prospectId, decision: word, reason: given, comment: given });

/**
 * The shape of every prospect command's data (see Shape), checked by the decider before it
 * decides: right JSON types, amounts in range, no field the command does not know. Presence and
 * allowed values are the decider's rules, refused with their own codes.
 */
export const PROSPECT_COMMAND_SHAPES: { readonly [T in ProspectCommand['type']]: Shape } = {
  AddProspect: object({
    ...prospectId,
    team: id,
    name: given,
    industry: given,
    region: given,
    size: word,
    contact: optional(object({ name: given, phone: given, email: given })),
    source: given,
    initialAssessment: given,
    registrationNumber: given,
  }),
  AssignProspect: object({ ...prospectId, assignee: object({ id, name: text(200), roles: list(text(20), { max: 10 }), teams: list(id, { max: 1000 }) }) }),
  RecordCreditCheck: object({
    ...prospectId,
    legalName: given,
    registrationNumber: given,
    legalRepresentative: given,
    foundedOn: optional(calendarDate),
    ownershipType: word,
    registeredCapital: optional(money),
    businessScope: given,
    employees: word,
    annualRevenue: optional(money),
    banks: texts,
    bankOpinion: given,
    paymentBehaviour: word,
    history: optional(object({ pastTerms: given, limitOverruns: word, badDebts: word, lawsuits: word })),
    scoredItems: optional(list(object({ item: given, score: word }), { max: 100 })),
    suggestedCreditLimit: optional(money),
    investigator: given,
    investigatedOn: optional(calendarDate),
  }),
  ScreenProspect: object({ ...prospectId, outcome: word, unclearPoints: texts, comment: given }),
  ReportCreditIssue: object({ ...prospectId, description: given }),
  ResolveCreditIssue: object({ ...prospectId, resolution: word, redefinition: given, reason: given }),
  SubmitDevelopmentApplication: object({
    ...prospectId,
    objectives: texts,
    approach: given,
    milestones: optional(list(object({ description: given, dueOn: optional(calendarDate) }), { max: 100 })),
    expectedDealValue: optional(money),
    resourcesNeeded: texts,
  }),
  ReviewApplicationAsSupervisor: review,
  ReviewApplicationAsManager: review,
  StartDevelopment: object(prospectId),
  FileDevelopmentReport: object({
    ...prospectId,
    visitDate: optional(calendarDate),
    method: word,
    discussed: given,
    result: given,
    stage: word,
    nextStep: given,
    expectedDealValue: optional(money),
    problems: given,
  }),
  CommentOnDevelopmentReport: object({ ...prospectId, reportNumber: integer(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER), comment: given }),
  ConvertProspect: object({ ...prospectId, convertedOn: optional(calendarDate) }),
  AbandonProspect: object({ ...prospectId, reason: given }),
};
