import type { Person } from '#app/shared-kernel';
import type { PlanStatus } from '../../plan/plan.js';

/** What a plan waits for, and from whom: the manager's approval queue reads this. */
export const AWAITING = ['plan_approval', 'plan_book_approval', 'adjustment_approval', 'appraisal', 'appraisal_review', 'publication'] as const;
export type Awaiting = (typeof AWAITING)[number];

/** One plan of the list (ListPlans, GetApprovalQueue): the document as it is stored. */
export interface PlanSummary {
  id: string;
  team: string;
  period: string;
  granularity: string;
  periodStart: string;
  status: PlanStatus;
  currency: string;
  planVersion: number;
  bookVersion: number;
  awaiting: Awaiting | null;
  /** Who submitted what awaits a decision (excluded from deciding it, Decision 1). */
  awaitingSubmittedBy: string | null;
  /** Their name, as the submitting event's metadata gives it. */
  awaitingSubmittedByName: string | null;
  awaitingSince: string | null;
  /** Everyone who acted on the plan (not the system's processes), so readers can show names where the plan holds ids. */
  people: Person[];
  openedAt: string;
  updatedAt: string;
  lastPosition: number;
}
