import type { Actor, Command } from '#app/eventsourcing';
import type { Money } from '#app/shared-kernel';
import type { Milestone, ProspectContact } from './prospect.events.js';

/** The person a prospect is assigned to, resolved by the application from the user directory. */
export type Assignee = Pick<Actor, 'id' | 'name' | 'roles' | 'teams'>;

export type AddProspect = Command<
  'AddProspect',
  {
    prospectId: string;
    team: string;
    name: string;
    industry: string;
    region: string;
    size: string;
    contact: ProspectContact;
    source: string;
    initialAssessment: string;
    registrationNumber?: string;
  }
>;

export type AssignProspect = Command<'AssignProspect', { prospectId: string; assignee: Assignee }>;

export interface CreditInvestigationInput {
  legalName: string;
  registrationNumber: string;
  legalRepresentative: string;
  foundedOn: string;
  ownershipType: string;
  registeredCapital: Money;
  businessScope: string;
  employees: number;
  annualRevenue: Money;
  banks: string[];
  bankOpinion: string;
  paymentBehaviour: string;
  history: { pastTerms?: string; limitOverruns: number; badDebts: number; lawsuits: number };
  scoredItems: { item: string; score: string }[];
  suggestedCreditLimit: Money;
  investigator: string;
  investigatedOn: string;
}

export type RecordCreditCheck = Command<'RecordCreditCheck', { prospectId: string } & CreditInvestigationInput>;

export type ScreenProspect = Command<
  'ScreenProspect',
  { prospectId: string; outcome: 'key_prospect' | 'reinvestigate'; unclearPoints?: string[]; comment?: string }
>;

export type ReportCreditIssue = Command<'ReportCreditIssue', { prospectId: string; description: string }>;

export type ResolveCreditIssue = Command<
  'ResolveCreditIssue',
  { prospectId: string; resolution: 'redefine' | 'stop'; redefinition?: string; reason?: string }
>;

export type SubmitDevelopmentApplication = Command<
  'SubmitDevelopmentApplication',
  {
    prospectId: string;
    objectives: string[];
    approach: string;
    milestones: Milestone[];
    expectedDealValue: Money;
    resourcesNeeded: string[];
  }
>;

export interface ReviewData {
  prospectId: string;
  decision: 'approve' | 'reject';
  reason?: string;
  comment?: string;
}

export type ReviewApplicationAsSupervisor = Command<'ReviewApplicationAsSupervisor', ReviewData>;
export type ReviewApplicationAsManager = Command<'ReviewApplicationAsManager', ReviewData>;

export type StartDevelopment = Command<'StartDevelopment', { prospectId: string }>;

export type FileDevelopmentReport = Command<
  'FileDevelopmentReport',
  {
    prospectId: string;
    visitDate: string;
    method: string;
    discussed: string;
    result: string;
    stage: string;
    nextStep: string;
    expectedDealValue?: Money;
    problems?: string;
  }
>;

export type CommentOnDevelopmentReport = Command<'CommentOnDevelopmentReport', { prospectId: string; reportNumber: number; comment: string }>;

export type ConvertProspect = Command<'ConvertProspect', { prospectId: string; convertedOn: string }>;

export type AbandonProspect = Command<'AbandonProspect', { prospectId: string; reason: string }>;

export type ProspectCommand =
  | AddProspect
  | AssignProspect
  | RecordCreditCheck
  | ScreenProspect
  | ReportCreditIssue
  | ResolveCreditIssue
  | SubmitDevelopmentApplication
  | ReviewApplicationAsSupervisor
  | ReviewApplicationAsManager
  | StartDevelopment
  | FileDevelopmentReport
  | CommentOnDevelopmentReport
  | ConvertProspect
  | AbandonProspect;
