export const LEDGER_KINDS = ['carried_in', 'carried_out', 'waived', 'settled'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export interface LedgerEntry {
  kind: LedgerKind;
  lineId: string;
  salespersonId: string;
  salespersonName: string;
  metric: string;
  amount: number;
  currency?: string;
  originPeriod: string;
  path: string[];
  /** carried_in: the period it came from; carried_out: the period it goes to. */
  counterpartPeriod?: string;
}

export interface RolloverCarriedIn {
  total: number;
  /** Per origin period: the period the carried amounts first arose in. */
  byOrigin: Record<string, number>;
}

export interface RolloverMetricTotals {
  carriedIn: RolloverCarriedIn;
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
  salespersonName: string;
  /** Consecutive published periods, ending with the latest one in range, in which they had a shortfall. */
  consecutivePeriodsWithShortfall: number;
  periods: string[];
}

/** GetRolloverLedger. */
export interface RolloverLedger {
  periods: RolloverPeriod[];
  streaks: ShortfallStreak[];
}
