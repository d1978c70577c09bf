import type { CreditInvestigation } from '../../prospect/prospect.events.js';

/** What screening made of a credit check (step 4); ProspectRedefined and ProspectStopped answer a reported issue on the prospect. */
export const CREDIT_CHECK_OUTCOMES = ['awaiting_screening', 'key_prospect', 'reinvestigation_requested', 'credit_issue_reported'] as const;
export type CreditCheckOutcome = (typeof CREDIT_CHECK_OUTCOMES)[number];

/** One recorded new-customer credit investigation form (a document of the register, answered as it is by ListCreditChecks): 新客户信用调查表, with its computed grade. */
export interface CreditCheckDocument extends CreditInvestigation {
  id: string;
  prospectId: string;
  team: string;
  checkNumber: number;
  /** Recorded on a stopped prospect, re-opening it (Decision 8). */
  reopened: boolean;
  recordedBy: string;
  recordedOn: string;
  /** The salesperson the prospect was assigned to when the check was recorded, else who recorded it. */
  salespersonId: string;
  outcome: CreditCheckOutcome;
  outcomeOn: string | null;
  outcomeBy: string | null;
  /** The unclear points of a re-investigation request, or the reported credit issue. */
  outcomeNotes: string[];
  lastPosition: number;
}
