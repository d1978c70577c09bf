import type { Event } from '#app/eventsourcing';
import { eventTypesOf, type DecisionTable, type Money } from '#app/shared-kernel';
import type { SizeClass } from '../shared/size-class.js';
import type { CreditGrade, CreditScore } from './credit-grade.js';

/** The persisted contract of the prospect stream. A shape here is never edited: add `<Type>.v2` and an upcaster. */

export const PAYMENT_BEHAVIOURS = ['prompt', 'normal', 'late', 'withholds_final_payment'] as const;
export type PaymentBehaviour = (typeof PAYMENT_BEHAVIOURS)[number];

export const OWNERSHIP_TYPES = ['state_owned', 'collective', 'private', 'joint_venture', 'foreign_owned', 'listed', 'individual', 'other'] as const;
export type OwnershipType = (typeof OWNERSHIP_TYPES)[number];

export const CONTACT_METHODS = ['visit', 'phone', 'video', 'email', 'other'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

export const DEVELOPMENT_STAGES = ['contacted', 'needs_analysis', 'proposal', 'negotiation', 'closing'] as const;
export type DevelopmentStage = (typeof DEVELOPMENT_STAGES)[number];

export interface ProspectContact {
  name: string;
  phone?: string;
  email?: string;
}

export interface CreditHistory {
  pastTerms?: string;
  limitOverruns: number;
  badDebts: number;
  lawsuits: number;
}

export interface ScoredItem {
  item: string;
  score: CreditScore;
  points: number;
}

/** The new-customer credit investigation form (新客户信用调查表), grade computed. */
export interface CreditInvestigation {
  legalName: string;
  registrationNumber: string;
  legalRepresentative: string;
  foundedOn: string;
  ownershipType: OwnershipType;
  registeredCapital: Money;
  businessScope: string;
  employees: number;
  annualRevenue: Money;
  banks: string[];
  bankOpinion: string;
  paymentBehaviour: PaymentBehaviour;
  history: CreditHistory;
  scoredItems: ScoredItem[];
  totalPoints: number;
  grade: CreditGrade;
  suggestedCreditLimit: Money;
  investigator: string;
  investigatedOn: string;
}

export interface Milestone {
  description: string;
  dueOn: string;
}

export interface DevelopmentPlan {
  objectives: string[];
  approach: string;
  milestones: Milestone[];
  expectedDealValue: Money;
  resourcesNeeded: string[];
}

interface ProspectRef {
  prospectId: string;
  team: string;
  assignedSalespersonId?: string;
}

/** From the development application on, the prospect always has its salesperson. */
interface DevelopmentRef {
  prospectId: string;
  team: string;
  salespersonId: string;
}

export type ProspectAdded = Event<
  'ProspectAdded',
  ProspectRef & {
    name: string;
    normalisedName: string;
    industry: string;
    region: string;
    size: SizeClass;
    contact: ProspectContact;
    source: string;
    initialAssessment: string;
    registrationNumber?: string;
    assignedSalespersonName?: string;
    addedBy: string;
  }
>;

export type ProspectAssigned = Event<
  'ProspectAssigned',
  { prospectId: string; team: string; salespersonId: string; salespersonName: string; previousSalespersonId?: string; assignedBy: string }
>;

export type CreditCheckRecorded = Event<
  'CreditCheckRecorded',
  ProspectRef & CreditInvestigation & { checkNumber: number; reopened: boolean; recordedBy: string }
>;

export type ProspectScreenedAsKey = Event<
  'ProspectScreenedAsKey',
  ProspectRef & { checkNumber: number; grade: CreditGrade; comment?: string; screenedBy: string }
>;

export type ProspectReinvestigationRequested = Event<
  'ProspectReinvestigationRequested',
  ProspectRef & { checkNumber: number; unclearPoints: string[]; comment?: string; requestedBy: string }
>;

export type CreditIssueReported = Event<'CreditIssueReported', ProspectRef & { checkNumber: number; description: string; reportedBy: string }>;

export type ProspectRedefined = Event<'ProspectRedefined', ProspectRef & { redefinition: string; redefinedBy: string }>;

export type ProspectStopped = Event<'ProspectStopped', ProspectRef & { reason?: string; stoppedBy: string }>;

export type DevelopmentApplicationSubmitted = Event<
  'DevelopmentApplicationSubmitted',
  DevelopmentRef & DevelopmentPlan & { version: number; checkNumber: number; grade: CreditGrade; submittedBy: string }
>;

export type DevelopmentApplicationApprovedBySupervisor = Event<
  'DevelopmentApplicationApprovedBySupervisor',
  DevelopmentRef & { version: number; approvedBy: string; comment?: string }
>;

export type DevelopmentApplicationRejectedBySupervisor = Event<
  'DevelopmentApplicationRejectedBySupervisor',
  DevelopmentRef & { version: number; rejectedBy: string; reason: string }
>;

export type DevelopmentApplicationApprovedByManager = Event<
  'DevelopmentApplicationApprovedByManager',
  DevelopmentRef & { version: number; approvedBy: string; comment?: string }
>;

export type DevelopmentApplicationRejectedByManager = Event<
  'DevelopmentApplicationRejectedByManager',
  DevelopmentRef & { version: number; rejectedBy: string; reason: string }
>;

export type DevelopmentStarted = Event<
  'DevelopmentStarted',
  DevelopmentRef & { applicationVersion: number; expectedDealValue: Money; startedBy: string }
>;

/** The customer development form (客户开发表). */
export type DevelopmentReportFiled = Event<
  'DevelopmentReportFiled',
  DevelopmentRef & {
    reportNumber: number;
    visitDate: string;
    method: ContactMethod;
    discussed: string;
    result: string;
    stage: DevelopmentStage;
    nextStep: string;
    expectedDealValue?: Money;
    problems?: string;
    filedBy: string;
  }
>;

export type DevelopmentReportCommented = Event<
  'DevelopmentReportCommented',
  ProspectRef & { reportNumber: number; comment: string; commentedBy: string }
>;

/** Counts as one `new_customers` actual for salespersonId on the team's plan whose period holds convertedOn. */
export type ProspectConverted = Event<
  'ProspectConverted',
  DevelopmentRef & { name: string; convertedOn: string; grade: CreditGrade; suggestedCreditLimit: Money; convertedBy: string }
>;

export type ProspectAbandoned = Event<
  'ProspectAbandoned',
  ProspectRef & { reason: string; abandonedFrom: string; abandonedBy: string }
>;

export type ProspectEvent =
  | ProspectAdded
  | ProspectAssigned
  | CreditCheckRecorded
  | ProspectScreenedAsKey
  | ProspectReinvestigationRequested
  | CreditIssueReported
  | ProspectRedefined
  | ProspectStopped
  | DevelopmentApplicationSubmitted
  | DevelopmentApplicationApprovedBySupervisor
  | DevelopmentApplicationRejectedBySupervisor
  | DevelopmentApplicationApprovedByManager
  | DevelopmentApplicationRejectedByManager
  | DevelopmentStarted
  | DevelopmentReportFiled
  | DevelopmentReportCommented
  | ProspectConverted
  | ProspectAbandoned;

export type ProspectDecisionSubject = 'development_application_supervisor_review' | 'development_application_manager_review';

/** Every event type of the prospect stream, and which are decisions an auditor explains: the two reviews of a development application (step 5a). */
export const PROSPECT_DECISIONS = {
  ProspectAdded: null,
  ProspectAssigned: null,
  CreditCheckRecorded: null,
  ProspectScreenedAsKey: null,
  ProspectReinvestigationRequested: null,
  CreditIssueReported: null,
  ProspectRedefined: null,
  ProspectStopped: null,
  DevelopmentApplicationSubmitted: null,
  DevelopmentApplicationApprovedBySupervisor: { decision: 'approval', subject: 'development_application_supervisor_review' },
  DevelopmentApplicationRejectedBySupervisor: { decision: 'rejection', subject: 'development_application_supervisor_review' },
  DevelopmentApplicationApprovedByManager: { decision: 'approval', subject: 'development_application_manager_review' },
  DevelopmentApplicationRejectedByManager: { decision: 'rejection', subject: 'development_application_manager_review' },
  DevelopmentStarted: null,
  DevelopmentReportFiled: null,
  DevelopmentReportCommented: null,
  ProspectConverted: null,
  ProspectAbandoned: null,
} as const satisfies DecisionTable<ProspectEvent['type'], ProspectDecisionSubject>;

export const PROSPECT_EVENT_TYPES: readonly ProspectEvent['type'][] = eventTypesOf<ProspectEvent['type']>(PROSPECT_DECISIONS);
