import { NOT_PERSONAL, personal, type PersonalDataTable } from '#app/shared-kernel';
import type { ProspectEvent } from './prospect.events.js';

const N = NOT_PERSONAL;

const prospectRef = { prospectId: N, team: N, assignedSalespersonId: N } as const;
const developmentRef = { prospectId: N, team: N, salespersonId: N } as const;
const contact = personal('contact', 'prospectId');

/**
 * The personal data of the prospect stream: the contact person's name, phone and email (the
 * prospect's contact), the legal representative on the credit form, and the names of salespeople
 * (beside their ids). The investigator named on the credit form is taken to be the salesperson who
 * recorded it. Company names, registration numbers and the form's business text are about the
 * company, not a person.
 */
export const PROSPECT_PERSONAL_DATA = {
  ProspectAdded: {
    ...prospectRef,
    name: N,
    normalisedName: N,
    industry: N,
    region: N,
    'contact.name': contact,
    'contact.phone': contact,
    'contact.email': contact,
    source: N,
    initialAssessment: N,
    registrationNumber: N,
    assignedSalespersonName: personal('employee', 'assignedSalespersonId'),
    addedBy: N,
  },
  ProspectAssigned: { prospectId: N, team: N, salespersonId: N, salespersonName: personal('employee', 'salespersonId'), previousSalespersonId: N, assignedBy: N },
  CreditCheckRecorded: {
    ...prospectRef,
    legalName: N,
    registrationNumber: N,
    legalRepresentative: personal('legal-representative', 'prospectId'),
    foundedOn: N,
    businessScope: N,
    'banks[]': N,
    bankOpinion: N,
    'history.pastTerms': N,
    'scoredItems[].item': N,
    investigator: personal('employee', 'recordedBy'),
    investigatedOn: N,
    recordedBy: N,
  },
  ProspectScreenedAsKey: { ...prospectRef, comment: N, screenedBy: N },
  ProspectReinvestigationRequested: { ...prospectRef, 'unclearPoints[]': N, comment: N, requestedBy: N },
  CreditIssueReported: { ...prospectRef, description: N, reportedBy: N },
  ProspectRedefined: { ...prospectRef, redefinition: N, redefinedBy: N },
  ProspectStopped: { ...prospectRef, reason: N, stoppedBy: N },
  DevelopmentApplicationSubmitted: {
    ...developmentRef,
    'objectives[]': N,
    approach: N,
    'milestones[].description': N,
    'milestones[].dueOn': N,
    'resourcesNeeded[]': N,
    submittedBy: N,
  },
  DevelopmentApplicationApprovedBySupervisor: { ...developmentRef, approvedBy: N, comment: N },
  DevelopmentApplicationRejectedBySupervisor: { ...developmentRef, rejectedBy: N, reason: N },
  DevelopmentApplicationApprovedByManager: { ...developmentRef, approvedBy: N, comment: N },
  DevelopmentApplicationRejectedByManager: { ...developmentRef, rejectedBy: N, reason: N },
  DevelopmentStarted: { ...developmentRef, startedBy: N },
  DevelopmentReportFiled: { ...developmentRef, visitDate: N, discussed: N, result: N, nextStep: N, problems: N, filedBy: N },
  DevelopmentReportCommented: { ...prospectRef, comment: N, commentedBy: N },
  ProspectConverted: { ...developmentRef, name: N, convertedOn: N, convertedBy: N },
  ProspectAbandoned: { ...prospectRef, reason: N, abandonedFrom: N, abandonedBy: N },
} as const satisfies PersonalDataTable<ProspectEvent>;
