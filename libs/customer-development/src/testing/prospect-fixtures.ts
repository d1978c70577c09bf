import type { CreditInvestigationInput } from '../prospect/prospect.commands.js';
import type { CreditInvestigation, ProspectEvent } from '../prospect/prospect.events.js';
import { TEAM } from './actors.js';

export const PROSPECT_ID = '0b7f6c2e-4d1a-4c3e-9a57-2f1d8e6b5a90';

const ref = { prospectId: PROSPECT_ID, team: TEAM };
const annRef = { ...ref, assignedSalespersonId: 'ann' };
const devRef = { ...ref, salespersonId: 'ann' };

export const contact = { name: 'Wang Li', phone: '+86 531 8888 0000', email: 'wang.li@qilu-foods.example' };

/** What AddProspect is given for Qilu Foods, without the prospect id. */
export const qiluFoods = {
  team: TEAM,
  name: 'Qilu Foods Co., Ltd.',
  industry: 'Food processing',
  region: 'Shandong',
  size: 'medium' as const,
  contact,
  source: 'Trade fair',
  initialAssessment: 'Needs 40 freezers this year',
};

export const prospectAdded: ProspectEvent = {
  type: 'ProspectAdded',
  data: { ...qiluFoods, ...annRef, assignedSalespersonName: 'ANN', normalisedName: 'qilu foods', addedBy: 'ann' },
};

export const prospectAddedBySupervisor: ProspectEvent = {
  type: 'ProspectAdded',
  data: {
    ...qiluFoods,
    ...ref,
    normalisedName: 'qilu foods',
    addedBy: 'sup-1',
  },
};

export const prospectAssignedToBob: ProspectEvent = {
  type: 'ProspectAssigned',
  data: { ...ref, salespersonId: 'bob', salespersonName: 'BOB', previousSalespersonId: 'ann', assignedBy: 'sup-1' },
};

/** Scored A, B, C: 24 points over 3 items, average 8 → grade B. */
export const creditForm: CreditInvestigationInput = {
  legalName: 'Qilu Foods Co., Ltd.',
  registrationNumber: '91370100MA3C000001',
  legalRepresentative: 'Zhang Wei',
  foundedOn: '2012-05-08',
  ownershipType: 'private',
  registeredCapital: { amount: 5_000_000_00, currency: 'CNY' },
  businessScope: 'Frozen food processing and distribution',
  employees: 320,
  annualRevenue: { amount: 180_000_000_00, currency: 'CNY' },
  banks: ['ICBC Jinan Branch'],
  bankOpinion: 'Good standing, no overdue loans',
  paymentBehaviour: 'normal',
  history: { pastTerms: 'Net 30 with previous supplier', limitOverruns: 1, badDebts: 0, lawsuits: 0 },
  scoredItems: [
    { item: 'Financial strength', score: 'A' },
    { item: 'Payment record', score: 'B' },
    { item: 'Management', score: 'C' },
  ],
  suggestedCreditLimit: { amount: 800_000_00, currency: 'CNY' },
  investigator: 'Ann',
  investigatedOn: '2027-02-10',
};

export const creditInvestigation: CreditInvestigation = {
  ...creditForm,
  ownershipType: 'private',
  paymentBehaviour: 'normal',
  history: { pastTerms: 'Net 30 with previous supplier', limitOverruns: 1, badDebts: 0, lawsuits: 0 },
  scoredItems: [
    { item: 'Financial strength', score: 'A', points: 10 },
    { item: 'Payment record', score: 'B', points: 8 },
    { item: 'Management', score: 'C', points: 6 },
  ],
  totalPoints: 24,
  grade: 'B',
};

export const creditCheckRecorded = (checkNumber = 1, reopened = false): ProspectEvent => ({
  type: 'CreditCheckRecorded',
  data: { ...annRef, checkNumber, ...creditInvestigation, reopened, recordedBy: 'ann' },
});

export const screenedAsKey = (checkNumber = 1): ProspectEvent => ({
  type: 'ProspectScreenedAsKey',
  data: { ...annRef, checkNumber, grade: 'B', screenedBy: 'sup-1' },
});

export const reinvestigationRequested = (checkNumber = 1): ProspectEvent => ({
  type: 'ProspectReinvestigationRequested',
  data: { ...annRef, checkNumber, unclearPoints: ['Who guarantees the bank loan'], requestedBy: 'sup-1' },
});

export const creditIssueReported = (checkNumber = 1): ProspectEvent => ({
  type: 'CreditIssueReported',
  data: { ...annRef, checkNumber, description: 'Court record shows an unpaid supplier judgment', reportedBy: 'ann' },
});

export const prospectRedefined: ProspectEvent = {
  type: 'ProspectRedefined',
  data: { ...annRef, redefinition: 'Cash-on-delivery customer only, no credit line', redefinedBy: 'mgr-1' },
};

export const prospectStopped: ProspectEvent = {
  type: 'ProspectStopped',
  data: { ...annRef, reason: 'Judgment still unpaid', stoppedBy: 'mgr-1' },
};

export const developmentPlan = {
  objectives: ['First order of 40 freezers'],
  approach: 'Demo at their Jinan plant, then a pilot of 5 units',
  milestones: [
    { description: 'Plant demo', dueOn: '2027-03-05' },
    { description: 'Pilot order', dueOn: '2027-04-15' },
  ],
  expectedDealValue: { amount: 1_200_000_00, currency: 'CNY' },
  resourcesNeeded: ['Demo unit', 'Application engineer for two days'],
};

export const applicationSubmitted = (version = 1, checkNumber = 1): ProspectEvent => ({
  type: 'DevelopmentApplicationSubmitted',
  data: { ...devRef, version, checkNumber, grade: 'B', ...developmentPlan, submittedBy: 'ann' },
});

export const supervisorApproved = (version = 1, approvedBy = 'sup-1'): ProspectEvent => ({
  type: 'DevelopmentApplicationApprovedBySupervisor',
  data: { ...devRef, version, approvedBy },
});

export const supervisorRejected = (version = 1): ProspectEvent => ({
  type: 'DevelopmentApplicationRejectedBySupervisor',
  data: { ...devRef, version, rejectedBy: 'sup-1', reason: 'Milestones too vague' },
});

export const managerApproved = (version = 1): ProspectEvent => ({
  type: 'DevelopmentApplicationApprovedByManager',
  data: { ...devRef, version, approvedBy: 'mgr-1' },
});

export const managerRejected = (version = 1): ProspectEvent => ({
  type: 'DevelopmentApplicationRejectedByManager',
  data: { ...devRef, version, rejectedBy: 'mgr-1', reason: 'Deal value unrealistic' },
});

export const developmentStarted = (applicationVersion = 1): ProspectEvent => ({
  type: 'DevelopmentStarted',
  data: { ...devRef, applicationVersion, expectedDealValue: developmentPlan.expectedDealValue, startedBy: 'ann' },
});

export const reportFiled = (reportNumber = 1): ProspectEvent => ({
  type: 'DevelopmentReportFiled',
  data: {
    ...devRef,
    reportNumber,
    visitDate: '2027-03-05',
    method: 'visit',
    discussed: 'Freezer capacity and service terms',
    result: 'Pilot agreed in principle',
    stage: 'proposal',
    nextStep: 'Send pilot quotation',
    expectedDealValue: { amount: 1_000_000_00, currency: 'CNY' },
    filedBy: 'ann',
  },
});

export const prospectConverted: ProspectEvent = {
  type: 'ProspectConverted',
  data: {
    ...devRef,
    name: 'Qilu Foods Co., Ltd.',
    convertedOn: '2027-03-20',
    grade: 'B',
    suggestedCreditLimit: { amount: 800_000_00, currency: 'CNY' },
    convertedBy: 'ann',
  },
};

export const prospectAbandoned: ProspectEvent = {
  type: 'ProspectAbandoned',
  data: { ...annRef, reason: 'Chose a competitor', abandonedFrom: 'key_prospect', abandonedBy: 'ann' },
};

export const listed: ProspectEvent[] = [prospectAdded];
export const investigated: ProspectEvent[] = [...listed, creditCheckRecorded()];
export const keyProspect: ProspectEvent[] = [...investigated, screenedAsKey()];
export const onHold: ProspectEvent[] = [...investigated, creditIssueReported()];
export const stopped: ProspectEvent[] = [...onHold, prospectStopped];
export const applied: ProspectEvent[] = [...keyProspect, applicationSubmitted()];
export const supervisorApprovedHistory: ProspectEvent[] = [...applied, supervisorApproved()];
export const approved: ProspectEvent[] = [...supervisorApprovedHistory, managerApproved()];
export const inDevelopment: ProspectEvent[] = [...approved, developmentStarted()];
export const converted: ProspectEvent[] = [...inDevelopment, prospectConverted];
