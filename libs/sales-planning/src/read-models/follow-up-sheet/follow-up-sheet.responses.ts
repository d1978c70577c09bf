import type { ProposedTarget, ReviewAction, TargetChange } from '../../plan/plan.events.js';

/** A difficulty report is pending until an adjustment that cites it is decided. */
export const REPORT_OUTCOMES = ['pending', 'adjustment_proposed', 'adjustment_approved', 'adjustment_rejected'] as const;
export const ADJUSTMENT_OUTCOMES = ['pending', 'approved', 'rejected'] as const;

/** A supervisor's comment on a follow-up item (the form's 主管意见). */
export interface SupervisorComment {
  comment: string;
  commentedBy: string;
  commentedByName: string;
  commentedAt: string;
}

export interface FollowUpReview {
  reviewNumber: number;
  reviewDate: string;
  findings: string;
  rating: string;
  actions: ReviewAction[];
  comment?: string;
  reviewedBy: string;
  /** The reviewer's name, from the event's metadata (personal data). */
  reviewedByName: string;
  supervisorComments: SupervisorComment[];
}

export interface FollowUpDifficultyReport {
  reportNumber: number;
  difficulty: string;
  cause: string;
  evidence: string;
  supportRequested: string;
  proposals: ProposedTarget[];
  effectiveFrom: string;
  submittedAt: string;
  outcome: (typeof REPORT_OUTCOMES)[number];
  supervisorComments: SupervisorComment[];
}

export interface FollowUpAdjustment {
  adjustmentNumber: number;
  changes: TargetChange[];
  reason: string;
  difficultyReports: number[];
  outcome: (typeof ADJUSTMENT_OUTCOMES)[number];
  decisionReason?: string;
  decidedBy?: string;
  decidedByName?: string;
}

/** Target follow-up sheet 目标跟进表: per salesperson, what was found, done, asked for and decided. */
export interface FollowUpEntry {
  name?: string;
  reviews: FollowUpReview[];
  difficultyReports: FollowUpDifficultyReport[];
  adjustments: FollowUpAdjustment[];
  summarySubmitted: boolean;
  summary?: string;
  summarySubmittedAt?: string;
}

/** The document is shaped for its readers: GetFollowUpSheet answers it as it is (a salesperson's with their own entry only). */
export interface FollowUpSheetDocument {
  id: string;
  team: string;
  period: string;
  salespeople: Record<string, FollowUpEntry>;
  lastPosition: number;
}
