/** Shapes of the public query API's answers (see /api/docs-json); only what the dashboard reads. */

export type Role = 'salesperson' | 'supervisor' | 'manager' | 'auditor' | 'analyst';

export interface Freshness {
  projection: string;
  position: number;
  behind: boolean;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  freshness?: Freshness;
}

export interface PlanSummary {
  id: string;
  team: string;
  period: string;
  granularity: string;
  periodStart: string;
  status: string;
  currency: string;
  planVersion: number;
  bookVersion: number;
  awaiting: string | null;
  awaitingSubmittedBy: string | null;
  awaitingSince: string | null;
  openedAt: string;
  updatedAt: string;
}

export type PaceStatus = 'met' | 'on_track' | 'at_risk' | 'behind' | 'no_target';

export interface CarriedInLine {
  lineId: string;
  amount: number;
  originPeriod: string;
  path: string[];
  status: string;
  sourcePlanId?: string;
}

export interface TrackingRow {
  salespersonId: string;
  salespersonName: string;
  metric: string;
  currency?: string;
  baseTarget: number;
  carriedIn: number;
  carriedInLines: CarriedInLine[];
  adjustments: number;
  effectiveTarget: number;
  actualToDate: number;
  completionPercent: number | null;
  variance: number;
  expectedToDate: number;
  pace: PaceStatus;
}

export interface TrackingSheet {
  planId: string;
  team: string;
  period: string;
  status: string;
  currency: string;
  asOf: string;
  elapsedPercent: number;
  rows: TrackingRow[];
  freshness?: Freshness;
}

export interface ReviewAction {
  action: string;
  owner: string;
  deadline: string;
}

export interface FollowUpEntry {
  name?: string;
  reviews: { reviewNumber: number; reviewDate: string; findings: string; rating: string; actions: ReviewAction[]; comment?: string; reviewedBy: string }[];
  difficultyReports: {
    reportNumber: number;
    difficulty: string;
    cause: string;
    evidence: string;
    supportRequested: string;
    proposals: { metric: string; originalTarget: number; proposedTarget: number }[];
    effectiveFrom: string;
    submittedAt: string;
    outcome: string;
  }[];
  adjustments: {
    adjustmentNumber: number;
    changes: { salespersonId: string; metric: string; from: number; to: number }[];
    reason: string;
    difficultyReports: number[];
    outcome: string;
    decisionReason?: string;
    decidedBy?: string;
  }[];
  summarySubmitted: boolean;
  summary?: string;
  summarySubmittedAt?: string;
}

export interface FollowUpSheet {
  id: string;
  team: string;
  period: string;
  salespeople: Record<string, FollowUpEntry>;
}

export type LedgerKind = 'carried_in' | 'carried_out' | 'waived' | 'settled';

export interface LedgerEntry {
  kind: LedgerKind;
  lineId: string;
  salespersonId: string;
  metric: string;
  amount: number;
  currency?: string;
  originPeriod: string;
  path: string[];
  counterpartPeriod?: string;
}

export interface RolloverMetricTotals {
  carriedIn: { total: number; byOrigin: Record<string, number> };
  carriedOut: number;
  waived: number;
  settled: number;
  currency?: string;
}

export interface RolloverPeriod {
  team: string;
  period: string;
  published: boolean;
  metrics: Record<string, RolloverMetricTotals>;
  entries: LedgerEntry[];
}

export interface ShortfallStreak {
  team: string;
  salespersonId: string;
  consecutivePeriodsWithShortfall: number;
  periods: string[];
}

export interface RolloverLedger {
  periods: RolloverPeriod[];
  streaks: ShortfallStreak[];
}

export interface Decision {
  id: string;
  eventType: string;
  decision: 'approval' | 'rejection' | 'waiver' | 'publication';
  subject: string;
  actorId: string;
  actorName: string;
  actorRole: string;
  occurredAt: string;
  reason: string | null;
  comment: string | null;
  planId: string;
  team: string;
  period: string;
  version: number | null;
  position: number;
  commandId: string;
  correlationId: string;
}

export interface LiveChange {
  projection: string;
  position: number;
  reset: boolean;
  ids: string[];
  teams: string[];
}
