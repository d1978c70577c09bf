import type { components } from './api-types.generated.js';

/** Shapes of the public query API's answers, from the OpenAPI document (api-types.generated.ts). */
type Schemas = components['schemas'];

export type Role = 'salesperson' | 'supervisor' | 'manager' | 'auditor' | 'analyst' | 'privacy_officer';

export type ProjectionName = Schemas['ProjectionName'];
export type Freshness = Schemas['FreshnessResponse'];

export type PlanSummary = Schemas['PlanSummaryResponse'];
export type PlanPage = Schemas['PlanPageResponse'];
export type PaceStatus = Schemas['PaceStatus'];
export type CarriedInLine = Schemas['CarriedInLineResponse'];
export type TrackingRow = Schemas['TrackingRowResponse'];
export type TrackingSheet = Schemas['TrackingSheetResponse'];
export type FollowUpEntry = Schemas['FollowUpEntryResponse'];
export type FollowUpSheet = Schemas['FollowUpSheetResponse'];
export type SupervisorComment = Schemas['SupervisorCommentResponse'];
export type LedgerKind = Schemas['LedgerKind'];
export type LedgerEntry = Schemas['LedgerEntryResponse'];
export type RolloverPeriod = Schemas['RolloverPeriodResponse'];
export type RolloverLedger = Schemas['RolloverLedgerResponse'];
export type Decision = Schemas['DecisionResponse'];
export type DecisionPage = Schemas['DecisionPageResponse'];
/** The answer of ExplainDecision: the decision, the command behind it, the states around it and its correlated events. */
export type DecisionExplanation = Schemas['DecisionExplanationResponse'];

/** A `change` event of GET /api/events/stream (server-sent events, outside the JSON API). */
export interface LiveChange {
  projection: ProjectionName;
  position: number;
  reset: boolean;
  ids: string[];
  teams: string[];
}
