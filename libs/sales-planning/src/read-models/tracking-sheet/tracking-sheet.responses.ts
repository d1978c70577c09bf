import type { CarriedLine } from '../../plan/plan.js';

export const PACE_STATUSES = ['met', 'on_track', 'at_risk', 'behind', 'no_target'] as const;
export type PaceStatus = (typeof PACE_STATUSES)[number];

export type CarriedInLine = Pick<CarriedLine, 'lineId' | 'amount' | 'originPeriod' | 'path' | 'status' | 'sourcePlanId'> & {
  /** How much of the line the actuals up to the as-of date settle; actuals pay the oldest carried debt first. */
  settledToDate: number;
};

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
  /** actual ÷ effective target in percent, 2 decimals; null = "no target" (Decision 4). */
  completionPercent: number | null;
  variance: number;
  expectedToDate: number;
  pace: PaceStatus;
}

/** GetTargetTrackingSheet: the sheet as of a date. */
export interface TrackingSheetView {
  planId: string;
  team: string;
  period: string;
  status: string;
  currency: string;
  asOf: string;
  elapsedPercent: number;
  rows: TrackingRow[];
}
